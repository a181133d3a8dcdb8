import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { GlossaryEntryT, GlossaryHitT, ParagraphT, TargetLangT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { cellTextarea, insertAtCaret, selectedTargetText, sourceSelection, type SourceSelection } from '../selection.ts';

/** The glossary form's content: a new term (quick add: the selections) or an entry being edited. */
export type TermDraft = Pick<GlossaryEntryT, 'zhHant' | 'en' | 'zhHans' | 'notes' | 'partOfSpeech' | 'forbidden'> & {
  id?: number;
  projectOnly: boolean;
};

export const newTerm = (zhHant = '', en = '', zhHans = ''): TermDraft => ({
  zhHant,
  en,
  zhHans,
  notes: '',
  partOfSpeech: '',
  forbidden: false,
  projectOnly: false,
});

export type SideTabId = 'tm' | 'qa' | 'glossary' | 'dictionary' | (string & {});

/** A term to look up in the concordance; the serial makes a repeated search run again. */
export interface ConcordanceRequest {
  term: string;
  serial: number;
}

/** The active paragraph's recognised terms, for its source cell (the only one highlighted). */
export const SourceTermsContext = createContext<{
  paragraphId: number | null;
  hits: readonly GlossaryHitT[];
}>({ paragraphId: null, hits: [] });

export const useSourceTerms = () => useContext(SourceTermsContext);

// One empty list, so that the context does not change on every render without hits.
const NO_HITS: readonly GlossaryHitT[] = [];
const HAN = /\p{Script=Han}/u;
/** Longer selections are sentences, not words: no lookup then. */
const MAX_LOOKUP_CHARS = 24;
/** A selection being dragged or extended with Shift+arrows is looked up once it rests. */
const SELECTION_SETTLE_MS = 250;

const sameSelection = (a: SourceSelection | null, b: SourceSelection) =>
  a?.paragraphId === b.paragraphId && a.start === b.start && a.end === b.end && a.source === b.source;

/**
 * Glossary hits of the active paragraph (fetched when it, its source or the glossary changes,
 * never per keystroke), the dictionary lookup of the last source selection, the quick-add
 * draft, the last concordance search asked for, and which side tab shows them.
 */
export function useTerminology(paragraph: { id: number; source: string } | null, onError: (error: unknown) => void) {
  const [version, setVersion] = useState(0);
  const [hits, setHits] = useState<{ paragraphId: number; hits: GlossaryHitT[] } | null>(null);
  const [lookup, setLookup] = useState<SourceSelection | null>(null);
  const lastLookup = useRef<SourceSelection | null>(null);
  // Selecting in a target afterwards moves the page's selection: quick add remembers the source's.
  const lastSource = useRef<SourceSelection | null>(null);
  const [draft, setDraft] = useState<TermDraft | null>(null);
  const [sideTab, setSideTab] = useState<SideTabId>('tm');
  const [concordanceRequest, setConcordanceRequest] = useState<ConcordanceRequest | null>(null);
  const paragraphId = paragraph?.id ?? null;
  const source = paragraph?.source ?? null;

  useEffect(() => {
    if (paragraphId === null || source === null) return;
    let current = true;
    api.getGlossaryHits({ paragraphId }).then(
      (found) => current && setHits({ paragraphId, hits: found }),
      (error: unknown) => current && onError(error),
    );
    return () => {
      current = false;
    };
  }, [paragraphId, source, version, onError]);

  // Mouse and keyboard selections both end up here; a selection outside a source cell is ignored.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      const selection = sourceSelection();
      if (!selection) return;
      lastSource.current = selection;
      const text = selection.source.slice(selection.start, selection.end);
      if (!HAN.test(text) || text.length > MAX_LOOKUP_CHARS) return;
      if (sameSelection(lastLookup.current, selection)) return;
      lastLookup.current = selection;
      setLookup(selection);
      setSideTab('dictionary');
    };
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(settle, SELECTION_SETTLE_MS);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
    };
  }, []);

  /** Quick add: the form, prefilled with the source selection and the selections in the targets. */
  const quickAdd = useCallback(() => {
    const selection = sourceSelection() ?? lastSource.current;
    const id = selection?.paragraphId ?? paragraphId;
    const zhHant = selection && selection.paragraphId === id ? selection.source.slice(selection.start, selection.end).trim() : '';
    setDraft(id === null ? newTerm(zhHant) : newTerm(zhHant, selectedTargetText(id, 'en'), selectedTargetText(id, 'zh-Hans')));
    setSideTab('glossary');
  }, [paragraphId]);

  const searchConcordance = useCallback((term: string) => {
    setConcordanceRequest((previous) => ({ term, serial: (previous?.serial ?? 0) + 1 }));
    setSideTab('concordance');
  }, []);

  const activeHits = hits?.paragraphId === paragraphId ? hits.hits : NO_HITS;
  const sourceTerms = useMemo(() => ({ paragraphId, hits: activeHits }), [paragraphId, activeHits]);
  const glossaryChanged = useCallback(() => setVersion((n) => n + 1), []);

  return { hits: activeHits, sourceTerms, lookup, draft, setDraft, quickAdd, concordanceRequest, searchConcordance, sideTab, setSideTab, glossaryChanged };
}

/**
 * Inserts a term at the caret of the paragraph's cell in that language (replacing a
 * selection), through the normal edit path, and puts the caret after it.
 */
export function useTermInsert(paragraph: ParagraphT | null, editText: (paragraphId: number, lang: TargetLangT, text: string) => void) {
  return useCallback(
    (lang: TargetLangT, term: string) => {
      if (!paragraph) return;
      const area = cellTextarea(paragraph.id, lang);
      const { text, caret } = insertAtCaret(paragraph.targets[lang].text, term, area);
      editText(paragraph.id, lang, text);
      if (area)
        requestAnimationFrame(() => {
          area.focus();
          area.setSelectionRange(caret, caret);
        });
    },
    [paragraph, editText],
  );
}
