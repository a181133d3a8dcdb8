import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { QaFindingT, TargetLangT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';

/** Typing pauses this long before the cell is checked, so a check never runs per keystroke. */
export const QA_DEBOUNCE_MS = 300;
/**
 * Longer cells are not checked live: the backend's check grows faster than the text (about 2 s
 * at 100,000 characters, which would hold up saving); the document check still covers them.
 */
export const LIVE_CHECK_MAX_CHARS = 20_000;

export interface CellRef {
  paragraphId: number;
  lang: TargetLangT;
}

export interface CellQa {
  /** The cell being checked (the active one); its findings are empty until its first check returns. */
  cell: CellRef | null;
  findings: QaFindingT[];
  /** The text the findings are about: a fix's offsets point into it. */
  checkedText: string | null;
  checking: boolean;
  /** Checks again at once, after an ignore or un-ignore changed what the backend reports. */
  refresh: () => void;
}

const NONE: Omit<CellQa, 'checking' | 'refresh'> = { cell: null, findings: [], checkedText: null };

/**
 * The live check of the active cell, with the text as typed (before it is saved). A reply
 * that arrives after the cell or its text changed again is dropped.
 */
export function useCellQa(cell: CellRef | null, text: string | null, onError: (error: unknown) => void): CellQa {
  const [result, setResult] = useState<Omit<CellQa, 'checking' | 'refresh'>>(NONE);
  const [checking, setChecking] = useState(false);
  const [round, setRound] = useState(0);
  const paragraphId = cell?.paragraphId ?? null;
  const lang = cell?.lang ?? null;

  useEffect(() => {
    if (paragraphId === null || lang === null || text === null || text.length > LIVE_CHECK_MAX_CHARS) {
      setResult(NONE);
      setChecking(false);
      return;
    }
    let current = true;
    setChecking(true);
    const timer = setTimeout(() => {
      api.checkCell({ paragraphId, lang, text }).then(
        (findings) => current && setResult({ cell: { paragraphId, lang }, findings, checkedText: text }),
        (error: unknown) => current && onError(error),
      ).finally(() => current && setChecking(false));
    }, QA_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [paragraphId, lang, text, round, onError]);

  const refresh = useCallback(() => setRound((n) => n + 1), []);
  // Until the new cell's first check returns, the last cell's findings are not shown for it.
  const fresh = result.cell !== null && result.cell.paragraphId === paragraphId && result.cell.lang === lang;
  const requested = useMemo(() => (paragraphId === null || lang === null ? null : { paragraphId, lang }), [paragraphId, lang]);
  return { ...(fresh ? result : NONE), cell: requested, checking, refresh };
}

/** How many findings the active cell has, for the marker on that cell (only active findings count). */
export const QaMarkerContext = createContext<{ cell: CellRef | null; count: number }>({ cell: null, count: 0 });

export function useQaMarker(paragraphId: number, lang: TargetLangT): number {
  const { cell, count } = useContext(QaMarkerContext);
  return cell?.paragraphId === paragraphId && cell.lang === lang ? count : 0;
}

export async function ignoreFinding(finding: QaFindingT, reason: string): Promise<void> {
  const { paragraphId, lang, check, key } = finding;
  await api.ignoreWarning({ paragraphId, lang, check, key, reason });
}

export async function unignoreFinding(finding: QaFindingT): Promise<void> {
  const { paragraphId, lang, check, key } = finding;
  await api.unignoreWarning({ paragraphId, lang, check, key });
}
