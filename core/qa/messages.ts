/**
 * What each QA finding says, in every interface language. A finding carries a message id and
 * its parameters (`{ code: 'numberMissing', params: { number: '10億', value: '1 billion' } }`);
 * the interface shows it in its current language (renderer/src/i18n/qa-findings.ts registers
 * this catalogue), and the English text goes with the finding for the CLI and for scripts.
 * Parameters are text from the cells, figures, or a value as the target language writes it (numbers.ts).
 */
import { fillPlaceholders, type Placeholders } from '../placeholders.ts';

export const QA_LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type QaLanguage = (typeof QA_LANGUAGES)[number];

const en = {
  empty: 'The translation is empty',
  sameAsSourceEnglish: 'The English cell holds the Chinese source, untranslated',
  sameAsSourceSimplified: 'The Simplified cell is a copy of the Traditional source',
  unreviewedAuto: 'The Simplified cell is still the machine draft: nobody has reviewed it',
  numberMissing: 'The number {number} ({value}) is not in the translation',
  percentWithoutSign: 'The percentage {number} ({value}) appears in the translation without a percent sign',
  traditionalLeft: 'Traditional characters in the Simplified cell: {chars}',
  forbiddenTerm: 'Forbidden term “{term}” for {source}',
  forbiddenTermNote: 'Forbidden term “{term}” for {source} ({notes})',
  glossaryMissing: 'Glossary: {term} should be translated as “{expected}”',
  asciiPunctuation: 'ASCII "{mark}" between Chinese characters: Simplified Chinese uses "{fullWidth}"',
  fullWidthInEnglish: 'Chinese punctuation in English: {chars}',
  ideographicSpaceInEnglish: 'Ideographic (full-width) space in English',
  fullWidthAndSpaceInEnglish: 'Chinese punctuation and ideographic (full-width) space in English: {chars}',
  unbalanced: 'Unbalanced brackets or quotes: {chars}',
  endPunctuationDiffers: 'The source ends with "{source}", the translation with "{target}"',
  endPunctuationMissing: 'The source ends with "{source}", the translation with no end punctuation',
  endPunctuationExtra: 'The source ends with no end punctuation, the translation with "{target}"',
  doubleSpace: 'Two or more spaces in a row',
  leadingSpace: 'The translation has leading space',
  trailingSpace: 'The translation has trailing space',
  leadingTrailingSpace: 'The translation has leading and trailing space',
  inconsistentTranslation: 'The same source is translated differently in paragraph {paragraphs}: “{translation}”',
  sharedTranslation: 'Paragraph {paragraphs} has a different source but the same translation',
  lengthShort: 'The translation is unusually short: {ratio} times the source length (expected {min}–{max})',
  lengthLong: 'The translation is unusually long: {ratio} times the source length (expected {min}–{max})',
  misspelling: 'Possible misspelling “{word}”',
  misspellingSuggestion: 'Possible misspelling “{word}”; did you mean “{suggestion}”?',
} as const;

export type QaMessageId = keyof typeof en;
export const QA_MESSAGE_IDS = Object.keys(en) as [QaMessageId, ...QaMessageId[]];

/** A message id with exactly the parameters its English text names, checked where a finding is made. */
export type QaMessage = { [Id in QaMessageId]: { code: Id; params: Record<Placeholders<(typeof en)[Id]>, string> } }[QaMessageId];

export const QA_MESSAGES: Record<QaLanguage, Record<QaMessageId, string>> = {
  en,
  'zh-Hant': {
    empty: '譯文是空的',
    sameAsSourceEnglish: '英文儲存格仍是中文原文，未翻譯',
    sameAsSourceSimplified: '簡體儲存格照抄了繁體原文',
    unreviewedAuto: '簡體儲存格仍是機器初稿：尚未有人審閱',
    numberMissing: '譯文中沒有數字 {number}（{value}）',
    percentWithoutSign: '百分比 {number}（{value}）在譯文中沒有百分號',
    traditionalLeft: '簡體儲存格中有繁體字：{chars}',
    forbiddenTerm: '禁用譯法：{source} 不得譯作「{term}」',
    forbiddenTermNote: '禁用譯法：{source} 不得譯作「{term}」（{notes}）',
    glossaryMissing: '詞彙表：{term} 應譯作「{expected}」',
    asciiPunctuation: '中文字之間有半形「{mark}」：簡體中文應用「{fullWidth}」',
    fullWidthInEnglish: '英文中有中文標點「{chars}」',
    ideographicSpaceInEnglish: '英文中有全形空格',
    fullWidthAndSpaceInEnglish: '英文中有中文標點「{chars}」和全形空格',
    unbalanced: '括號或引號不成對：{chars}',
    endPunctuationDiffers: '原文以「{source}」結尾，譯文卻以「{target}」結尾',
    endPunctuationMissing: '原文以「{source}」結尾，譯文卻沒有結尾標點',
    endPunctuationExtra: '原文沒有結尾標點，譯文卻以「{target}」結尾',
    doubleSpace: '連續兩個或以上的空格',
    leadingSpace: '譯文開頭有空格',
    trailingSpace: '譯文結尾有空格',
    leadingTrailingSpace: '譯文開頭和結尾都有空格',
    inconsistentTranslation: '相同的原文在第 {paragraphs} 段有不同譯法：「{translation}」',
    sharedTranslation: '第 {paragraphs} 段的原文不同，譯文卻相同',
    lengthShort: '譯文異常地短：長度是原文的 {ratio} 倍（預期 {min}–{max} 倍）',
    lengthLong: '譯文異常地長：長度是原文的 {ratio} 倍（預期 {min}–{max} 倍）',
    misspelling: '可能拼錯了「{word}」',
    misspellingSuggestion: '可能拼錯了「{word}」；是否應為「{suggestion}」？',
  },
  'zh-Hans': {
    empty: '译文是空的',
    sameAsSourceEnglish: '英文单元格仍是中文原文，未翻译',
    sameAsSourceSimplified: '简体单元格照抄了繁体原文',
    unreviewedAuto: '简体单元格仍是机器初稿：尚未有人审阅',
    numberMissing: '译文中没有数字 {number}（{value}）',
    percentWithoutSign: '百分比 {number}（{value}）在译文中没有百分号',
    traditionalLeft: '简体单元格中有繁体字：{chars}',
    forbiddenTerm: '禁用译法：{source} 不得译作“{term}”',
    forbiddenTermNote: '禁用译法：{source} 不得译作“{term}”（{notes}）',
    glossaryMissing: '术语表：{term} 应译作“{expected}”',
    asciiPunctuation: '汉字之间有半角“{mark}”：简体中文应使用“{fullWidth}”',
    fullWidthInEnglish: '英文中有中文标点“{chars}”',
    ideographicSpaceInEnglish: '英文中有全角空格',
    fullWidthAndSpaceInEnglish: '英文中有中文标点“{chars}”和全角空格',
    unbalanced: '括号或引号不成对：{chars}',
    endPunctuationDiffers: '原文以“{source}”结尾，译文却以“{target}”结尾',
    endPunctuationMissing: '原文以“{source}”结尾，译文却没有结尾标点',
    endPunctuationExtra: '原文没有结尾标点，译文却以“{target}”结尾',
    doubleSpace: '连续两个或以上的空格',
    leadingSpace: '译文开头有空格',
    trailingSpace: '译文结尾有空格',
    leadingTrailingSpace: '译文开头和结尾都有空格',
    inconsistentTranslation: '相同的原文在第 {paragraphs} 段有不同译法：“{translation}”',
    sharedTranslation: '第 {paragraphs} 段的原文不同，译文却相同',
    lengthShort: '译文异常地短：长度是原文的 {ratio} 倍（预期 {min}–{max} 倍）',
    lengthLong: '译文异常地长：长度是原文的 {ratio} 倍（预期 {min}–{max} 倍）',
    misspelling: '可能拼错了“{word}”',
    misspellingSuggestion: '可能拼错了“{word}”；是否应为“{suggestion}”？',
  },
};

/** A finding's message in one language. */
export function qaText(message: { code: QaMessageId; params: Readonly<Record<string, string>> }, language: QaLanguage): string {
  return fillPlaceholders(QA_MESSAGES[language][message.code], message.params);
}
