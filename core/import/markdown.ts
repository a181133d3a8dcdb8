/**
 * Markdown, read for its block structure only: headings, paragraphs (soft-wrapped lines joined),
 * list items, block quotes, table cells and code. Inline markup stays as written: it is part of
 * the source text, and the translator keeps it in the target.
 */
import { joinText, trimLayoutSpace } from '../text.ts';
import type { Block } from './types.ts';

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const TABLE_ROW = /^ {0,3}\|.*\|[ \t]*$/;
const TABLE_RULE = /^[\s|:-]+$/;
const LINK_ONLY = /^!?\[[^\]]*\]\([^)]*\)$/;

const block = (text: string, hint?: Block['hint']): Block => ({ text, hint, linkOnly: LINK_ONLY.test(text) });

export function readMarkdown(markdown: string): Block[] {
  const lines = markdown.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let paragraph: string[] = [];

  const flush = () => {
    if (paragraph.length > 0) blocks.push(block(paragraph.reduce(joinText)));
    paragraph = [];
  };

  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]!.replace(QUOTE, '');
    const line = trimLayoutSpace(raw);
    const fence = FENCE.exec(raw);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i += 1; i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!); i += 1) code.push(lines[i]!);
      // Code is kept for context but not translated.
      if (code.join('').trim() !== '') blocks.push({ text: code.join('\n'), hint: 'boilerplate', linkOnly: false });
      continue;
    }
    if (line === '') {
      flush();
      continue;
    }
    const heading = ATX_HEADING.exec(raw);
    if (heading) {
      flush();
      if (heading[1]) blocks.push(block(trimLayoutSpace(heading[1]), 'heading'));
      continue;
    }
    if (paragraph.length > 0 && SETEXT_UNDERLINE.test(raw)) {
      blocks.push(block(paragraph.reduce(joinText), 'heading'));
      paragraph = [];
      continue;
    }
    if (THEMATIC_BREAK.test(raw)) {
      flush();
      continue;
    }
    if (TABLE_ROW.test(raw)) {
      flush();
      if (!TABLE_RULE.test(raw)) {
        for (const cell of line.slice(1, -1).split('|')) if (cell.trim() !== '') blocks.push(block(trimLayoutSpace(cell)));
      }
      continue;
    }
    const item = LIST_ITEM.exec(raw);
    if (item) {
      flush();
      paragraph.push(trimLayoutSpace(item[1]!));
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks.filter((b) => b.text !== '');
}
