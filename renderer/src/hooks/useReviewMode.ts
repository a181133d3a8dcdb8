import { createContext, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ParagraphT, TargetLangT, TranslationChangeT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { applyFilter, type Filter } from '../filters.ts';

/** The grid must be still (no typing, no save reply) this long before the changes are read again. */
const REFRESH_DELAY_MS = 300;

type ChangeKey = `${number}:${TargetLangT}`;
const changeKey = (paragraphId: number, lang: TargetLangT): ChangeKey => `${paragraphId}:${lang}`;

export type ReviewChanges = ReadonlyMap<ChangeKey, TranslationChangeT>;

/** The changes since translation of the cells, while review mode is on (null when it is off). */
export const ReviewChangesContext = createContext<ReviewChanges | null>(null);

export function changeOf(changes: ReviewChanges | null, paragraphId: number, lang: TargetLangT): TranslationChangeT | undefined {
  return changes?.get(changeKey(paragraphId, lang));
}

interface Options {
  documentId: number | null;
  paragraphs: readonly ParagraphT[] | null;
  filter: Filter;
  onFilter: (filter: Filter) => void;
  activeParagraphId: number | null;
  onError: (error: unknown) => void;
}

interface Mode {
  documentId: number | null;
  on: boolean;
  /** Turned on by marking a cell reviewed rather than by the toggle: the grid says so. */
  auto: boolean;
  /** The person turned review mode off in this document: marking reviewed leaves it off. */
  declined: boolean;
  /** The status filter to go back to when review mode is turned off. */
  restore: Pick<Filter, 'status' | 'lang'> | null;
}

const OFF: Omit<Mode, 'documentId'> = { on: false, auto: false, declined: false, restore: null };
const NO_CHANGES: ReviewChanges = new Map();

/**
 * Reviewer mode for the open document: the review filter (cells translated or edited since
 * translation, not yet reviewed), the changes since translation read from the backend, and
 * the rows the grid shows. The mode belongs to one document; opening another starts it off.
 */
export function useReviewMode({ documentId, paragraphs, filter, onFilter, activeParagraphId, onError }: Options) {
  const [stored, setMode] = useState<Mode>({ documentId, ...OFF });
  const mode = stored.documentId === documentId ? stored : { documentId, ...OFF };
  const [fetched, setFetched] = useState<{ documentId: number; changes: ReviewChanges } | null>(null);

  // Read again once the grid is still: typing, a save reply, a confirmation or a reload all change it.
  useEffect(() => {
    if (!mode.on || documentId === null) return;
    let current = true;
    const timer = setTimeout(() => {
      api.getReviewChanges({ documentId }).then(
        (list) => current && setFetched({ documentId, changes: new Map(list.map((change) => [changeKey(change.paragraphId, change.lang), change])) }),
        (error: unknown) => current && onError(error),
      );
    }, REFRESH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [mode.on, documentId, paragraphs, onError]);
  const changes = mode.on && fetched?.documentId === documentId ? fetched.changes : NO_CHANGES;

  const keep = mode.on && filter.status === 'toReview' ? activeParagraphId : null;
  const rows = useMemo(() => {
    if (!paragraphs) return [];
    const review = mode.on ? { changed: (id: number, lang: TargetLangT) => changes.has(changeKey(id, lang)), keep } : null;
    return applyFilter(paragraphs, filter, review);
  }, [paragraphs, filter, mode.on, changes, keep]);
  const rowsShown = useRef(rows);
  useLayoutEffect(() => {
    rowsShown.current = rows;
  }, [rows]);

  const turnOn = useCallback(
    (lang: TargetLangT, auto: boolean) => {
      setMode({ documentId, on: true, auto, declined: false, restore: { status: filter.status, lang: filter.lang } });
      onFilter({ ...filter, status: 'toReview', lang });
    },
    [documentId, filter, onFilter],
  );

  const toggle = useCallback(() => {
    if (!mode.on) return turnOn(filter.lang, false);
    if (mode.restore && filter.status === 'toReview') onFilter({ ...filter, ...mode.restore });
    setMode({ documentId, ...OFF, declined: true });
    setFetched(null);
  }, [documentId, filter, mode.on, mode.restore, onFilter, turnOn]);

  /**
   * After a cell of `lang` was marked reviewed: the first time in a document (unless the
   * person turned review mode off there) review mode turns on. Returns the rows the grid
   * now shows, rendered at once so the caller can move on to the next one.
   */
  const afterReviewed = useCallback(
    (lang: TargetLangT): readonly ParagraphT[] => {
      if (!mode.on && !mode.declined) flushSync(() => turnOn(lang, true));
      return rowsShown.current;
    },
    [mode.on, mode.declined, turnOn],
  );

  const dismissNotice = useCallback(() => setMode({ ...mode, auto: false }), [mode]);

  return {
    on: mode.on,
    auto: mode.auto,
    rows,
    changes: mode.on ? changes : null,
    toggle,
    afterReviewed,
    dismissNotice,
  };
}

export type ReviewMode = ReturnType<typeof useReviewMode>;
