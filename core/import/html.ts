/**
 * HTML pages and fragments, read for their text and block structure with htmlparser2, which
 * never runs or loads anything and closes what malformed markup leaves open. Scripts, styles,
 * forms and site navigation are dropped; attributes (onerror=, href) are never kept.
 */
import { Parser } from 'htmlparser2';
import type { ParagraphKindT } from '../api/contract.ts';
import { joinText } from '../text.ts';
import type { Block } from './types.ts';

/** Elements whose content is never document text. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'button', 'select', 'textarea',
  'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'dialog', 'menu',
]);
/** Site chrome, unless inside the article itself (an <article>'s own <header> holds its title). */
const CHROME = new Set(['header', 'footer']);
const CONTENT_ROOTS = new Set(['article', 'main']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar']);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'dt', 'dd', 'blockquote', 'figcaption',
  'caption', 'pre', 'div', 'section', 'article', 'main', 'header', 'footer', 'address', 'table', 'tr',
  'ul', 'ol', 'dl', 'figure', 'hr', 'br', 'body', 'center', 'legend', 'fieldset', 'details', 'summary',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function hintOf(name: string, attribs: Record<string, string>): ParagraphKindT | undefined {
  if (HEADINGS.has(name)) return 'heading';
  if (name === 'figcaption' || name === 'caption' || /\bcaption\b/i.test(attribs.class ?? '')) return 'caption';
  return undefined;
}

function isHidden(attribs: Record<string, string>): boolean {
  return (
    'hidden' in attribs ||
    attribs['aria-hidden'] === 'true' ||
    CHROME_ROLES.has(attribs.role ?? '') ||
    /display\s*:\s*none/i.test(attribs.style ?? '')
  );
}

/**
 * Collapses HTML white space as a browser shows it: a run becomes one space, or nothing when it
 * holds a line break between two Chinese characters (CSS segment-break rule for wide text).
 */
function collapse(text: string): string {
  return text
    .split(/[ \t\f]*[\n\r][ \t\n\r\f]*/)
    .map((line) => line.replace(/[ \t\f]+/g, ' '))
    .reduce(joinText)
    .trim();
}

interface OpenElement {
  name: string;
  dropped: boolean;
  hint?: ParagraphKindT;
}

export interface HtmlContent {
  blocks: Block[];
  /** The page's <title>, if any. */
  title: string;
}

export function readHtml(html: string): HtmlContent {
  const blocks: Block[] = [];
  const stack: OpenElement[] = [];
  let dropDepth = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let title = '';
  let inTitle = false;
  // The paragraph being collected.
  let text = '';
  let linkText = '';
  let hint: ParagraphKindT | undefined;
  let blank = true;
  let pre = false;

  const currentHint = () => stack.findLast((element) => element.hint)?.hint;

  const flush = () => {
    const lines = pre ? text.split(/\r\n|\r|\n/) : [collapse(text)];
    const linkOnly = collapse(linkText).replace(/\s/g, '') === text.replace(/\s/g, '');
    for (const line of lines) if (line.trim() !== '') blocks.push({ text: line, hint, linkOnly });
    text = '';
    linkText = '';
    hint = undefined;
    blank = true;
    pre = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const insideContent = stack.some((element) => CONTENT_ROOTS.has(element.name));
        const dropped = DROPPED.has(name) || isHidden(attribs) || (CHROME.has(name) && !insideContent);
        stack.push({ name, dropped, hint: hintOf(name, attribs) });
        if (dropped) dropDepth += 1;
        if (name === 'title') inTitle = true;
        if (name === 'a') linkDepth += 1;
        if (name === 'pre') preDepth += 1;
        if (BLOCKS.has(name) && dropDepth === 0) flush();
      },
      onclosetag(name) {
        const element = stack.pop();
        if (!element) return;
        if (BLOCKS.has(name) && dropDepth === 0) flush();
        if (element.dropped) dropDepth -= 1;
        if (name === 'title') inTitle = false;
        if (name === 'a') linkDepth -= 1;
        if (name === 'pre') preDepth -= 1;
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (dropDepth > 0) return;
        // The paragraph's kind is that of the element holding its first words.
        if (blank) hint = currentHint();
        if (blank && data.trim() !== '') blank = false;
        if (preDepth > 0) pre = true;
        text += data;
        if (linkDepth > 0) linkText += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { blocks, title: collapse(title) };
}
