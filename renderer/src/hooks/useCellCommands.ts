import { useCallback } from 'react';
import type { GlossaryHitT, ParagraphT, TargetLangT, TmMatchT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { isConfirmed } from '../filters.ts';
import type { Translate } from '../i18n/index.ts';
import type { ShortcutAction } from '../shortcuts.ts';
import type { CellRef } from './useQa.ts';

const otherLang = (lang: TargetLangT): TargetLangT => (lang === 'en' ? 'zh-Hans' : 'en');
const MATCH_ACTIONS: Partial<Record<ShortcutAction, number>> = {
  insertMatch1: 0,
  insertMatch2: 1,
  insertMatch3: 2,
  insertMatch4: 3,
  insertMatch5: 4,
};

interface Options {
  active: CellRef | null;
  /** The active cell's paragraph. */
  paragraph: ParagraphT | null;
  /** The rows the grid shows, in order: a filter or review mode leaves some out. */
  rows: readonly ParagraphT[];
  matches: readonly TmMatchT[];
  termHits: readonly GlossaryHitT[];
  insertTerm: (lang: TargetLangT, term: string) => void;
  focusCell: (paragraphId: number, lang: TargetLangT) => void;
  editText: (paragraphId: number, lang: TargetLangT, text: string) => void;
  confirmCell: (paragraphId: number, lang: TargetLangT, reviewed?: boolean) => Promise<void>;
  /** Marking reviewed may turn review mode on: the rows shown after it. */
  afterReviewed: (lang: TargetLangT) => readonly ParagraphT[];
  reload: () => Promise<void>;
  /** The sidebar's progress figures follow confirmations. */
  onDocumentsChanged: () => Promise<void>;
  onNotice: (message: string) => void;
  onError: (error: unknown) => void;
  t: Translate;
}

/**
 * What the translator does to the active cell: confirm (or mark reviewed) and move on, move,
 * take a match, a glossary term or the source. `run` says whether it handled the shortcut.
 */
export function useCellCommands(options: Options) {
  const { active, paragraph, rows, matches, termHits, insertTerm, focusCell, editText, confirmCell, afterReviewed, reload, onDocumentsChanged, onNotice, onError, t } =
    options;

  const onConfirm = useCallback(
    async (paragraphId: number, lang: TargetLangT, reviewed = false) => {
      try {
        await confirmCell(paragraphId, lang, reviewed);
        const shown = reviewed ? afterReviewed(lang) : rows;
        const position = rows.find((p) => p.id === paragraphId)?.position ?? -1;
        const next = shown.find((p) => p.position > position);
        if (next) focusCell(next.id, lang);
        // Identical source paragraphs elsewhere in the document get this translation as a draft.
        const { paragraphIds } = await api.propagateTranslation({ paragraphId, lang });
        if (paragraphIds.length > 0) {
          await reload();
          onNotice(t('propagated', { n: paragraphIds.length }));
        }
        await onDocumentsChanged();
      } catch (error) {
        onError(error);
      }
    },
    [afterReviewed, confirmCell, focusCell, onDocumentsChanged, onError, onNotice, reload, rows, t],
  );

  const run = useCallback(
    (action: ShortcutAction): boolean => {
      if (action === 'insertTerm') {
        // The first glossary term of the paragraph whose translation the cell does not hold yet.
        if (!active || !paragraph) return true;
        const cellText = paragraph.targets[active.lang].text;
        const target = termHits
          .flatMap((hit) => hit.entries.map((entry) => (active.lang === 'en' ? entry.en : entry.zhHans)))
          .find((term) => term !== '' && !cellText.includes(term));
        if (target) insertTerm(active.lang, target);
        return true;
      }
      if (!active || !paragraph) return false;
      const matchIndex = MATCH_ACTIONS[action];
      if (matchIndex !== undefined) {
        const match = matches[matchIndex];
        const text = match && (active.lang === 'en' ? match.en : match.zhHans);
        if (text) editText(paragraph.id, active.lang, text);
        return true;
      }
      const index = rows.findIndex((p) => p.id === paragraph.id);
      const moveBy = (step: number) => {
        const target = rows[index + step];
        if (target) focusCell(target.id, active.lang);
      };
      switch (action) {
        case 'confirm':
        case 'review':
          void onConfirm(paragraph.id, active.lang, action === 'review');
          return true;
        case 'nextUnconfirmed': {
          // Paragraphs left out of translation are not work to do.
          const next = [...rows.slice(index + 1), ...rows.slice(0, index)].find((p) => p.included && !isConfirmed(p, active.lang));
          if (next) focusCell(next.id, active.lang);
          return true;
        }
        case 'copySource':
          editText(paragraph.id, active.lang, paragraph.source);
          return true;
        case 'previous':
          moveBy(-1);
          return true;
        case 'next':
          moveBy(1);
          return true;
        case 'switchColumn':
          focusCell(paragraph.id, otherLang(active.lang));
          return true;
        default:
          return false;
      }
    },
    [active, editText, focusCell, insertTerm, matches, onConfirm, paragraph, rows, termHits],
  );

  return { onConfirm, run };
}
