import { useCallback, useEffect, type RefObject } from 'react';
import { actionFor, type KeyBindings, type ShortcutAction } from '../shortcuts.ts';
import type { OpenDialogs } from './useDialogs.ts';

interface Options {
  bindings: KeyBindings;
  /** A dialog is open: the keys are its own. */
  paused: boolean;
  hasDocument: boolean;
  showDialogs: (change: Partial<OpenDialogs>) => void;
  history: { undo: () => void; redo: () => void };
  findBox: RefObject<HTMLInputElement | null>;
  /** A concordance search, and the glossary form's quick add (the selections as a new term). */
  terms: { searchConcordance: (term: string) => void; quickAdd: () => void };
  /** The actions on the active cell; says whether it handled the action. */
  runCellCommand: (action: ShortcutAction) => boolean;
}

/** The keyboard shortcuts of the editor, dispatched from one window listener by the person's bindings. */
export function useShortcuts({ bindings, paused, hasDocument, showDialogs, history, findBox, terms, runCellCommand }: Options) {
  const { searchConcordance, quickAdd } = terms;

  const run = useCallback(
    (action: ShortcutAction): boolean => {
      switch (action) {
        case 'help':
          return (showDialogs({ help: true }), true);
        case 'undoEdit':
          return (history.undo(), true);
        case 'redoEdit':
          return (history.redo(), true);
        case 'replace':
          return (showDialogs({ replace: hasDocument }), true);
        case 'concordance':
          return (searchConcordance(window.getSelection()?.toString().trim() ?? ''), true);
        case 'find':
          return (findBox.current?.focus(), true);
        case 'addTerm':
          return (quickAdd(), true);
        default:
          return runCellCommand(action);
      }
    },
    [findBox, hasDocument, history, quickAdd, runCellCommand, searchConcordance, showDialogs],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || paused) return;
      const action = actionFor(event, bindings);
      if (action && run(action)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [bindings, paused, run]);
}
