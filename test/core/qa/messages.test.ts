import { describe, expect, it } from 'vitest';
import type { CellStatusT, TargetLangT } from '../../../core/api/contract.ts';
import type { GlossaryTerm } from '../../../core/glossary/entry.ts';
import { compileGlossary } from '../../../core/glossary/recognize.ts';
import { placeholderNames } from '../../../core/placeholders.ts';
import { checkCellText, checkParagraphs, type QaOptions } from '../../../core/qa/check.ts';
import { QA_LANGUAGES, QA_MESSAGE_IDS, QA_MESSAGES, qaText, type QaLanguage, type QaMessageId } from '../../../core/qa/messages.ts';
import { REPORT_LABELS } from '../../../core/qa/report-labels.ts';
import type { Speller } from '../../../core/qa/spelling.ts';
import { QA_CHECK_IDS, type QaIssue } from '../../../core/qa/types.ts';
import { findTraditionalLeft } from '../../../core/simplified/leftover-traditional.ts';

const term = (zhHant: string, en: string, zhHans: string, forbidden = false, notes = ''): GlossaryTerm => ({ zhHant, en, zhHans, notes, partOfSpeech: '', forbidden });

/** Knows a few words and suggests "robots" for "robts" only: the speller is not what is tested here. */
const speller: Speller = {
  correct: (word) => ['robots', 'dance', 'the', 'sar', 'government', 'announced'].includes(word.toLowerCase()),
  suggest: (word) => (word === 'robts' ? ['robots'] : []),
};

const options: QaOptions = {
  glossary: compileGlossary([
    term('特區政府', 'the SAR Government', '特区政府'),
    term('機器人', 'robot', '机器人'),
    term('港區人大代表', 'droid', '', true),
    term('港區人大', 'android', '', true, 'outdated'),
  ]),
  spelling: { speller, personal: [] },
  exporting: true,
};

const cell = (source: string, target: string, lang: TargetLangT = 'en', status: CellStatusT = 'draft') => () =>
  checkCellText({ source, target, lang, status }, options);

const document = (rows: readonly [source: string, target: string][]) => () =>
  checkParagraphs(
    rows.map(([source, en], position) => ({ paragraphId: position + 1, position, source, targets: { en: { text: en, status: 'draft' }, 'zh-Hans': { text: '', status: 'empty' } } })),
    options,
    { lang: 'en' },
  ).flatMap((c) => c.issues);

/** One cell (or document) per message: the record's type names every id, so a new message needs a case here. */
const CASES: Record<QaMessageId, () => QaIssue[]> = {
  empty: cell('香港', ' '),
  sameAsSourceEnglish: cell('人工智能', '人工智能'),
  sameAsSourceSimplified: cell('機器人', '機器人', 'zh-Hans'),
  unreviewedAuto: cell('機器人', '机器人', 'zh-Hans', 'auto'),
  numberMissing: cell('預留10億港元', 'sets aside HK$100 million'),
  percentWithoutSign: cell('升幅為56%', 'a rise of 56'),
  traditionalLeft: cell('科技大學', '科技大學', 'zh-Hans'),
  forbiddenTerm: cell('港區人大代表', 'the droid'),
  forbiddenTermNote: cell('港區人大', 'the android'),
  glossaryMissing: cell('特區政府', 'the government'),
  asciiPunctuation: cell('機器人，跳舞', '机器人,跳舞', 'zh-Hans'),
  fullWidthInEnglish: cell('機器人，跳舞', 'robots，dance'),
  ideographicSpaceInEnglish: cell('機器人跳舞', 'robots\u3000dance'),
  fullWidthAndSpaceInEnglish: cell('機器人，跳舞', 'robots，\u3000dance'),
  unbalanced: cell('機器人跳舞', 'robots (dance'),
  endPunctuationDiffers: cell('機器人跳舞。', 'robots dance?'),
  endPunctuationMissing: cell('機器人跳舞。', 'robots dance'),
  endPunctuationExtra: cell('機器人跳舞', 'robots dance.'),
  doubleSpace: cell('機器人跳舞', 'robots  dance'),
  leadingSpace: cell('機器人跳舞', ' robots dance'),
  trailingSpace: cell('機器人跳舞', 'robots dance '),
  leadingTrailingSpace: cell('機器人跳舞', ' robots dance '),
  inconsistentTranslation: document([['機器人跳舞', 'robots dance'], ['機器人跳舞', 'the robots dance']]),
  sharedTranslation: document([['機器人跳舞', 'robots dance'], ['機器人唱歌', 'robots dance']]),
  lengthShort: cell('特區政府今日宣佈新的科技措施。', 'robots'),
  lengthLong: cell('機器人跳舞機器人跳舞機器人跳舞', `robots dance ${'and dance '.repeat(10)}`),
  misspelling: cell('機器人跳舞', 'robots dancs'),
  misspellingSuggestion: cell('機器人跳舞', 'robts dance'),
};

const sorted = (values: Iterable<string>) => [...values].sort();

describe('the QA message catalogue', () => {
  it('has every message in English, Traditional and Simplified Chinese, with the same placeholders', () => {
    for (const language of QA_LANGUAGES) {
      expect(sorted(Object.keys(QA_MESSAGES[language])), language).toEqual(sorted(QA_MESSAGE_IDS));
      for (const id of QA_MESSAGE_IDS) {
        const text = QA_MESSAGES[language][id];
        expect(text.trim(), `${language} ${id}`).not.toBe('');
        expect(sorted(placeholderNames(text)), `${language} ${id}`).toEqual(sorted(placeholderNames(QA_MESSAGES.en[id])));
        // Translated, not copied: the Chinese texts are written in Chinese.
        if (language !== 'en') expect(text, `${language} ${id}`).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('writes the Simplified messages and report labels in Simplified characters', () => {
    for (const catalogue of [QA_MESSAGES['zh-Hans'], REPORT_LABELS['zh-Hans']]) {
      for (const [id, text] of Object.entries(catalogue)) expect(findTraditionalLeft(text).map((l) => l.char), id).toEqual([]);
    }
  });

  it('has every report label in the three languages, with the same placeholders', () => {
    for (const language of QA_LANGUAGES) {
      expect(sorted(Object.keys(REPORT_LABELS[language])), language).toEqual(sorted(Object.keys(REPORT_LABELS.en)));
      for (const [label, text] of Object.entries(REPORT_LABELS[language])) {
        expect(sorted(placeholderNames(text)), `${language} ${label}`).toEqual(sorted(placeholderNames(REPORT_LABELS.en[label as keyof typeof REPORT_LABELS.en])));
      }
    }
  });
});

describe('the messages of the checks', () => {
  const produced = Object.entries(CASES).map(([id, run]) => ({ id, findings: run() }));

  it.each(Object.keys(CASES))('%s: a check says it, with exactly the parameters its text names', (id) => {
    const found = produced.find((p) => p.id === id)!.findings.filter((f) => f.code === id);
    expect(found.length, `no finding with ${id}`).toBeGreaterThan(0);
    for (const finding of found) {
      expect(sorted(Object.keys(finding.params))).toEqual(sorted(placeholderNames(QA_MESSAGES.en[finding.code])));
      expect(finding.message).toBe(qaText(finding, 'en'));
      for (const language of QA_LANGUAGES) {
        const text = qaText(finding, language as QaLanguage);
        expect(text, `${language} ${id}`).not.toMatch(/\{\w+\}/u);
        for (const value of Object.values(finding.params)) expect(text).toContain(value);
      }
    }
  });

  it('covers every check, and the cases name every message id', () => {
    expect(sorted(Object.keys(CASES))).toEqual(sorted(QA_MESSAGE_IDS));
    expect(sorted(new Set(produced.flatMap((p) => p.findings.map((f) => f.check))))).toEqual(sorted(QA_CHECK_IDS));
  });

  it('shows a number in the Chinese interfaces as the translation would write it', () => {
    const [english] = checkCellText({ source: '預留10億港元', target: 'sets aside HK$100 million', lang: 'en', status: 'draft' }).filter((f) => f.check === 'numbers');
    expect(qaText(english!, 'zh-Hant')).toBe('譯文中沒有數字 10億（1 billion）');
    const [simplified] = checkCellText({ source: '預留10億港元', target: '预留1亿港元', lang: 'zh-Hans', status: 'draft' }).filter((f) => f.check === 'numbers');
    expect(simplified).toMatchObject({ code: 'numberMissing', params: { number: '10億', value: '10亿' } });
    expect(qaText(simplified!, 'zh-Hans')).toBe('译文中没有数字 10億（10亿）');
  });
});
