import type { Migration } from '../migrate.ts';
import { initial } from './001-initial.ts';
import { simplified } from './002-simplified.ts';
import { translationMemories } from './003-tm.ts';
import { paragraphEdits } from './004-paragraph-edits.ts';
import { editor } from './005-editor.ts';
import { glossaryQa } from './006-glossary-qa.ts';
import { spelling } from './007-spelling.ts';
import { cellHistory } from './008-cell-history.ts';
import { spellingVariant } from './009-spelling-variant.ts';

/** Every migration, in version order; a new one is appended, never inserted. */
export const migrations: readonly Migration[] = [initial, simplified, translationMemories, paragraphEdits, editor, glossaryQa, spelling, cellHistory, spellingVariant];
