#!/usr/bin/env node
/** The command-line host: the same backend as the app, called directly. */
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '../core/api/client.ts';
import { dispatch } from '../core/api/dispatch.ts';
import { WorkbenchError } from '../core/errors.ts';
import { Store } from '../db/store.ts';
import { writeFileAtomic } from '../service/atomic-write.ts';
import { defaultDatabasePath } from '../service/data-path.ts';
import { startHttpHost } from '../service/http-host.ts';
import { WorkbenchService } from '../service/workbench-service.ts';

const USAGE = `Usage: workbench [--db PATH] [--json] COMMAND

Commands:
  import FILE [--title TITLE]          import a UTF-8 text file as a new document
  list                                 list documents and their progress
  export DOC --format txt --lang en|zh-Hans --out PATH [--untranslated omit|source]
                                       write one target language of document DOC
  serve [--port N] [--renderer DIR]    serve the built UI and the API on 127.0.0.1 (for tests)

Options:
  --db PATH   the database file (default: ${defaultDatabasePath()})
  --json      print machine-readable JSON
  --help      show this help
`;

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    db: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
    title: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    untranslated: { type: 'string' },
    port: { type: 'string' },
    renderer: { type: 'string' },
  },
});

function usageError(message: string): never {
  throw new WorkbenchError('INVALID_PAYLOAD', `${message}\n\n${USAGE}`);
}

function print(json: unknown, text: string): void {
  console.log(options.json ? JSON.stringify(json) : text);
}

async function main(): Promise<void> {
  const [command, ...args] = positionals;
  if (options.help || command === undefined) {
    console.log(USAGE);
    return;
  }
  const store = Store.open(resolve(options.db ?? defaultDatabasePath()));
  const service = new WorkbenchService(store);
  const api = createClient((method, payload) => dispatch(service, method, payload));
  try {
    switch (command) {
      case 'import': {
        const file = args[0] ?? usageError('import needs a FILE');
        const text = await readFile(file, 'utf8');
        const doc = await api.importText({ title: options.title ?? basename(file, extname(file)), text });
        return print(doc, `Imported document ${doc.id} "${doc.title}": ${doc.paragraphCount} paragraphs`);
      }
      case 'list': {
        const docs = await api.listDocuments({});
        const lines = docs.map(
          (d) => `${d.id}\t${d.title}\t${d.paragraphCount} paragraphs\ten ${d.confirmed.en}\tzh-Hans ${d.confirmed['zh-Hans']}`,
        );
        return print(docs, lines.length > 0 ? lines.join('\n') : 'No documents');
      }
      case 'export': {
        const documentId = Number(args[0] ?? usageError('export needs a DOC id'));
        const out = options.out ?? usageError('export needs --out PATH');
        const result = await api.exportDocument({
          documentId,
          format: (options.format ?? 'txt') as 'txt',
          lang: (options.lang ?? usageError('export needs --lang en|zh-Hans')) as 'en',
          untranslated: options.untranslated as 'omit' | undefined,
        });
        await writeFileAtomic(out, result.content);
        return print(
          { out, omitted: result.omitted },
          `Wrote ${out}${result.omitted > 0 ? ` (${result.omitted} untranslated paragraphs left out)` : ''}`,
        );
      }
      case 'serve': {
        const rendererDir = resolve(options.renderer ?? 'out/renderer');
        const host = await startHttpHost(service, rendererDir, Number(options.port ?? 0));
        print({ url: host.url }, `Serving ${rendererDir} at ${host.url}`);
        await new Promise<void>((stop) => process.once('SIGTERM', stop).once('SIGINT', stop));
        await host.close();
        return;
      }
      default:
        usageError(`Unknown command: ${command}`);
    }
  } finally {
    store.close();
  }
}

main().catch((error: unknown) => {
  const text = error instanceof Error ? error.message : String(error);
  if (options.json) {
    const code = error instanceof WorkbenchError ? error.code : 'INTERNAL';
    console.error(JSON.stringify({ error: { code, message: text } }));
  } else {
    console.error(`workbench: ${text}`);
  }
  process.exitCode = 1;
});
