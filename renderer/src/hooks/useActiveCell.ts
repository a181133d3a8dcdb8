import { useCallback, useRef, useState } from 'react';
import type { ParagraphT, TargetLangT } from '../../../core/api/contract.ts';
import type { GridHandle } from '../components/Grid.tsx';
import type { CellRef } from './useQa.ts';

/**
 * The target cell being worked in, with its paragraph and what it holds: the side panel and
 * the shortcuts follow it.
 */
export function useActiveCell(paragraphs: readonly ParagraphT[] | null) {
  const [active, setActive] = useState<CellRef | null>(null);
  const grid = useRef<GridHandle>(null);
  /** The grid reports a cell the person focused. */
  const onFocus = useCallback((paragraphId: number, lang: TargetLangT) => setActive({ paragraphId, lang }), []);
  /** Moves there for the person (a shortcut, an undone step, a QA finding): scrolls and puts the caret in. */
  const focusCell = useCallback((paragraphId: number, lang: TargetLangT) => {
    setActive({ paragraphId, lang });
    grid.current?.focusCell(paragraphId, lang);
  }, []);
  const clear = useCallback(() => setActive(null), []);
  const paragraph = paragraphs?.find((p) => p.id === active?.paragraphId) ?? null;
  const cell = paragraph && active ? paragraph.targets[active.lang] : null;
  return { active, paragraph, cell, grid, onFocus, focusCell, clear };
}

export type ActiveCell = ReturnType<typeof useActiveCell>;
