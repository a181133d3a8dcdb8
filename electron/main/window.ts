import type { BrowserWindowConstructorOptions } from 'electron';

/** The main window's settings, as in Electron's security checklist. */
export function mainWindowOptions(preloadPath: string, bounds: Partial<WindowBounds> = {}): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    ...bounds,
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
      // Middle-click would otherwise open links in a new window before the open handler runs.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker would download dictionaries; the app stays offline.
      spellcheck: false,
    },
  };
}

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Prevented = { preventDefault(): void };

/** The parts of webContents that the guards use (faked in tests). */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: Prevented, url: string) => void): void;
  on(event: 'will-attach-webview', listener: (event: Prevented) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** A link is handed to the system browser only if it is plain https. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * Keeps the window on the app's own page: no navigation, no webviews, no new windows.
 * An https link the user clicks opens in the system browser instead.
 */
export function guardContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
