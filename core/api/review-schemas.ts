/** Reviewer mode (issue 6): what changed in a cell since the translator confirmed it. */
import { z } from 'zod';
import { Id, TargetLang } from './common-schemas.ts';

/** A cell whose text is no longer the text it had when it last became "translated". */
export const TranslationChange = z.strictObject({
  paragraphId: Id,
  lang: TargetLang,
  translatedText: z.string(),
  currentText: z.string(),
  /** When the cell became translated with translatedText. */
  translatedAt: z.string(),
});
