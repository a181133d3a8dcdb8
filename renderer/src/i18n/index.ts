import { createContext, useContext } from 'react';
import { en, type Messages } from './en.ts';
import { zhHans } from './zh-Hans.ts';
import { zhHant } from './zh-Hant.ts';

export type UiLanguage = 'en' | 'zh-Hant' | 'zh-Hans';
export const UI_LANGUAGES: readonly { id: UiLanguage; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'zh-Hant', label: '繁體中文' },
  { id: 'zh-Hans', label: '简体中文' },
];
const CATALOGS: Record<UiLanguage, Messages> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

/** The interface language the OS asks for: Hong Kong, Taiwan and Macau Chinese get Traditional. */
export function languageFromLocale(locale: string): UiLanguage {
  const lower = locale.toLowerCase();
  if (!lower.startsWith('zh')) return 'en';
  return /hant|hk|tw|mo/.test(lower) ? 'zh-Hant' : 'zh-Hans';
}

export type Translate = (key: keyof Messages, values?: Record<string, string | number>) => string;

export function translator(language: UiLanguage): Translate {
  const catalog = CATALOGS[language];
  return (key, values) => catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole));
}

export const I18nContext = createContext<Translate>(translator('en'));

export function useT(): Translate {
  return useContext(I18nContext);
}
