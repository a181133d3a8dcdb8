import type { Migration } from '../migrate.ts';

export const spellingVariant: Migration = {
  version: 9,
  name: 'the English spelling variant of each project',
  sql: `
    -- Which Hunspell dictionary the spelling check of the project's English cells uses. British
    -- by default, existing projects included: their Hong Kong texts write British English.
    ALTER TABLE projects ADD COLUMN spelling_variant TEXT NOT NULL DEFAULT 'en-GB' CHECK (spelling_variant IN ('en-GB', 'en-US'));
  `,
};
