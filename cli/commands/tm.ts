import { resolve } from 'node:path';
import { TmService } from '../../service/tm.ts';
import { numberOption, stringOption, usageError, type Command, type CommandContext } from '../command.ts';
import { hitLine, maintenance, MAINTENANCE_OPTIONS, MAINTENANCE_USAGE } from './tm-maintenance.ts';

function tmService(context: CommandContext): TmService {
  return new TmService(context.backend().store);
}

const tmOption = (context: CommandContext) => numberOption(context, 'tm', 'a memory id');

/** The memories a search covers: the one named by --tm, else all of them. */
function scopeOf(context: CommandContext, service: TmService) {
  const id = tmOption(context);
  const all = service.allMemories();
  if (id === undefined) return all;
  return all.filter((tm) => tm.tmId === id).length > 0 ? all.filter((tm) => tm.tmId === id) : usageError(`There is no translation memory ${id}`);
}

const subcommands: Record<string, (context: CommandContext, args: string[]) => void | Promise<void>> = {
  async import(context, [file]) {
    if (!file) usageError('tm import needs a FILE');
    const report = await tmService(context).importTmx(resolve(file), { tmId: tmOption(context), name: stringOption(context, 'name') });
    const skipped = report.skipped.noSource + report.skipped.noTranslation;
    context.print(
      report,
      `Imported ${report.imported} of ${report.read} units into memory ${report.tmId}` +
        (skipped > 0 ? ` (${report.skipped.noSource} without a Traditional Chinese source, ${report.skipped.noTranslation} without an English or Simplified translation)` : ''),
    );
  },
  export(context) {
    const out = stringOption(context, 'out') ?? usageError('tm export needs --out PATH');
    const service = tmService(context);
    const memories = service.allMemories();
    const tmId = tmOption(context) ?? (memories.length === 1 ? memories[0]!.tmId : usageError('tm export needs --tm ID when there is not exactly one memory'));
    const result = service.exportTmx(tmId, resolve(out));
    context.print({ out, tmId, units: result.units }, `Wrote ${result.units} units of memory ${tmId} to ${out}`);
  },
  async stats(context) {
    const stats = await context.backend().api.tmStats({});
    const lines = stats.memories.map((tm) => `${tm.id}\t${tm.name}\t${tm.units} units${tm.projectId === null ? '' : `\tproject ${tm.projectId}`}`);
    context.print(stats, [...lines, `${stats.units} units in ${stats.memories.length} memories`].join('\n'));
  },
  search(context, [query]) {
    if (!query) usageError('tm search needs a QUERY');
    const service = tmService(context);
    const scope = scopeOf(context, service);
    if (context.options.concordance === true) {
      const result = service.concordance(scope, query);
      const lines = result.hits.map(hitLine);
      context.print(result, lines.length > 0 ? lines.join('\n') + (result.more ? '\n…more' : '') : 'No units contain it');
      return;
    }
    const matches = service.findMatches(scope, { source: query });
    const lines = matches.map((m) => `${m.score}\t${m.source}\t${m.en ?? ''}\t${m.zhHans ?? ''}\t${m.tmName}`);
    context.print(matches, lines.length > 0 ? lines.join('\n') : 'No matches of 50 or more');
  },
};

export const tmCommand: Command = {
  name: 'tm',
  usage: `tm import FILE [--tm ID] [--name NAME] | export --out PATH [--tm ID] | stats | search QUERY [--concordance] [--tm ID]
                                       translation memory: TMX in and out, unit counts, fuzzy or concordance search
  ${MAINTENANCE_USAGE}`,
  options: { tm: { type: 'string' }, name: { type: 'string' }, out: { type: 'string' }, concordance: { type: 'boolean' }, ...MAINTENANCE_OPTIONS },
  async run(context) {
    const [sub, ...args] = context.args;
    const all = { ...subcommands, ...maintenance };
    const handler = sub === undefined || !Object.hasOwn(all, sub) ? undefined : all[sub];
    if (!handler) usageError(`tm needs one of: ${Object.keys(all).join(', ')}`);
    await handler(context, args);
  },
};
