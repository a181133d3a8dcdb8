/** Interface names of source formats and paragraph kinds, shared by the import dialogs and the grid. */
import type { ParagraphKindT } from '../../core/api/contract.ts';
import type { SourceFormat } from '../../core/import/types.ts';
import type { MessageKey } from './i18n/index.ts';

export const FORMAT_LABEL: Record<SourceFormat, MessageKey> = {
  text: 'formatText',
  markdown: 'formatMarkdown',
  html: 'formatHtml',
  docx: 'formatDocx',
};

/** Plural, for counts ("Headings 4"). */
export const KIND_COUNT: Record<ParagraphKindT, MessageKey> = {
  heading: 'kindHeading',
  body: 'kindBody',
  caption: 'kindCaption',
  boilerplate: 'kindBoilerplate',
};

/** Singular, for the badge on one paragraph. */
export const KIND_BADGE: Record<ParagraphKindT, MessageKey> = {
  heading: 'kindBadgeHeading',
  body: 'kindBadgeBody',
  caption: 'kindBadgeCaption',
  boilerplate: 'kindBadgeBoilerplate',
};
