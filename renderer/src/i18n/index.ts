import { createContext, useContext } from 'react';
import { fillPlaceholders } from '../../../core/placeholders.ts';
import { backupMessages } from './backup.ts';
import { defineMessages } from './define.ts';
import { editorMessages } from './editor.ts';
import { en } from './en.ts';
import { exportMessages } from './export.ts';
import { historyMessages } from './history.ts';
import { importMessages } from './import.ts';
import { jobMessages } from './jobs.ts';
import { projectMessages } from './projects.ts';
import { qaMessages } from './qa.ts';
import { qaFindingMessages } from './qa-findings.ts';
import { reviewMessages } from './review.ts';
import type { UiLanguage } from './languages.ts';
import { simplifiedMessages } from './simplified.ts';
import { spellingMessages } from './spelling.ts';
import { tmMessages } from './tm.ts';
import { zhHans } from './zh-Hans.ts';
import { zhHant } from './zh-Hant.ts';

export { languageFromLocale, UI_LANGUAGES, type UiLanguage } from './languages.ts';

const base = defineMessages({ en, 'zh-Hant': zhHant, 'zh-Hans': zhHans });

/** Every feature's strings; a feature adds its own part file here (see define.ts). */
const parts = [base, editorMessages, importMessages, exportMessages, simplifiedMessages, qaMessages, qaFindingMessages, jobMessages, spellingMessages, reviewMessages, tmMessages, historyMessages, backupMessages, projectMessages] as const;

// Distributes over the parts, so a key of any part is a key.
type KeysOf<P> = P extends { en: infer Strings } ? keyof Strings & string : never;
export type MessageKey = KeysOf<(typeof parts)[number]>;

const catalogs = Object.fromEntries(
  (['en', 'zh-Hant', 'zh-Hans'] as const).map((language) => [
    language,
    Object.assign({}, ...parts.map((part) => part[language])) as Record<MessageKey, string>,
  ]),
) as Record<UiLanguage, Record<MessageKey, string>>;

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: UiLanguage): Translate {
  const catalog = catalogs[language];
  return (key, values) => fillPlaceholders(catalog[key], values);
}

export const I18nContext = createContext<Translate>(translator('en'));

export function useT(): Translate {
  return useContext(I18nContext);
}
