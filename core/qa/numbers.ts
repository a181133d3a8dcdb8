/**
 * The number check: every number in the source appears, by value, in each target. Values come
 * from core/tm/numbers.ts (Han numerals, digits with grouping or full width, Han and English
 * scales: 10億 = 1 billion = 1,000,000,000), so 十 = 10, 1.5萬 = 15,000 and 800萬 = 8 million.
 * A percentage must stay a percentage; a Chinese month number may be a month's name in English.
 */
import type { TargetLangT } from '../api/contract.ts';
import { findNumbers, type NumberToken } from '../tm/numbers.ts';
import { englishWordNumbers } from './english-numbers.ts';
import { issue, type QaCell, type QaIssue, type QaRange } from './types.ts';

export interface QaNumber extends NumberToken {
  percent: boolean;
}

const HAN_NUMERAL_ONLY = /^[零〇一二兩两三四五六七八九十百千萬万億亿兆]+$/u;
const LEADING_UNIT = /^[百千萬万億亿兆]/u;
const ANY_UNIT = /[十百千萬万億亿兆]/u;
/** 十分 (very), 十足 (full), 數十 / 幾十 (dozens of): words and approximations, not figures. */
const WORD_AFTER = /^[分足全]/u;
const APPROXIMATE_BEFORE = /[數数幾几]$/u;

/**
 * Whether a source number must reappear. A lone Han digit is not required: 一 is "a" in
 * 一段視頻, 兩會 is a name, 其一 is "first"; nor are two digits side by side, an estimate
 * (三四個 is "three or four"). Han numerals with a unit (十, 二十五, 三千) and positional runs
 * (二〇二五) are figures, and so is anything written in digits.
 */
function isFigure(source: string, token: NumberToken): boolean {
  if (!HAN_NUMERAL_ONLY.test(token.text)) return true;
  if (LEADING_UNIT.test(token.text)) return false;
  if (!ANY_UNIT.test(token.text) && token.text.length < 3 && !/[〇零]/u.test(token.text)) return false;
  if (token.text === '十' && WORD_AFTER.test(source.slice(token.end))) return false;
  return !APPROXIMATE_BEFORE.test(source.slice(0, token.start));
}

const PERCENT_AFTER = /^\s?(?:[%％]|per\s?cent\b|percent\b)/iu;
const PERCENT_BEFORE = /百分之$/u;

function withPercent(text: string, token: NumberToken): QaNumber {
  const percent = PERCENT_AFTER.test(text.slice(token.end)) || PERCENT_BEFORE.test(text.slice(0, token.start));
  return { ...token, percent };
}

/** The numbers a source requires in its translations. */
export function sourceNumbers(source: string): QaNumber[] {
  return findNumbers(source).filter((token) => isFigure(source, token)).map((token) => withPercent(source, token));
}

// "HK$1bn", "US$3m": news shorthand for billion and (after a currency sign) million.
const BILLION_AFTER = /^\s?bn\b/iu;
const MILLION_AFTER = /^\s?(?:mn|m)\b/u;
const CURRENCY_BEFORE = /[$£€¥]\s?$/u;
// "2025-26" is the second year of a span: 2026.
const YEAR_SPAN_BEFORE = /(\d{2})\d{2}\s?[-–/]\s?$/u;

/** English shorthand around a digit token: a scale suffix, or the short second year of a span. */
function englishValue(text: string, token: NumberToken): number {
  const after = text.slice(token.end);
  const before = text.slice(0, token.start);
  if (BILLION_AFTER.test(after)) return token.value * 1e9;
  if (MILLION_AFTER.test(after) && CURRENCY_BEFORE.test(before)) return token.value * 1e6;
  const century = YEAR_SPAN_BEFORE.exec(before)?.[1];
  if (century !== undefined && /^\d{2}$/u.test(token.text)) return Number(century) * 100 + token.value;
  return token.value;
}

/** Every number a target writes, in digits, Han numerals or (in English) words. */
export function targetNumbers(target: string, lang: TargetLangT): QaNumber[] {
  const tokens = findNumbers(target);
  if (lang === 'zh-Hans') return tokens.map((token) => withPercent(target, token));
  return [...tokens.map((token) => ({ ...token, value: englishValue(target, token) })), ...englishWordNumbers(target)].map((token) =>
    withPercent(target, token),
  );
}

const same = (a: number, b: number) => Math.abs(a - b) <= Math.abs(a) * 1e-9;

const SCALE_NAMES: Record<TargetLangT, readonly (readonly [number, string])[]> = {
  en: [[1e12, ' trillion'], [1e9, ' billion'], [1e6, ' million']],
  'zh-Hans': [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']],
};

/**
 * A value as the translation would write it, which is what the translator looks for: 1,000,000,000
 * as "1 billion" in English and "10亿" in Simplified; 1500 as "1,500". Shown in every interface language.
 */
function describeValue(value: number, lang: TargetLangT): string {
  for (const [scale, name] of SCALE_NAMES[lang]) {
    if (Math.abs(value) >= scale) return `${Number((value / scale).toPrecision(12))}${name}`;
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

export function checkNumbers(cell: QaCell): QaIssue[] {
  if (cell.target.trim() === '') return [];
  const found = targetNumbers(cell.target, cell.lang);
  const missing = new Map<string, { number: QaNumber; ranges: QaRange[]; asPlain: boolean }>();
  for (const number of sourceNumbers(cell.source)) {
    const matches = found.filter((t) => same(t.value, number.value));
    if (matches.some((t) => t.percent || !number.percent)) continue;
    const key = `${number.value}${number.percent ? '%' : ''}`;
    const entry = missing.get(key) ?? { number, ranges: [], asPlain: matches.length > 0 };
    entry.ranges.push({ start: number.start, end: number.end });
    missing.set(key, entry);
  }
  return [...missing.entries()].map(([key, { number, ranges, asPlain }]) => {
    const shown = `${describeValue(number.value, cell.lang)}${number.percent ? '%' : ''}`;
    const params = { number: number.text, value: shown };
    return issue('numbers', 'error', cell.lang, key, { code: asPlain ? 'percentWithoutSign' : 'numberMissing', params }, { sourceRanges: ranges });
  });
}
