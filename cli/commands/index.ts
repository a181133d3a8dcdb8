import type { Command } from '../command.ts';
import { backupCommand } from './backup.ts';
import { projectCommand } from './project.ts';
import { convertCommand } from './convert.ts';
import { importCommand, listCommand } from './documents.ts';
import { exportCommand, importReviewCommand, importXliffCommand } from './export.ts';
import { glossaryCommand } from './glossary.ts';
import { redoCommand, reviewChangesCommand, undoCommand } from './history.ts';
import { qaCommand } from './qa.ts';
import { serveCommand } from './serve.ts';
import { spellingCommand } from './spelling.ts';
import { tmCommand } from './tm.ts';

/** Every `workbench` subcommand, in the order --help lists them. */
export const commands: readonly Command[] = [importCommand, listCommand, exportCommand, importReviewCommand, importXliffCommand, convertCommand, backupCommand, projectCommand, tmCommand, glossaryCommand, qaCommand, spellingCommand, undoCommand, redoCommand, reviewChangesCommand, serveCommand];
