/**
 * Projects through the contract over a real SQLite file: creating, listing with counts, renaming,
 * importing into a project, moving a document (and where its confirmations go afterwards),
 * deleting an empty project, and bad names and ids refused with nothing changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../support/backend.ts';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';

const NEWS = '香港特區政府今日宣佈新措施。\n港鐵票價維持不變。\n港鐵今日加價。';

describe('projects through the contract', () => {
  const tempDir = useTempDir();

  async function translated(api: ReturnType<typeof openBackend>['api'], paragraphId: number, text: string) {
    await api.saveTarget({ paragraphId, lang: 'en', text });
    await api.confirmTarget({ paragraphId, lang: 'en' });
  }

  it('creates projects, imports into them and lists them with their counts and progress', async () => {
    const { api, store } = openBackend(tempDir());
    expect(await api.listProjects({})).toEqual([]);
    const first = await api.importText({ title: '預設', text: '第一段。' });
    const annual = await api.createProject({ name: '  年報 2024  ' });
    expect(annual).toMatchObject({ name: '年報 2024', documentCount: 0, paragraphCount: 0, confirmed: { en: 0, 'zh-Hans': 0 } });

    const doc = await api.importText({ title: '新聞', text: NEWS, projectId: annual.id });
    expect(doc.projectId).toBe(annual.id);
    expect(first.projectId).not.toBe(annual.id);
    const ids = (await api.getDocument({ documentId: doc.id })).paragraphs.map((p) => p.id);
    await translated(api, ids[0]!, 'The SAR Government announced new measures today.');
    await api.confirmTarget({ paragraphId: ids[1]!, lang: 'zh-Hans' });

    const listed = await api.listProjects({});
    expect(listed.map((p) => p.name)).toEqual(['My project', '年報 2024']);
    expect(listed[0]).toMatchObject({ id: first.projectId, documentCount: 1, paragraphCount: 1, confirmed: { en: 0, 'zh-Hans': 0 } });
    expect(listed[1]).toMatchObject({ id: annual.id, documentCount: 1, paragraphCount: 3, confirmed: { en: 1, 'zh-Hans': 1 } });

    // A trashed document no longer counts.
    await api.trashDocument({ documentId: doc.id });
    expect((await api.listProjects({}))[1]).toMatchObject({ documentCount: 0, paragraphCount: 0 });
    store.close();
  });

  it.skipIf(!sharedAvailable(SEED_PATH))('imports a file into the project asked for, and refuses a project that does not exist', async () => {
    const { api, store } = openBackend(tempDir());
    const project = await api.createProject({ name: 'Op-eds' });
    const contentBase64 = readFileSync(SEED_PATH).toString('base64');
    const outcome = await api.importFile({ fileName: 'seed.txt', contentBase64, projectId: project.id });
    expect((await api.getDocument({ documentId: outcome.documentId })).document.projectId).toBe(project.id);
    expect((await api.listProjects({}))[0]).toMatchObject({ id: project.id, documentCount: 1, paragraphCount: outcome.paragraphCount });

    await expect(api.importFile({ fileName: 'seed.txt', contentBase64, projectId: 99 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Project 99 does not exist',
    });
    await expect(api.importText({ title: 'x', text: '一段。', projectId: 99 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await api.listDocuments({})).map((d) => d.id)).toEqual([outcome.documentId]);
    expect((await api.listProjects({})).map((p) => p.id)).toEqual([project.id]);
    store.close();
  });

  it('renames a project and its own memory, and refuses bad names and ids with nothing changed', async () => {
    const { api, store } = openBackend(tempDir());
    const a = await api.createProject({ name: 'Annual report' });
    const b = await api.createProject({ name: 'Press releases' });
    const doc = await api.importText({ title: '新聞', text: NEWS, projectId: a.id });
    const ids = (await api.getDocument({ documentId: doc.id })).paragraphs.map((p) => p.id);
    await translated(api, ids[0]!, 'The SAR Government announced new measures today.');

    expect(await api.renameProject({ projectId: a.id, name: '年報' })).toMatchObject({ id: a.id, name: '年報', documentCount: 1 });
    expect(await api.projectMemories({ projectId: a.id })).toEqual([expect.objectContaining({ name: '年報', writable: true })]);
    // Changing only the case of its own name is a rename like any other.
    expect((await api.renameProject({ projectId: b.id, name: 'PRESS releases' })).name).toBe('PRESS releases');

    const before = await api.listProjects({});
    const refusals: [Promise<unknown>, string, RegExp][] = [
      [api.createProject({ name: '   ' }), 'INVALID_PAYLOAD', /A project needs a name/],
      [api.createProject({ name: 'two\nlines' }), 'INVALID_PAYLOAD', /one line/],
      [api.createProject({ name: 'x'.repeat(201) }), 'INVALID_PAYLOAD', /at most 200/],
      [api.createProject({ name: '年報' }), 'INVALID_PAYLOAD', /already a project named "年報"/],
      [api.createProject({ name: 'press RELEASES' }), 'INVALID_PAYLOAD', /already a project named "PRESS releases"/],
      [api.renameProject({ projectId: b.id, name: '年報' }), 'INVALID_PAYLOAD', /already a project named/],
      [api.renameProject({ projectId: 99, name: 'Ghost' }), 'NOT_FOUND', /Project 99 does not exist/],
      [api.renameProject({ projectId: a.id, name: '' }), 'INVALID_PAYLOAD', /needs a name/],
      [api.moveDocument({ documentId: doc.id, projectId: 99 }), 'NOT_FOUND', /Project 99 does not exist/],
      [api.moveDocument({ documentId: 99, projectId: b.id }), 'NOT_FOUND', /Document 99 does not exist/],
      [api.deleteProject({ projectId: 99 }), 'NOT_FOUND', /Project 99 does not exist/],
      [api.deleteProject({ projectId: a.id }), 'INVALID_PAYLOAD', /still holds 1 document: move/],
    ];
    for (const [call, code, message] of refusals) await expect(call).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect(await api.listProjects({})).toEqual(before);
    expect((await api.getDocument({ documentId: doc.id })).document.projectId).toBe(a.id);
    store.close();
  });

  it('moves a document: later confirmations go to the new project memory, nothing stored moves, drafts follow its vocabulary', async () => {
    const { api, store } = openBackend(tempDir());
    const from = await api.createProject({ name: 'From' });
    const to = await api.createProject({ name: 'To' });
    await api.saveVocabularyEntry({ projectId: to.id, traditional: '港鐵', simplified: '香港铁路' });
    const doc = await api.importText({ title: '新聞', text: NEWS, projectId: from.id });
    const view = await api.getDocument({ documentId: doc.id });
    const ids = view.paragraphs.map((p) => p.id);
    expect(view.paragraphs[1]!.targets['zh-Hans']).toMatchObject({ text: '港铁票价维持不变。', status: 'auto' });
    await translated(api, ids[0]!, 'The SAR Government announced new measures today.');
    await api.confirmTarget({ paragraphId: ids[2]!, lang: 'zh-Hans' });

    const moved = await api.moveDocument({ documentId: doc.id, projectId: to.id });
    expect(moved).toEqual({ documentId: doc.id, projectId: to.id, fromProjectId: from.id, refresh: { regenerated: 1, flagged: 1 } });
    const after = await api.getDocument({ documentId: doc.id });
    expect(after.document.projectId).toBe(to.id);
    expect(after.paragraphs[1]!.targets['zh-Hans']).toMatchObject({ text: '香港铁路票价维持不变。', status: 'auto' });
    // The translator's work in the document is untouched; a confirmed Simplified cell the new vocabulary would draft differently is flagged.
    expect(after.paragraphs[2]!.targets['zh-Hans']).toMatchObject({ text: '港铁今日加价。', status: 'translated', staleReason: 'vocabulary' });
    expect(after.paragraphs[0]!.targets.en).toMatchObject({ text: 'The SAR Government announced new measures today.', status: 'translated' });

    await translated(api, ids[1]!, 'MTR fares stay unchanged.');
    const memoryOf = async (projectId: number) => {
      const [own] = await api.projectMemories({ projectId });
      return (await api.listTmUnits({ tmId: own!.tmId })).hits.map((unit) => unit.en ?? unit.zhHans);
    };
    expect(await memoryOf(to.id)).toEqual(['MTR fares stay unchanged.']);
    expect(await memoryOf(from.id)).toEqual(['港铁今日加价。', 'The SAR Government announced new measures today.']);
    expect((await api.listProjects({})).map((p) => [p.name, p.documentCount])).toEqual([['From', 0], ['To', 1]]);

    // Moving to where it already is changes nothing.
    expect((await api.moveDocument({ documentId: doc.id, projectId: to.id })).refresh).toEqual({ regenerated: 0, flagged: 0 });
    // A document in the trash cannot be moved.
    await api.trashDocument({ documentId: doc.id });
    await expect(api.moveDocument({ documentId: doc.id, projectId: from.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    store.close();
  });

  it('deletes only an empty project, keeping its memory as a standalone one', async () => {
    const { api, store } = openBackend(tempDir());
    const keep = await api.createProject({ name: 'Keep' });
    const gone = await api.createProject({ name: 'Gone' });
    const doc = await api.importText({ title: '新聞', text: NEWS, projectId: gone.id });
    const ids = (await api.getDocument({ documentId: doc.id })).paragraphs.map((p) => p.id);
    await translated(api, ids[0]!, 'The SAR Government announced new measures today.');

    await api.trashDocument({ documentId: doc.id });
    await expect(api.deleteProject({ projectId: gone.id })).rejects.toMatchObject({ message: expect.stringMatching(/1 document in the trash/) });
    await api.restoreDocument({ documentId: doc.id });
    await api.moveDocument({ documentId: doc.id, projectId: keep.id });

    expect(await api.deleteProject({ projectId: gone.id })).toEqual({});
    expect((await api.listProjects({})).map((p) => p.name)).toEqual(['Keep']);
    const memories = (await api.tmStats({})).memories;
    expect(memories).toContainEqual(expect.objectContaining({ name: 'Gone', projectId: null, units: 1 }));
    expect((await api.getDocument({ documentId: doc.id })).document.projectId).toBe(keep.id);
    store.close();
  });

  it('refuses, with nothing imported, a file whose project is deleted while the import drafts it', async () => {
    const { api, store } = openBackend(tempDir());
    const target = await api.createProject({ name: 'Short-lived' });
    const before = await api.listDocuments({});
    const text = Array.from({ length: 30_000 }, (_, i) => `第${i}段：香港特區政府今日宣佈新措施。`).join('\n');
    const jobId = 'project-race-1';
    const running = api.importFile({ fileName: 'long.txt', contentBase64: Buffer.from(text).toString('base64'), projectId: target.id, jobId });
    while ((await api.jobProgress({ jobId }))?.phase !== 'drafting') await new Promise((resolve) => setTimeout(resolve, 1));
    expect(await api.deleteProject({ projectId: target.id })).toEqual({});
    await expect(running).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('was deleted while the file was being imported') });
    expect(await api.listDocuments({})).toEqual(before);
    store.close();
  });
});
