import type { Command } from '../command.ts';
import { exportCommand, importCommand, listCommand } from './documents.ts';
import { serveCommand } from './serve.ts';

/** Every `workbench` subcommand, in the order --help lists them. */
export const commands: readonly Command[] = [importCommand, listCommand, exportCommand, serveCommand];
