import type { Api } from '../core/api/contract.ts';
import { WorkbenchError } from '../core/errors.ts';
import type { Store } from '../db/store.ts';
import type { WorkbenchService } from '../service/workbench-service.ts';

export type OptionSpec = { type: 'string' } | { type: 'boolean' };

export interface Backend {
  /** The contract, called directly: payloads are validated exactly as over IPC. */
  api: Api;
  service: WorkbenchService;
  readonly store: Store;
}

export interface CommandContext {
  /** Opens the database (--db, or the app's own) on first use; commands that need none never call it. */
  backend(): Backend;
  /** The database file the command works on, for commands that handle the file itself (backups). */
  dbPath: string;
  args: string[];
  options: Record<string, string | boolean | undefined>;
  /** Prints the JSON value with --json, the text otherwise. */
  print(json: unknown, text: string): void;
}

/** One `workbench` subcommand. Later features add a module to cli/commands and list it in commands/index.ts. */
export interface Command {
  name: string;
  /** Usage lines shown by --help, starting with the command's synopsis. */
  usage: string;
  options?: Record<string, OptionSpec>;
  run(context: CommandContext): Promise<void>;
}

export type Subcommands = Record<string, (context: CommandContext, args: string[]) => Promise<void>>;

/** Runs the subcommand the first argument names with the arguments after it; none, or an unknown one, is a usage error. */
export async function runSubcommand(context: CommandContext, subcommands: Subcommands, wanted: string): Promise<void> {
  const [action, ...args] = context.args;
  const run = (action !== undefined && Object.hasOwn(subcommands, action) ? subcommands[action] : undefined) ?? usageError(wanted);
  await run(context, args);
}

/** "1 error", "2 errors": for the summaries commands print. */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function usageError(message: string): never {
  throw new WorkbenchError('INVALID_PAYLOAD', `${message} (see workbench --help)`);
}

export function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.options[name];
  return typeof value === 'string' ? value : undefined;
}

/** A whole number from the command line, at least min; anything else is a usage error saying what was wanted. */
export function wholeNumber(value: string, min: number, wanted: string): number {
  const number = Number(value);
  return value.trim() !== '' && Number.isSafeInteger(number) && number >= min ? number : usageError(`${wanted}, not "${value}"`);
}

/** A positional id (a DOC, a PROJECT): missing, or not a positive whole number, is a usage error saying what was wanted. */
export function idArgument(value: string | undefined, wanted: string): number {
  return value === undefined ? usageError(wanted) : wholeNumber(value, 1, wanted);
}

/** --NAME as a whole number (ids by default: at least 1), or undefined when it is absent. */
export function numberOption(context: CommandContext, name: string, what: string, min = 1): number | undefined {
  const value = stringOption(context, name);
  return value === undefined ? undefined : wholeNumber(value, min, `--${name} needs ${what}`);
}

/** --NAME, which must be one of choices when given; undefined when it is absent. */
export function choiceOption<T extends string>(context: CommandContext, name: string, choices: readonly T[]): T | undefined {
  const value = stringOption(context, name);
  if (value === undefined || (choices as readonly string[]).includes(value)) return value as T | undefined;
  return usageError(`--${name} must be ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}, not "${value}"`);
}

export function requireString(context: CommandContext, name: string, message: string): string {
  return stringOption(context, name) ?? usageError(message);
}
