import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ProjectSummaryT } from '../../core/api/project-schemas.ts';
import { percentOf } from '../../core/progress.ts';
import { importArchive } from '../../db/archive.ts';
import { assertWritableDestination, writeFileAtomic } from '../../service/atomic-write.ts';
import { idArgument, requireString, runSubcommand, usageError, type Command, type Subcommands } from '../command.ts';

const percent = (part: number, whole: number) => `${percentOf(part, whole)}%`;
const describe = (p: ProjectSummaryT) =>
  `${p.id}\t${p.name}\tdocuments ${p.documentCount}\tparagraphs ${p.paragraphCount}\ten ${percent(p.confirmed.en, p.paragraphCount)}\tzh-Hans ${percent(p.confirmed['zh-Hans'], p.paragraphCount)}`;
const projectId = (value: string | undefined, action: string) => idArgument(value, `project ${action} needs a project ID`);

const subcommands: Subcommands = {
  async list(context) {
    const projects = await context.backend().api.listProjects({});
    context.print(projects, projects.length > 0 ? projects.map(describe).join('\n') : 'No projects');
  },
  // Names go to the contract as they are: it trims them and names what is wrong with a bad one.
  async create(context, [name]) {
    const project = await context.backend().api.createProject({ name: name ?? usageError('project create needs a NAME') });
    context.print(project, `Created project ${project.id} "${project.name}"`);
  },
  async rename(context, [id, name]) {
    const project = await context.backend().api.renameProject({ projectId: projectId(id, 'rename'), name: name ?? usageError('project rename needs a NAME') });
    context.print(project, `Renamed project ${project.id} to "${project.name}"`);
  },
  async delete(context, [id]) {
    const target = projectId(id, 'delete');
    await context.backend().api.deleteProject({ projectId: target });
    context.print({ deleted: target }, `Deleted project ${target}`);
  },
  async move(context, [document, project]) {
    const documentId = idArgument(document, 'project move needs a DOC id');
    const moved = await context.backend().api.moveDocument({ documentId, projectId: projectId(project, 'move') });
    const { regenerated, flagged } = moved.refresh;
    context.print(
      moved,
      moved.fromProjectId === moved.projectId
        ? `Document ${documentId} is already in project ${moved.projectId}`
        : `Moved document ${documentId} from project ${moved.fromProjectId} to project ${moved.projectId}; Simplified drafts redone: ${regenerated}, flagged for review: ${flagged}`,
    );
  },
  async export(context) {
    const out = requireString(context, 'out', 'project export needs --out FILE');
    await assertWritableDestination(out);
    const archive = context.backend().store.exportArchive();
    await writeFileAtomic(out, archive);
    context.print({ out, bytes: archive.length }, `Wrote ${out} (${(archive.length / 1024).toFixed(0)} KB)`);
  },
  async import(context, [file]) {
    if (!file) usageError('project import needs a FILE');
    if (!existsSync(file)) usageError(`There is no file ${file}`);
    const result = await importArchive(context.dbPath, new Uint8Array(await readFile(file)));
    context.print(result, `Imported ${file}; the data it replaced is kept in ${result.previous || 'no backup (there was none)'}`);
  },
};

export const projectCommand: Command = {
  name: 'project',
  usage: `project list | create NAME | rename ID NAME | delete ID
                                       the projects documents are grouped in (import --project ID puts a
                                       file in one); only a project without documents can be deleted
  project move DOC PROJECT             put document DOC in project PROJECT: it then uses that project's
                                       memories, glossary, vocabulary and spelling; its Simplified drafts
                                       are redone
  project export --out FILE | import FILE
                                       move the work to another machine: one archive with every document,
                                       memory, glossary and setting, checked by its SHA-256 on import
                                       (import replaces this database, keeping it as a backup; close the app)`,
  options: { out: { type: 'string' } },
  run: (context) => runSubcommand(context, subcommands, 'project needs list, create, rename, delete, move, export or import'),
};
