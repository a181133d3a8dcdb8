/**
 * Numbers in Chinese and English text, by value: 十 = 10, 10億 = 1,000,000,000, 1,000 = 1000,
 * 二〇二四 = 2024. Used to tell a match that differs only in numbers and to carry the new
 * numbers into its translation.
 */
export interface NumberToken {
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  text: string;
  value: number;
}

const DIGIT = '0-9\uff10-\uff19';
const HAN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };
const SCALES = '十百千萬万億亿兆';
const ENGLISH_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

// Arabic digits (full-width too) with grouping and decimals, optionally scaled by Han units (10億, 3.5萬);
// or a run of Han numerals that holds a digit or 十 (so 萬一 and 千萬 alone are words, not numbers).
const NUMBER = new RegExp(
  `[${DIGIT}]+(?:[,，][${DIGIT}]{3})*(?:[.．][${DIGIT}]+)?(?:[${SCALES}]+|\\s(?:thousand|million|billion|trillion)\\b)?` +
    `|[零〇一二兩两三四五六七八九十百千萬万億亿兆]*[零〇一二兩两三四五六七八九十][零〇一二兩两三四五六七八九十百千萬万億亿兆]*`,
  'gu',
);

function asciiDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The value of a Han numeral: positional (二〇二四) or with units (三億五千萬, 十二, 一千零五). */
export function parseHanNumeral(text: string): number {
  if (![...text].some((c) => c in SMALL_UNITS || c in LARGE_UNITS)) {
    return Number([...text].map((c) => HAN_DIGITS[c] ?? 0).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  for (const c of text) {
    if (c in HAN_DIGITS) {
      digit = HAN_DIGITS[c]!;
      sawDigit = true;
    } else if (c in SMALL_UNITS) {
      // 十 alone or at the start means one ten (十二 = 12).
      section += (sawDigit ? digit : 1) * SMALL_UNITS[c]!;
      digit = 0;
      sawDigit = false;
    } else {
      const unit = LARGE_UNITS[c]!;
      if (unit === 1e4) total += (section + digit) * unit;
      else total = (total + section + digit) * unit;
      section = 0;
      digit = 0;
      sawDigit = false;
    }
  }
  return total + section + digit;
}

const HAN_ONLY = /^[零〇一二兩两三四五六七八九十百千萬万億亿兆]+$/u;

/** An Arabic-digit token as its digits and its scale suffix ('億', ' billion', or ''). */
function splitScale(text: string): { digits: string; suffix: string; scale: number } {
  const at = text.search(new RegExp(`[${SCALES}]|\\s`, 'u'));
  if (at < 0) return { digits: text, suffix: '', scale: 1 };
  const suffix = text.slice(at);
  const scale = ENGLISH_SCALES[suffix.trim()] ?? [...suffix].reduce((f, c) => f * (SMALL_UNITS[c] ?? LARGE_UNITS[c] ?? 1), 1);
  return { digits: text.slice(0, at), suffix, scale };
}

function parseToken(text: string): number {
  if (HAN_ONLY.test(text)) return parseHanNumeral(text);
  const { digits, scale } = splitScale(text);
  return Number(asciiDigits(digits).replace(/[,，]/gu, '')) * scale;
}

export function findNumbers(text: string): NumberToken[] {
  return [...text.matchAll(NUMBER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    value: parseToken(m[0]),
  }));
}

const HAN_TRAD = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0 < n < 100,000,000 in Han numerals with units (十二, 三千零五, 四萬五千). */
function hanNumeral(n: number, simplified: boolean): string {
  const below10k = (v: number): string => {
    let out = '';
    let zero = false;
    for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const d = Math.floor(v / unit) % 10;
      if (d === 0) {
        zero = out !== '';
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += (d === 1 && unit === 10 && out === '' ? '' : HAN_TRAD[d]) + name;
    }
    return out;
  };
  const high = Math.floor(n / 1e4);
  const low = n % 1e4;
  if (high === 0) return below10k(low);
  const lowText = low === 0 ? '' : (low < 1000 ? '零' : '') + below10k(low);
  return below10k(high) + (simplified ? '万' : '萬') + lowText;
}

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/gu, separator);
}

/**
 * Writes value in the style of an existing token (grouping, full-width digits, a Han scale such as
 * 億/亿, or Han numerals), or returns null when that style cannot express it exactly.
 */
export function formatLike(sample: NumberToken, value: number): string | null {
  const text = sample.text;
  if (HAN_ONLY.test(text)) {
    if (!Number.isInteger(value) || value <= 0 || value >= 1e8) return null;
    if (![...text].some((c) => c in SMALL_UNITS || c in LARGE_UNITS)) {
      return [...String(value)].map((d) => (text.includes('〇') ? '〇一二三四五六七八九' : '零一二三四五六七八九')[Number(d)]).join('');
    }
    return hanNumeral(value, /[万亿两]/u.test(text));
  }
  const { suffix, scale } = splitScale(text);
  const base = value / scale;
  const decimals = /[.．](\d+)/u.exec(asciiDigits(text))?.[1]?.length ?? 0;
  if (Math.abs(Number(base.toFixed(Math.max(decimals, 2))) - base) > 1e-9 || base < 0) return null;
  const [whole = '', fraction] = String(Number(base.toFixed(Math.max(decimals, 2)))).split('.');
  const separator = /[,，]/u.exec(text)?.[0];
  let out = (separator ? group(whole, separator) : whole) + (fraction ? `.${fraction}` : '');
  if (/[\uff10-\uff19]/u.test(text)) out = out.replace(/[0-9.]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return out + suffix;
}

/**
 * The translation with each changed number replaced, or null when that is not safe: a changed
 * number must appear exactly once in the translation, no two changed numbers may share a value,
 * and the translation's style must be able to write the new value.
 */
export function substituteNumbers(translation: string, before: readonly number[], after: readonly number[]): string | null {
  if (before.length !== after.length) return null;
  const changes = before.map((from, i) => ({ from, to: after[i]! })).filter((c) => c.from !== c.to);
  if (changes.length === 0) return translation;
  if (new Set(changes.map((c) => c.from)).size !== changes.length) return null;
  const tokens = findNumbers(translation);
  const edits: { token: NumberToken; text: string }[] = [];
  for (const change of changes) {
    const hits = tokens.filter((t) => t.value === change.from);
    if (hits.length !== 1) return null;
    const text = formatLike(hits[0]!, change.to);
    if (text === null) return null;
    edits.push({ token: hits[0]!, text });
  }
  edits.sort((a, b) => b.token.start - a.token.start);
  return edits.reduce((out, e) => out.slice(0, e.token.start) + e.text + out.slice(e.token.end), translation);
}
