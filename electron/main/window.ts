import type { BrowserWindowConstructorOptions } from 'electron';

/** The main window's settings, as in Electron's security checklist. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Bilingual Workbench',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  };
}

/** The parts of webContents that the guards use (faked in tests). */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: { preventDefault(): void }) => void): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/** Keeps the window on the app's own page: no navigation, no new windows, no webviews. */
export function guardContents(contents: GuardedContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
