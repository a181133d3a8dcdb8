/**
 * `npm run bench`: runs every benchmark group and prints its figures as a table.
 *   --json        one JSON object per line: {"group","name","value","unit"}
 *   --only NAME   run one group
 */
import { parseArgs } from 'node:util';
import type { BenchGroup } from './figures.ts';
import { convertGroup } from './groups/convert.ts';
import { dictionaryGroup } from './groups/dictionary.ts';
import { exportGroup } from './groups/export.ts';
import { importGroup } from './groups/import.ts';
import { sliceGroup } from './groups/slice.ts';
import { scaleGroup } from './groups/scale.ts';
import { spellingGroup } from './groups/spelling.ts';
import { tmGroup } from './groups/tm.ts';
import { uiGroup } from './groups/ui.ts';

const groups: BenchGroup[] = [sliceGroup, importGroup, convertGroup, tmGroup, exportGroup, uiGroup, scaleGroup, dictionaryGroup, spellingGroup];

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, only: { type: 'string' } } });
const selected = values.only ? groups.filter((g) => g.name === values.only) : groups;
if (selected.length === 0) {
  console.error(`bench: no group named "${values.only}". Groups: ${groups.map((g) => g.name).join(', ')}`);
  process.exit(2);
}

const format = (value: number) =>
  Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : value.toPrecision(3);

for (const group of selected) {
  const figures = await group.run();
  if (values.json) {
    for (const figure of figures) console.log(JSON.stringify({ group: group.name, ...figure }));
    continue;
  }
  console.log(`\n${group.name}: ${group.description}`);
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const figure of figures) console.log(`  ${figure.name.padEnd(width)}  ${format(figure.value).padStart(14)}  ${figure.unit}`);
}
