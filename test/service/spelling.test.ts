import { describe, expect, it } from 'vitest';
import type { Api } from '../../core/api/contract.ts';
import { suggestionEdits } from '../../core/qa/spelling.ts';
import { applyFix } from '../../core/qa/types.ts';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';

const term = (zhHant: string, en: string) => ({ projectId: null, zhHant, en });

async function twoParagraphs(api: Api) {
  const document = await api.importText({ title: 'news', text: '特區政府與立法會。\n尖沙咀的商店。' });
  const { paragraphs } = await api.getDocument({ documentId: document.id });
  return { document, ids: paragraphs.map((p) => p.id) as [number, number] };
}

async function misspelt(api: Api, paragraphId: number, text: string): Promise<string[]> {
  const findings = await api.checkCell({ paragraphId, lang: 'en', text });
  return findings.filter((f) => f.check === 'spelling' && f.ignored === null).map((f) => f.key);
}

describe('English spelling with the real dictionary-en, through the contract', () => {
  const tempDir = useTempDir();

  it('flags “Goverment”, suggests “Government”, and the suggestion fixes the cell', async () => {
    const { api } = openBackend(tempDir());
    const { ids } = await twoParagraphs(api);
    const text = 'The Goverment of Hong Kong and the Legislative Council discussed AI, HK$2 billion and https://www.legco.gov.hk today.';
    const [found, ...others] = (await api.checkCell({ paragraphId: ids[0], lang: 'en', text })).filter((f) => f.check === 'spelling');
    expect(others).toEqual([]);
    expect(found).toMatchObject({ key: 'Goverment', severity: 'warning', ranges: [{ start: 4, end: 13 }] });
    expect(found!.suggestions![0]).toBe('Government');
    const fixed = applyFix(text, suggestionEdits(found!, 'Government'));
    expect(fixed).toBe(text.replace('Goverment', 'Government'));
    expect(await misspelt(api, ids[0], fixed)).toEqual([]);
    // A Simplified cell is not spell-checked.
    expect((await api.checkCell({ paragraphId: ids[0], lang: 'zh-Hans', text: 'Goverment' })).map((f) => f.check)).not.toContain('spelling');
  });

  it('accepts the words of the glossary’s English terms', async () => {
    const { api } = openBackend(tempDir());
    const { ids } = await twoParagraphs(api);
    const text = 'Shops in Tsim Sha Tsui.';
    expect(await misspelt(api, ids[1], text)).toEqual(['Tsim', 'Sha', 'Tsui']);
    await api.saveGlossaryEntry(term('尖沙咀', 'Tsim Sha Tsui'));
    expect(await misspelt(api, ids[1], text)).toEqual([]);
    expect(await misspelt(api, ids[1], 'Tsim Sha Tsui’s shops.')).toEqual([]);
  });

  it('keeps a project’s own words across a reopen, for every cell of the project, until removed', async () => {
    const dir = tempDir();
    const backend = openBackend(dir);
    const { document, ids } = await twoParagraphs(backend.api);
    const { projectId } = document;
    await backend.api.saveTarget({ paragraphId: ids[0], lang: 'en', text: 'LegCo met in Lantau.' });
    await backend.api.saveTarget({ paragraphId: ids[1], lang: 'en', text: 'Lantau shops.' });
    expect((await backend.api.checkDocument({ documentId: document.id })).findings.filter((f) => f.check === 'spelling').map((f) => f.paragraphId)).toEqual(ids);

    expect(await backend.api.addSpellingWord({ projectId, word: ' lantau ' })).toEqual({ added: true });
    expect(await backend.api.addSpellingWord({ projectId, word: 'LANTAU' })).toEqual({ added: false });
    expect((await backend.api.checkDocument({ documentId: document.id })).findings.filter((f) => f.check === 'spelling')).toEqual([]);
    backend.store.close();

    const reopened = openBackend(dir);
    expect((await reopened.api.listSpellingWords({ projectId })).map((w) => w.word)).toEqual(['lantau']);
    expect(await misspelt(reopened.api, ids[1], 'Lantau shops.')).toEqual([]);
    expect(await reopened.api.removeSpellingWord({ projectId, word: 'Lantau' })).toEqual({ removed: true });
    expect(await reopened.api.removeSpellingWord({ projectId, word: 'Lantau' })).toEqual({ removed: false });
    expect(await misspelt(reopened.api, ids[1], 'Lantau shops.')).toEqual(['Lantau']);
    reopened.store.close();
  });

  it('ignores a misspelling in one paragraph only, through the ignore mechanism', async () => {
    const { api } = openBackend(tempDir());
    const { ids } = await twoParagraphs(api);
    for (const id of ids) await api.saveTarget({ paragraphId: id, lang: 'en', text: 'Tuen Mun.' });
    await api.ignoreWarning({ paragraphId: ids[0], lang: 'en', check: 'spelling', key: 'Tuen', reason: 'A district name' });
    expect(await misspelt(api, ids[0], 'Tuen Mun.')).toEqual([]);
    expect(await misspelt(api, ids[1], 'Tuen Mun.')).toEqual(['Tuen']);
  });

  it('refuses what is not one word, or a project that does not exist, and saves nothing', async () => {
    const { api } = openBackend(tempDir());
    const { document } = await twoParagraphs(api);
    const { projectId } = document;
    await expect(api.addSpellingWord({ projectId, word: 'Tsim Sha' })).rejects.toThrow('“Tsim Sha” is not one word');
    await expect(api.addSpellingWord({ projectId, word: 'co-operate' })).rejects.toThrow('not one word');
    await expect(api.addSpellingWord({ projectId, word: '   ' })).rejects.toThrow('There is no word to add to the dictionary');
    await expect(api.addSpellingWord({ projectId, word: 'a'.repeat(101) })).rejects.toThrow('at most 100 characters');
    await expect(api.addSpellingWord({ projectId: projectId + 1, word: 'Lantau' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: `Project ${projectId + 1} does not exist` });
    await expect(api.listSpellingWords({ projectId: projectId + 1 })).rejects.toThrow('does not exist');
    expect(await api.listSpellingWords({ projectId })).toEqual([]);
  });
});
