import { describe, expect, it } from 'vitest';
import type { Api } from '../../core/api/contract.ts';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';

const BRITISH = 'The colour of the organisation’s programme, at the centre of the Labour licence.';
const AMERICAN = 'The color of the organization’s program, at the center of the labor license.';

async function oneParagraph(api: Api) {
  const document = await api.importText({ title: 'news', text: '特區政府推出新計劃。' });
  const { paragraphs } = await api.getDocument({ documentId: document.id });
  return { document, paragraphId: paragraphs[0]!.id };
}

async function misspelt(api: Api, paragraphId: number, text: string): Promise<string[]> {
  const findings = await api.checkCell({ paragraphId, lang: 'en', text });
  return findings.filter((f) => f.check === 'spelling').map((f) => f.key);
}

describe('the English spelling variant of a project, with the real dictionary-en-gb and dictionary-en', () => {
  const tempDir = useTempDir();

  it('checks British spelling by default, and American once the project is set to en-US', async () => {
    const { api } = openBackend(tempDir());
    const { document, paragraphId } = await oneParagraph(api);
    const { projectId } = document;
    expect(await api.getSpellingVariant({ projectId })).toEqual({ variant: 'en-GB' });
    expect(await misspelt(api, paragraphId, BRITISH)).toEqual([]);
    expect(await misspelt(api, paragraphId, AMERICAN)).toEqual(['color', 'organization’s', 'center', 'labor']);

    expect(await api.setSpellingVariant({ projectId, variant: 'en-US' })).toEqual({ variant: 'en-US' });
    expect(await api.getSpellingVariant({ projectId })).toEqual({ variant: 'en-US' });
    expect(await misspelt(api, paragraphId, AMERICAN)).toEqual([]);
    expect(await misspelt(api, paragraphId, BRITISH)).toEqual(['colour', 'organisation’s', 'programme', 'centre', 'Labour', 'licence']);
    const [colour] = (await api.checkCell({ paragraphId, lang: 'en', text: 'colour' })).filter((f) => f.check === 'spelling');
    expect(colour!.suggestions![0]).toBe('color');
  });

  it('checks the whole document and its report under the project’s variant', async () => {
    const { api } = openBackend(tempDir());
    const { document, paragraphId } = await oneParagraph(api);
    await api.saveTarget({ paragraphId, lang: 'en', text: 'A colour programme.' });
    const spellingKeys = async () => (await api.checkDocument({ documentId: document.id })).findings.filter((f) => f.check === 'spelling').map((f) => f.key);
    expect(await spellingKeys()).toEqual([]);
    await api.setSpellingVariant({ projectId: document.projectId, variant: 'en-US' });
    expect(await spellingKeys()).toEqual(['colour', 'programme']);
    const report = await api.qaReport({ documentId: document.id, format: 'csv' });
    expect(Buffer.from(report.contentBase64, 'base64').toString('utf8')).toContain('Possible misspelling “programme”');
  });

  it('keeps the variant across a reopen of the database', async () => {
    const dir = tempDir();
    const backend = openBackend(dir);
    const { document, paragraphId } = await oneParagraph(backend.api);
    await backend.api.setSpellingVariant({ projectId: document.projectId, variant: 'en-US' });
    backend.store.close();

    const reopened = openBackend(dir);
    expect(await reopened.api.getSpellingVariant({ projectId: document.projectId })).toEqual({ variant: 'en-US' });
    expect(await misspelt(reopened.api, paragraphId, 'A colourful programme.')).toEqual(['colourful', 'programme']);
    await reopened.api.setSpellingVariant({ projectId: document.projectId, variant: 'en-GB' });
    reopened.store.close();

    const again = openBackend(dir);
    expect(await again.api.getSpellingVariant({ projectId: document.projectId })).toEqual({ variant: 'en-GB' });
    expect(await misspelt(again.api, paragraphId, 'A colourful programme.')).toEqual([]);
    again.store.close();
  });

  it('refuses a variant it has no dictionary for, or a project that does not exist, and changes nothing', async () => {
    const { api } = openBackend(tempDir());
    const { document, paragraphId } = await oneParagraph(api);
    const { projectId } = document;
    await api.setSpellingVariant({ projectId, variant: 'en-US' });
    for (const variant of ['en-AU', 'en-gb', 'British', '', null]) {
      await expect(api.setSpellingVariant({ projectId, variant } as never)).rejects.toMatchObject({
        code: 'INVALID_PAYLOAD',
        message: expect.stringContaining('The spelling variant must be one of en-GB, en-US'),
      });
    }
    await expect(api.setSpellingVariant({ projectId } as never)).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
    await expect(api.setSpellingVariant({ projectId, variant: 'en-GB', extra: 1 } as never)).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
    await expect(api.setSpellingVariant({ projectId: projectId + 1, variant: 'en-GB' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `Project ${projectId + 1} does not exist`,
    });
    await expect(api.getSpellingVariant({ projectId: projectId + 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await api.getSpellingVariant({ projectId })).toEqual({ variant: 'en-US' });
    expect(await misspelt(api, paragraphId, 'colour')).toEqual(['colour']);
  });
});
