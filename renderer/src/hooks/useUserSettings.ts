import { useEffect, useMemo } from 'react';
import type { Theme } from '../components/Toolbar.tsx';
import { languageFromLocale, translator, type UiLanguage } from '../i18n/index.ts';
import { parseBindings, type KeyBindings } from '../shortcuts.ts';
import { usePreference } from './usePreference.ts';

/** The person's interface settings (language, theme, text size, key bindings), applied to the page. */
export function useUserSettings() {
  const [language, setLanguage] = usePreference<UiLanguage>('language', languageFromLocale(navigator.language));
  const [theme, setTheme] = usePreference<Theme>('theme', 'system');
  const [fontSize, setFontSize] = usePreference<number>('fontSize', 15);
  const [storedBindings, setStoredBindings] = usePreference<string>('bindings', '{}');
  const bindings = useMemo(() => parseBindings(storedBindings), [storedBindings]);
  const t = useMemo(() => translator(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.setProperty('--text-size', `${fontSize}px`);
  }, [language, theme, fontSize]);

  const setBindings = (changed: KeyBindings) => setStoredBindings(JSON.stringify(changed));
  return { language, setLanguage, theme, setTheme, fontSize, setFontSize, bindings, setBindings, t };
}
