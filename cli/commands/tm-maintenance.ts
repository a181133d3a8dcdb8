/**
 * `workbench tm` upkeep, through the contract as the app does it: memories and what a project
 * attaches, browsing, editing and deleting units, duplicate removal.
 */
import type { MethodResult } from '../../core/api/contract.ts';
import { numberOption, stringOption, usageError, wholeNumber, type CommandContext } from '../command.ts';

type Hit = MethodResult<'listTmUnits'>['hits'][number];

/** One unit per line: id, source, English, Simplified. */
export const hitLine = (hit: Pick<Hit, 'unitId' | 'source' | 'en' | 'zhHans'>) => `${hit.unitId}\t${hit.source}\t${hit.en ?? ''}\t${hit.zhHans ?? ''}`;

const required = (value: number | undefined, sub: string, option: string) => value ?? usageError(`tm ${sub} needs --${option} ID`);
const memoryOf = (context: CommandContext, sub: string) => required(numberOption(context, 'tm', 'a memory id'), sub, 'tm');
const projectOf = (context: CommandContext, sub: string) => required(numberOption(context, 'project', 'a project id'), sub, 'project');

export const maintenance: Record<string, (context: CommandContext, args: string[]) => Promise<void>> = {
  async create(context, [name]) {
    if (!name) usageError('tm create needs a NAME');
    const { tmId } = await context.backend().api.createTm({ name });
    context.print({ tmId, name }, `Created memory ${tmId} "${name}"`);
  },
  async attached(context) {
    const projectId = projectOf(context, 'attached');
    const memories = await context.backend().api.projectMemories({ projectId });
    const lines = memories.map((m) => `${m.tmId}\t${m.name}\t${m.writable ? 'writable' : `read-only, penalty ${m.penalty}`}`);
    context.print(memories, lines.length > 0 ? lines.join('\n') : `Project ${projectId} looks up no memory yet`);
  },
  async attach(context) {
    const projectId = projectOf(context, 'attach');
    const tmId = memoryOf(context, 'attach');
    const penalty = numberOption(context, 'penalty', 'points from 0 to 100', 0) ?? 0;
    await context.backend().api.attachTm({ projectId, tmId, penalty });
    context.print({ projectId, tmId, penalty }, `Memory ${tmId} is attached to project ${projectId}, read-only, with a penalty of ${penalty}`);
  },
  async detach(context) {
    const projectId = projectOf(context, 'detach');
    const tmId = memoryOf(context, 'detach');
    await context.backend().api.detachTm({ projectId, tmId });
    context.print({ projectId, tmId }, `Memory ${tmId} is no longer attached to project ${projectId}`);
  },
  async units(context) {
    const tmId = memoryOf(context, 'units');
    const offset = numberOption(context, 'offset', 'a number of units to skip', 0) ?? 0;
    const limit = numberOption(context, 'limit', 'a number of units');
    const page = await context.backend().api.listTmUnits({ tmId, query: stringOption(context, 'query'), offset, limit });
    const more = page.more ? `\n…more (--offset ${offset + page.hits.length})` : '';
    context.print(page, page.hits.length > 0 ? page.hits.map(hitLine).join('\n') + more : 'No units');
  },
  async edit(context, [unit]) {
    if (!unit) usageError('tm edit needs a UNIT id');
    const edit = { source: stringOption(context, 'source'), en: stringOption(context, 'en'), zhHans: stringOption(context, 'zh-hans') };
    if (Object.values(edit).every((text) => text === undefined)) usageError('tm edit needs --source, --en or --zh-hans (an empty value removes a translation)');
    const edited = await context.backend().api.editTmUnit({ unitId: wholeNumber(unit, 1, 'tm edit needs a UNIT id'), ...edit });
    context.print(edited, hitLine(edited));
  },
  async delete(context, units) {
    if (units.length === 0) usageError('tm delete needs one or more UNIT ids');
    const unitIds = units.map((unit) => wholeNumber(unit, 1, 'tm delete needs UNIT ids'));
    const { deleted } = await context.backend().api.deleteTmUnits({ unitIds });
    context.print({ deleted }, `Deleted ${deleted} of ${unitIds.length} units`);
  },
  async dedupe(context) {
    const tmId = memoryOf(context, 'dedupe');
    const { removed } = await context.backend().api.removeTmDuplicates({ tmId });
    context.print({ tmId, removed }, `Removed ${removed} duplicates from memory ${tmId}`);
  },
};

export const MAINTENANCE_OPTIONS = {
  project: { type: 'string' },
  penalty: { type: 'string' },
  query: { type: 'string' },
  offset: { type: 'string' },
  limit: { type: 'string' },
  source: { type: 'string' },
  en: { type: 'string' },
  'zh-hans': { type: 'string' },
} as const;

export const MAINTENANCE_USAGE = `tm create NAME | attached --project ID | attach --project ID --tm ID [--penalty 0-100] | detach --project ID --tm ID
                                       memories and the read-only ones a project attaches, with their penalty
  tm units --tm ID [--query TEXT] [--offset N] [--limit N] | edit UNIT [--source S] [--en E] [--zh-hans Z]
  tm delete UNIT... | dedupe --tm ID     browse, search, edit and delete units; remove duplicates`;
