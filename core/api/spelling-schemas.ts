/** The project's own spelling dictionary ("Add to dictionary" on a spelling finding) and its English variant. */
import { z } from 'zod';
import { MAX_WORD_CHARS, SPELLING_VARIANTS } from '../qa/spelling.ts';
import { Id } from './common-schemas.ts';

/** A word as the spelling check splits text; the service says when it is not one word. */
const Word = z.string().trim().min(1, 'There is no word to add to the dictionary').max(MAX_WORD_CHARS, `A dictionary word has at most ${MAX_WORD_CHARS} characters`);

export const SpellingWord = z.strictObject({ word: z.string(), createdAt: z.string() });
export const SpellingWordRequest = z.strictObject({ projectId: Id, word: Word });

export const SpellingVariant = z.enum(SPELLING_VARIANTS, { error: `The spelling variant must be one of ${SPELLING_VARIANTS.join(', ')}` });
export const SpellingVariantResult = z.strictObject({ variant: SpellingVariant });
