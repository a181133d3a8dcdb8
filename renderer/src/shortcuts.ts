import type { MessageKey } from './i18n/index.ts';

export type ShortcutAction =
  | 'confirm'
  | 'review'
  | 'nextUnconfirmed'
  | 'insertMatch1'
  | 'insertMatch2'
  | 'insertMatch3'
  | 'insertMatch4'
  | 'insertMatch5'
  | 'copySource'
  | 'previous'
  | 'next'
  | 'switchColumn'
  | 'find'
  | 'replace'
  | 'concordance'
  | 'addTerm'
  | 'insertTerm'
  | 'undoEdit'
  | 'redoEdit'
  | 'help';

export type KeyBindings = Record<ShortcutAction, string>;

/** The defaults follow what MateCat, Trados, memoQ and OmegaT have trained translators to expect. */
export const DEFAULT_BINDINGS: KeyBindings = {
  confirm: 'Ctrl+Enter',
  review: 'Ctrl+Alt+Enter',
  nextUnconfirmed: 'Ctrl+Shift+Enter',
  insertMatch1: 'Ctrl+1',
  insertMatch2: 'Ctrl+2',
  insertMatch3: 'Ctrl+3',
  insertMatch4: 'Ctrl+4',
  insertMatch5: 'Ctrl+5',
  copySource: 'Ctrl+Shift+S',
  previous: 'Alt+ArrowUp',
  next: 'Alt+ArrowDown',
  switchColumn: 'Ctrl+Tab',
  find: 'Ctrl+F',
  replace: 'Ctrl+H',
  concordance: 'Ctrl+K',
  addTerm: 'Ctrl+Shift+G',
  insertTerm: 'Ctrl+Alt+G',
  // Document-wide, so Ctrl+Z and Ctrl+Y stay the text box's own undo and redo.
  undoEdit: 'Ctrl+Alt+Z',
  redoEdit: 'Ctrl+Alt+Y',
  help: 'F1',
};

export const SHORTCUT_HELP: readonly { actions: ShortcutAction[]; label: MessageKey }[] = [
  { actions: ['confirm'], label: 'shortcutConfirm' },
  { actions: ['review'], label: 'shortcutReview' },
  { actions: ['nextUnconfirmed'], label: 'shortcutNextUnconfirmed' },
  { actions: ['insertMatch1', 'insertMatch5'], label: 'shortcutInsertMatch' },
  { actions: ['copySource'], label: 'shortcutCopySource' },
  { actions: ['previous'], label: 'shortcutPrevious' },
  { actions: ['next'], label: 'shortcutNext' },
  { actions: ['switchColumn'], label: 'shortcutSwitchColumn' },
  { actions: ['find'], label: 'shortcutFind' },
  { actions: ['replace'], label: 'shortcutReplace' },
  { actions: ['concordance'], label: 'shortcutConcordance' },
  { actions: ['addTerm'], label: 'shortcutAddTerm' },
  { actions: ['insertTerm'], label: 'shortcutInsertTerm' },
  { actions: ['undoEdit'], label: 'shortcutUndoEdit' },
  { actions: ['redoEdit'], label: 'shortcutRedoEdit' },
  { actions: ['help'], label: 'shortcutHelp' },
];

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** "Ctrl+Shift+S" for a key event; Cmd counts as Ctrl so the same bindings work on macOS. */
export function describeKey(event: KeyLike): string {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  parts.push(key);
  return parts.join('+');
}

/** The action bound to a key event, if any. Shift+digit keys report the digit as typed, so match on code too. */
export function actionFor(event: KeyLike & { code?: string }, bindings: KeyBindings): ShortcutAction | null {
  const described = [describeKey(event)];
  if (event.code?.startsWith('Digit')) described.push(describeKey({ ...event, key: event.code.slice(5) }));
  for (const [action, keys] of Object.entries(bindings) as [ShortcutAction, string][]) {
    if (described.includes(keys)) return action;
  }
  return null;
}

/** The bindings the user changed, over the defaults; anything unreadable falls back to the defaults. */
export function parseBindings(stored: string): KeyBindings {
  try {
    const changed = JSON.parse(stored) as Record<string, unknown>;
    const bindings = { ...DEFAULT_BINDINGS };
    for (const action of Object.keys(DEFAULT_BINDINGS) as ShortcutAction[]) {
      const keys = changed[action];
      if (typeof keys === 'string' && keys !== '') bindings[action] = keys;
    }
    return bindings;
  } catch {
    return { ...DEFAULT_BINDINGS };
  }
}

/** Keys that only modify: pressing them alone never makes a binding. */
export function isModifierOnly(key: string): boolean {
  return ['Control', 'Shift', 'Alt', 'Meta'].includes(key);
}
