import type { MenuItemConstructorOptions } from 'electron';
import type { AppEvent } from '../../core/api/events.ts';

export interface MenuActions {
  importFile(): void;
  /** Files imported before, newest first, for File ▸ Open Recent. */
  recent: readonly string[];
  openRecent(path: string): void;
  clearRecent(): void;
  send(event: AppEvent): void;
  showAbout(): void;
  showLogs(): void;
}

function recentMenu(actions: MenuActions): MenuItemConstructorOptions[] {
  if (actions.recent.length === 0) return [{ label: 'No recent files', enabled: false }];
  return [
    ...actions.recent.map((path) => ({ label: path, click: () => actions.openRecent(path) })),
    { type: 'separator' as const },
    { label: 'Clear recent files', click: actions.clearRecent },
  ];
}

/** The native menu: File, Edit, View, Help, with the app menu first on macOS. */
export function buildMenuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{ label: 'Bilingual Workbench', submenu: [{ label: 'About Bilingual Workbench', click: actions.showAbout }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { type: 'separator' }, { role: 'quit' }] }]
    : [];
  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        { label: 'New project…', click: () => actions.send({ type: 'new-project' }) },
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: actions.importFile },
        { label: 'Open recent', submenu: recentMenu(actions) },
        { type: 'separator' },
        { label: 'Export…', click: () => actions.send({ type: 'export' }) },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        // The page owns the keys (rebindable, see renderer/src/shortcuts.ts); these are for discovery.
        { label: 'Undo last change in document', click: () => actions.send({ type: 'undo-document' }) },
        { label: 'Redo change in document', click: () => actions.send({ type: 'redo-document' }) },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        // The page owns Ctrl+F; the menu item is for discovery and mouse users.
        { label: 'Find…', click: () => actions.send({ type: 'find' }) },
        { label: 'Find and replace…', click: () => actions.send({ type: 'replace' }) },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: (['system', 'light', 'dark'] as const).map((theme) => ({
            label: theme[0]!.toUpperCase() + theme.slice(1),
            click: () => actions.send({ type: 'theme', theme }),
          })),
        },
        {
          label: 'Interface language',
          submenu: ([['en', 'English'], ['zh-Hant', '繁體中文'], ['zh-Hans', '简体中文']] as const).map(([language, label]) => ({
            label,
            click: () => actions.send({ type: 'language', language }),
          })),
        },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [
        // F1 is handled by the page itself, so the item shows no accelerator of its own.
        { label: 'Keyboard shortcuts', click: () => actions.send({ type: 'help' }) },
        { label: 'Show logs', click: actions.showLogs },
        ...(mac ? [] : [{ type: 'separator' as const }, { label: 'About Bilingual Workbench', click: actions.showAbout }]),
      ],
    },
  ];
}
