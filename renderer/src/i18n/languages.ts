export type UiLanguage = 'en' | 'zh-Hant' | 'zh-Hans';

export const UI_LANGUAGES: readonly { id: UiLanguage; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'zh-Hant', label: '繁體中文' },
  { id: 'zh-Hans', label: '简体中文' },
];

/** The interface language the OS asks for: Hong Kong, Taiwan and Macau Chinese get Traditional. */
export function languageFromLocale(locale: string): UiLanguage {
  const lower = locale.toLowerCase();
  if (!lower.startsWith('zh')) return 'en';
  return /hant|hk|tw|mo/.test(lower) ? 'zh-Hant' : 'zh-Hans';
}
