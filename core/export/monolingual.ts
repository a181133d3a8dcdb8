/**
 * Monolingual editions: one target language as a document of its own, keeping each
 * paragraph's kind. An untranslated paragraph is left out or filled with its source,
 * as the user chooses, and the summary says how many.
 */
import type { ParagraphKindT, TargetLangT } from '../api/contract.ts';
import { escapeMarkdown } from './escape.ts';
import { DEFAULT_SELECTION, headingLevels, isUntranslated, selectParagraphs, type ExportDocument, type ExportSummary, type Selection } from './model.ts';

export type Untranslated = 'omit' | 'source';

export interface EditionOptions extends Selection {
  lang: TargetLangT;
  untranslated: Untranslated;
}

export const DEFAULT_EDITION_OPTIONS: Omit<EditionOptions, 'lang'> = { ...DEFAULT_SELECTION, untranslated: 'omit' };

export interface EditionParagraph {
  kind: ParagraphKindT;
  headingLevel: 1 | 2 | null;
  text: string;
  /** True when the text is the source, standing in for a missing translation. */
  isSource: boolean;
}

export interface Edition {
  lang: TargetLangT;
  paragraphs: EditionParagraph[];
  summary: ExportSummary;
}

export function buildEdition(doc: ExportDocument, options: EditionOptions): Edition {
  const selected = selectParagraphs(doc.paragraphs, options);
  const levels = headingLevels(doc.paragraphs);
  const paragraphs: EditionParagraph[] = [];
  let omitted = 0;
  let filledWithSource = 0;
  for (const p of selected) {
    const cell = p.targets[options.lang];
    const untranslated = isUntranslated(cell);
    if (untranslated && options.untranslated === 'omit') {
      omitted += 1;
      continue;
    }
    if (untranslated) filledWithSource += 1;
    paragraphs.push({
      kind: p.kind,
      headingLevel: levels.get(p.id) ?? null,
      text: untranslated ? p.source : cell.text,
      isSource: untranslated,
    });
  }
  return {
    lang: options.lang,
    paragraphs,
    summary: {
      written: paragraphs.length,
      skipped: doc.paragraphs.length - selected.length,
      untranslated: options.untranslated,
      omitted,
      filledWithSource,
    },
  };
}

/** Plain text: paragraphs separated by a blank line. */
export function editionText(edition: Edition): string {
  return `${edition.paragraphs.map((p) => p.text).join('\n\n')}\n`;
}

function markdownBlock(p: EditionParagraph): string {
  // A hard line break inside a paragraph is two spaces and a newline in Markdown.
  const text = escapeMarkdown(p.text).replace(/\r?\n/gu, '  \n');
  if (p.headingLevel !== null) return `${'#'.repeat(p.headingLevel)} ${text.replace(/\s*\n/gu, ' ')}`;
  if (p.kind === 'caption') return `*${text}*`;
  return text;
}

export function editionMarkdown(edition: Edition): string {
  return `${edition.paragraphs.map(markdownBlock).join('\n\n')}\n`;
}
