/** The document's confirmed pairs as TMX, written by the translation memory's TMX writer. */
import type { TargetLangT } from '../api/contract.ts';
import { writeTmx, type TmxOutUnit } from '../formats/tmx.ts';
import { TARGET_TAG } from './labels.ts';
import { isConfirmed, selectParagraphs, TARGET_LANGS, type ExportDocument, type ExportSummary, type Selection } from './model.ts';

export const TMX_MIME = 'application/x-tmx+xml';

/** One unit per paragraph with at least one confirmed target: the source and each confirmed target. */
export function confirmedPairsTmx(doc: ExportDocument, selection: Selection, lang?: TargetLangT): { xml: string; summary: ExportSummary } {
  const langs = lang ? [lang] : TARGET_LANGS;
  const selected = selectParagraphs(doc.paragraphs, selection);
  const units: TmxOutUnit[] = [];
  for (const p of selected) {
    const confirmed = langs.filter((l) => isConfirmed(p.targets[l].status) && p.targets[l].text.trim() !== '');
    if (confirmed.length === 0) continue;
    units.push({
      changedAt: confirmed.map((l) => p.targets[l].updatedAt).sort().at(-1) ?? null,
      props: [['x-document', doc.title], ['x-paragraph', String(p.id)]],
      variants: [
        { lang: doc.sourceLang, text: p.source, markup: [] },
        ...confirmed.map((l) => ({ lang: TARGET_TAG[l], text: p.targets[l].text, markup: [] })),
      ],
    });
  }
  const xml = writeTmx({ creationTool: 'Bilingual Workbench', creationToolVersion: '0.1.0', srcLang: doc.sourceLang, segtype: 'paragraph' }, units);
  return {
    xml,
    summary: { written: units.length, skipped: doc.paragraphs.length - selected.length, untranslated: null, omitted: selected.length - units.length, filledWithSource: 0 },
  };
}
