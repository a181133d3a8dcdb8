import { describe, expect, it } from 'vitest';
import { draftSimplified } from '../../../core/simplified/draft.ts';
import { findTraditionalLeft } from '../../../core/simplified/leftover-traditional.ts';
import { STARTER_VOCABULARY } from '../../../core/simplified/starter-vocabulary.ts';
import { checkVocabularyPair, compileVocabulary } from '../../../core/simplified/vocabulary.ts';

const vocabulary = compileVocabulary(STARTER_VOCABULARY);

describe('the starter vocabulary', () => {
  it('lists each phrase once, in the form it is matched in, each with a note', () => {
    const phrases = STARTER_VOCABULARY.map((term) => term.traditional);
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const term of STARTER_VOCABULARY) {
      expect(checkVocabularyPair(term.traditional, term.simplified)).toEqual({ traditional: term.traditional, simplified: term.simplified });
      expect(term.note.length, term.traditional).toBeGreaterThan(10);
    }
  });

  it('has Simplified sides that are wholly Simplified', () => {
    for (const term of STARTER_VOCABULARY) expect(findTraditionalLeft(term.simplified), term.simplified).toEqual([]);
  });

  it('drafts each phrase, standing alone, to its own entry: none is shadowed by another', () => {
    for (const term of STARTER_VOCABULARY) {
      const draft = draftSimplified(term.traditional, { variant: 'hk', vocabulary });
      expect(draft.text, term.traditional).toBe(term.simplified);
      expect(draft.spans, term.traditional).toHaveLength(1);
    }
  });

  it('has guards that each keep their example right, which goes wrong without them', () => {
    const guards = STARTER_VOCABULARY.filter((t) => t.note.startsWith('guard:'));
    expect(guards.length).toBeGreaterThan(5);
    for (const guard of guards) {
      const example = /\(([^)]+)\)$/u.exec(guard.note)?.[1] ?? '';
      expect(example, guard.traditional).toContain(guard.traditional);
      const without = compileVocabulary(STARTER_VOCABULARY.filter((t) => t !== guard));
      const kept = draftSimplified(example, { variant: 'hk', vocabulary }).text;
      expect(kept, example).not.toBe(draftSimplified(example, { variant: 'hk', vocabulary: without }).text);
      expect(findTraditionalLeft(kept), example).toEqual([]);
    }
  });

  it('turns typical Hong Kong news sentences into mainland wording', () => {
    const draft = (text: string) => draftSimplified(text, { variant: 'hk', vocabulary }).text;
    expect(draft('的士司機在巴士站旁邊等私家車。')).toBe('出租车司机在公交车站旁边等私家车。');
    expect(draft('雪櫃和冷氣機放在升降機旁')).toBe('冰箱和空调放在电梯旁');
    expect(draft('違例停泊車輛會被檢控')).toBe('违例停泊车辆会被检控');
    expect(draft('這段記憶體現了市民的士氣')).toBe('这段记忆体现了市民的士气');
    expect(draft('收入息息相關')).toBe('收入息息相关');
  });
});
