import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CellStatusT, TargetLangT } from '../../core/api/contract.ts';
import { Store } from '../../db/store.ts';
import { useTempDir } from '../support/temp.ts';

const T0 = '2026-03-02T09:00:00.000Z';
const T1 = '2026-03-02T09:20:00.000Z';
const T2 = '2026-03-02T09:40:00.000Z';

const paragraphs = (sources: string[]) => sources.map((source) => ({ source, kind: 'body' as const, zhHansDraft: source }));

describe('the revisions repository: changes since translation', () => {
  const tempDir = useTempDir();

  it('lists only the asked document’s cells, in reading order, each against its newest translated revision', () => {
    const store = Store.open(join(tempDir(), 'revisions.sqlite'));
    const first = store.documents.create('one', paragraphs(['甲。', '乙。']), T0);
    const second = store.documents.create('two', paragraphs(['丙。']), T0);
    const [a, b] = store.documents.paragraphsOf(first).map((p) => p.id);
    const [c] = store.documents.paragraphsOf(second).map((p) => p.id);
    const write = (id: number, lang: TargetLangT, text: string, status: CellStatusT, at: string) =>
      store.targets.write(id, lang, { text, status, updatedAt: at });

    write(b!, 'zh-Hans', '乙。', 'translated', T0);
    write(b!, 'zh-Hans', '乙!', 'draft', T1);
    write(a!, 'en', 'A, first.', 'translated', T0);
    write(a!, 'en', 'A, second.', 'draft', T1);
    write(a!, 'en', 'A, second.', 'translated', T1);
    write(a!, 'en', 'A, third.', 'draft', T2);
    write(c!, 'en', 'C.', 'translated', T0);
    write(c!, 'en', 'C, edited.', 'draft', T1);

    expect(store.revisions.changedSinceTranslation(first)).toEqual([
      { paragraphId: a, lang: 'en', translatedText: 'A, second.', currentText: 'A, third.', translatedAt: T1 },
      { paragraphId: b, lang: 'zh-Hans', translatedText: '乙。', currentText: '乙!', translatedAt: T0 },
    ]);
    expect(store.revisions.changedSinceTranslation(second).map((change) => change.paragraphId)).toEqual([c]);
    store.close();
  });
});
