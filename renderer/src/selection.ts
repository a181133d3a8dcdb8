/** Where the translator's selection is: in a read-only source cell, or in a target textarea. */
import type { TargetLangT } from '../../core/api/contract.ts';
import { caretOffsetIn } from './components/ParagraphActions.tsx';

export interface SourceSelection {
  paragraphId: number;
  /** The whole source, and the selection's UTF-16 offsets in it. */
  source: string;
  start: number;
  end: number;
}

/** The selection inside one source cell (marked data-source-paragraph), if the selection is there. */
export function sourceSelection(): SourceSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const node = range.startContainer;
  const start = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-source-paragraph]');
  if (!start || !start.contains(range.endContainer)) return null;
  const offset = caretOffsetIn(start);
  if (offset === null) return null;
  const source = start.textContent ?? '';
  return { paragraphId: Number(start.dataset.sourceParagraph), source, start: offset, end: offset + range.toString().length };
}

/** The target cell's textarea while its row is rendered (the grid is virtualised). */
export function cellTextarea(paragraphId: number, lang: TargetLangT): HTMLTextAreaElement | null {
  return document.querySelector<HTMLTextAreaElement>(`[data-paragraph="${paragraphId}"] textarea[lang="${lang}"]`);
}

/** The text selected in a target cell, or '' (a textarea keeps its selection after it loses focus). */
export function selectedTargetText(paragraphId: number, lang: TargetLangT): string {
  const area = cellTextarea(paragraphId, lang);
  return area ? area.value.slice(area.selectionStart, area.selectionEnd).trim() : '';
}

/**
 * The cell's text with insert put at its caret (replacing any selection), and where the caret
 * goes after it. Without a rendered textarea the term is appended.
 */
export function insertAtCaret(text: string, insert: string, area: HTMLTextAreaElement | null): { text: string; caret: number } {
  const start = area ? area.selectionStart : text.length;
  const end = area ? area.selectionEnd : text.length;
  const joined = text.slice(0, start) + insert + text.slice(end);
  return { text: joined, caret: start + insert.length };
}
