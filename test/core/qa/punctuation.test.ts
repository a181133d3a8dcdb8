import { describe, expect, it } from 'vitest';
import type { TargetLangT } from '../../../core/api/contract.ts';
import { checkBrackets } from '../../../core/qa/brackets.ts';
import { checkAsciiPunctuation, checkEndPunctuation, checkFullWidthInEnglish } from '../../../core/qa/punctuation.ts';
import { applyFix, type QaCell } from '../../../core/qa/types.ts';

const cell = (source: string, target: string, lang: TargetLangT): QaCell => ({ source, target, lang, status: 'draft' });

describe('ASCII punctuation in Simplified Chinese', () => {
  it('flags a comma or colon between Chinese characters and fixes it in one click', () => {
    const target = '机器人本体由杭州宇树科技打造,操控它的大脑 : 另一家企业。';
    const found = checkAsciiPunctuation(cell('', target, 'zh-Hans'));
    expect(found.map((i) => i.key)).toEqual([',', ':']);
    expect(found[0]!.ranges).toEqual([{ start: 14, end: 15 }]);
    const fixed = found.reduce((text, i) => applyFix(text, i.fix!), target);
    expect(fixed).toBe('机器人本体由杭州宇树科技打造，操控它的大脑：另一家企业。');
    expect(checkAsciiPunctuation(cell('', fixed, 'zh-Hans'))).toEqual([]);
  });

  it('leaves ASCII punctuation between digits or Latin words, and English cells', () => {
    expect(checkAsciiPunctuation(cell('', '共1,000人，使用AI, ML等技术', 'zh-Hans'))).toEqual([]);
    expect(checkAsciiPunctuation(cell('', '机器人,动作', 'en'))).toEqual([]);
  });
});

describe('Chinese punctuation in English', () => {
  it('flags full-width punctuation and ideographic spaces with an English fix', () => {
    const target = 'The robot，built in Hangzhou。\u3000It dances';
    const [found] = checkFullWidthInEnglish(cell('', target, 'en'));
    expect(found).toMatchObject({ check: 'full-width-in-english', severity: 'warning' });
    expect(found!.ranges).toHaveLength(3);
    expect(applyFix(target, found!.fix!)).toBe('The robot, built in Hangzhou. It dances');
  });

  it('offers no fix for book-title marks, whose English form is an editor’s choice', () => {
    const [found] = checkFullWidthInEnglish(cell('', 'The 《Budget》 says', 'en'));
    expect(found!.fix).toBeNull();
  });

  it('passes English punctuation, curly quotes included', () => {
    expect(checkFullWidthInEnglish(cell('', 'The “brain”, he said: it works… (really).', 'en'))).toEqual([]);
  });
});

describe('balanced brackets and quotes', () => {
  it('flags an opening mark never closed and a closing mark never opened', () => {
    const [found] = checkBrackets(cell('他說「好」。', '他说「好。', 'zh-Hans'));
    expect(found).toMatchObject({ check: 'unbalanced', key: '「', ranges: [{ start: 2, end: 3 }] });
    expect(checkBrackets(cell('（完）', 'The end)', 'en'))[0]!.key).toBe(')');
    expect(checkBrackets(cell('“好”', 'He said "good.', 'en'))[0]!.key).toBe('"');
  });

  it('passes balanced and nested pairs, in either script', () => {
    expect(checkBrackets(cell('「《預算案》」', '“the Budget (2025)”', 'en'))).toEqual([]);
    expect(checkBrackets(cell('「《預算案》」', '“《预算案》”', 'zh-Hans'))).toEqual([]);
  });

  it('does not flag a quotation that the source also leaves open (it runs on in the next paragraph)', () => {
    expect(checkBrackets(cell('他說：「我們會繼續努力。', '“We will keep working.', 'en'))).toEqual([]);
  });
});

describe('end punctuation', () => {
  it('flags a translation that ends differently from its source, with a fix', () => {
    const [found] = checkEndPunctuation(cell('香港如何發展？', 'How Hong Kong develops.', 'en'));
    expect(found).toMatchObject({ key: '?>.', severity: 'info' });
    expect(applyFix('How Hong Kong develops.', found!.fix!)).toBe('How Hong Kong develops?');
    const [missing] = checkEndPunctuation(cell('機器人熱舞。', '机器人热舞', 'zh-Hans'));
    expect(applyFix('机器人热舞', missing!.fix!)).toBe('机器人热舞。');
  });

  it('passes corresponding ends, looking through closing quotes, and headings without any', () => {
    expect(checkEndPunctuation(cell('他說「好。」', 'He said “Good.”', 'en'))).toEqual([]);
    expect(checkEndPunctuation(cell('認清優勢和短板', 'Know the strengths and weaknesses', 'en'))).toEqual([]);
    expect(checkEndPunctuation(cell('還有……', 'And more...', 'en'))).toEqual([]);
  });
});
