import { resolve } from 'node:path';
import { startHttpHost } from '../../service/http-host.ts';
import { stringOption, type Command } from '../command.ts';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--port N] [--renderer DIR]    serve the built UI and the API on 127.0.0.1 (for tests)',
  options: { port: { type: 'string' }, renderer: { type: 'string' } },
  async run(context) {
    const rendererDir = resolve(stringOption(context, 'renderer') ?? 'out/renderer');
    const host = await startHttpHost(context.backend().service, rendererDir, Number(stringOption(context, 'port') ?? 0));
    context.print({ url: host.url }, `Serving ${rendererDir} at ${host.url}`);
    await new Promise<void>((stop) => process.once('SIGTERM', stop).once('SIGINT', stop));
    await host.close();
  },
};
