#!/usr/bin/env node
/** The command-line host: the same backend as the app, called directly through the contract. */
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '../core/api/client.ts';
import { dispatch } from '../core/api/dispatch.ts';
import { WorkbenchError } from '../core/errors.ts';
import { Store } from '../db/store.ts';
import { defaultDatabasePath } from '../service/data-path.ts';
import { WorkbenchService } from '../service/workbench-service.ts';
import { usageError, type Backend, type OptionSpec } from './command.ts';
import { commands } from './commands/index.ts';

const usage = () => `Usage: workbench [--db PATH] [--json] COMMAND

Commands:
${commands.map((c) => `  ${c.usage}`).join('\n')}

Options:
  --db PATH   the database file (default: ${defaultDatabasePath()})
  --json      print machine-readable JSON
  --help      show this help
`;

const globalOptions: Record<string, OptionSpec> = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
};
const options = Object.assign({}, globalOptions, ...commands.map((c) => c.options ?? {})) as Record<string, OptionSpec>;
let json = process.argv.includes('--json');

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options });
  json = values.json === true;
  const [name, ...args] = positionals;
  if (values.help || name === undefined) {
    console.log(usage());
    return;
  }
  const command = commands.find((c) => c.name === name) ?? usageError(`Unknown command: ${name}`);
  const dbPath = resolve(typeof values.db === 'string' ? values.db : defaultDatabasePath());
  let backend: Backend | null = null;
  const openBackend = (): Backend => {
    if (backend) return backend;
    const store = Store.open(dbPath);
    const service = new WorkbenchService(store, undefined, dirname(dbPath));
    const api = createClient((method, payload) => dispatch(service, method, payload));
    // A getter: a restore through the contract replaces the store.
    backend = { service, api, get store() { return service.stores.current; } };
    return backend;
  };
  try {
    await command.run({
      backend: openBackend,
      dbPath,
      args,
      options: values,
      print: (value, text) => console.log(json ? JSON.stringify(value) : text),
    });
  } finally {
    (backend as Backend | null)?.service.stores.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof WorkbenchError ? error.code : 'INTERNAL';
  console.error(json ? JSON.stringify({ error: { code, message } }) : `workbench: ${message}`);
  process.exitCode = 1;
});
