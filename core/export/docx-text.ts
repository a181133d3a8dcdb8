/**
 * Fonts, languages and styles shared by the DOCX exports. Chinese runs name their
 * East Asian font (w:eastAsia) and language, because Han characters shared by Traditional
 * and Simplified text are drawn differently in a TC and an SC font.
 */
import { Tab, TextRun, type IRunOptions, type IStylesOptions } from 'docx';
import type { TargetLangT } from '../api/contract.ts';
import { xmlSafe } from './escape.ts';

export type TextLang = TargetLangT | 'source';

export interface DocxFonts {
  latin: string;
  traditional: string;
  simplified: string;
}

/** Fonts every Windows machine has; LibreOffice and Word on a Mac substitute by the run's language. */
export const DEFAULT_FONTS: DocxFonts = {
  latin: 'Arial',
  traditional: 'Microsoft JhengHei',
  simplified: 'Microsoft YaHei',
};

/**
 * Word's language per column. w:eastAsia covers the Han text (HK or mainland forms); w:val covers
 * Latin script, which in Chinese cells is names and terms such as DeepSeek: as English they wrap at
 * word boundaries, not between letters. English is British, as written in Hong Kong.
 */
const WORD_LANGUAGE: Record<TextLang, { value: string; eastAsia: string }> = {
  source: { value: 'en-GB', eastAsia: 'zh-HK' },
  'zh-Hans': { value: 'en-GB', eastAsia: 'zh-CN' },
  en: { value: 'en-GB', eastAsia: 'zh-HK' },
};

export function fontsFor(lang: TextLang, fonts: DocxFonts) {
  const latin = { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin };
  if (lang === 'en') return { ...latin, eastAsia: fonts.traditional };
  // The hint puts ambiguous characters such as “ ” into the Chinese font, as Word does for typed Chinese.
  return { ...latin, eastAsia: lang === 'source' ? fonts.traditional : fonts.simplified, hint: 'eastAsia' };
}

/**
 * Text as a DOCX holds it: no characters XML cannot carry, and every line break one w:br.
 * The review import compares cells in this form.
 */
export function asWordText(text: string): string {
  return xmlSafe(text).replace(/\r\n?/gu, '\n');
}

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break' | 'font' | 'language' | 'style'>;

/**
 * Each language's fonts and proofing language live in a character style that its runs name
 * (w:rStyle): the same w:rFonts w:eastAsia as on every run, written once, which keeps a
 * 5,000-row table small and quick to build.
 */
export const CHARACTER_STYLE: Record<TextLang, string> = { source: 'WbSource', en: 'WbEnglish', 'zh-Hans': 'WbSimplified' };
const STYLE_NAME: Record<TextLang, string> = { source: 'Source (Traditional Chinese)', en: 'English', 'zh-Hans': 'Simplified Chinese' };

/** One run per line of the text: line breaks become w:br and tabs w:tab, so a re-import reads the same text. */
export function textRuns(text: string, lang: TextLang, style: RunStyle = {}): TextRun[] {
  return asWordText(text).split('\n').map(
    (line, index) =>
      new TextRun({
        ...style,
        style: CHARACTER_STYLE[lang],
        break: index === 0 ? undefined : 1,
        children: line.split('\t').flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])),
      }),
  );
}

/** Half-points, as Word measures font sizes. */
export const SIZE = { small: 16, body: 20, heading2: 22, heading1: 24, title: 34 } as const;

export function documentStyles(fonts: DocxFonts): IStylesOptions {
  const font = fontsFor('source', fonts);
  const heading = (size: number) => ({
    run: { font, size, bold: true, color: '1F2937' },
    paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
  });
  return {
    default: {
      document: {
        run: { font, size: SIZE.body, language: WORD_LANGUAGE.source },
        paragraph: { spacing: { after: 60, line: 276 } },
      },
      title: { run: { font, size: SIZE.title, bold: true, color: '111827' }, paragraph: { spacing: { after: 120 } } },
      heading1: heading(SIZE.heading1),
      heading2: heading(SIZE.heading2),
      caption: { run: { font, size: SIZE.small, italics: true, color: '4B5563' } },
    },
    characterStyles: (Object.keys(CHARACTER_STYLE) as TextLang[]).map((lang) => ({
      id: CHARACTER_STYLE[lang],
      name: STYLE_NAME[lang],
      run: { font: fontsFor(lang, fonts), language: WORD_LANGUAGE[lang] },
    })),
  };
}
