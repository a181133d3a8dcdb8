import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { isSourceVariant } from '../../core/convert.ts';
import { WorkbenchError } from '../../core/errors.ts';
import { simplify, type DraftOptions } from '../../core/simplified/draft.ts';
import { STARTER_VOCABULARY } from '../../core/simplified/starter-vocabulary.ts';
import { compileVocabulary, type VocabularyEntry } from '../../core/simplified/vocabulary.ts';
import { parseVocabularyTsv } from '../../core/simplified/vocabulary-tsv.ts';
import { stringOption, usageError, type Command, type CommandContext } from '../command.ts';

async function draftOptions(context: CommandContext): Promise<DraftOptions> {
  const from = stringOption(context, 'from') ?? 'hk';
  if (!isSourceVariant(from)) usageError(`convert --from takes hk, tw or t, not "${from}"`);
  const to = stringOption(context, 'to') ?? 'cn';
  if (to !== 'cn') usageError(`convert --to takes only cn (mainland Simplified), not "${to}"`);
  const entries: VocabularyEntry[] = context.options.starter === true ? [...STARTER_VOCABULARY] : [];
  const vocabFile = stringOption(context, 'vocab');
  // The file's entries come last, so they override starter entries for the same phrase.
  if (vocabFile !== undefined) entries.push(...parseVocabularyTsv(await readFile(vocabFile, 'utf8')));
  return { variant: from, vocabulary: compileVocabulary(entries) };
}

/**
 * Converts a file in blocks of whole lines, so memory stays flat whatever the file's size.
 * Converting several lines at once gives the same text as one at a time: neither OpenCC's
 * tables nor vocabulary phrases (core/simplified/vocabulary.ts) can contain a line break.
 * The BOM and every line ending are kept as they are.
 */
function lineConverter(file: string, options: DraftOptions) {
  return async function* convertLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const decode = (chunk?: Buffer) => {
      try {
        return decoder.decode(chunk, { stream: chunk !== undefined });
      } catch {
        throw new WorkbenchError('UNSUPPORTED_FORMAT', `${file} is not UTF-8 text; save it as UTF-8 first`);
      }
    };
    let pending = '';
    for await (const chunk of chunks) {
      pending += decode(chunk);
      const lastBreak = pending.lastIndexOf('\n');
      if (lastBreak < 0) continue;
      yield simplify(pending.slice(0, lastBreak + 1), options);
      pending = pending.slice(lastBreak + 1);
    }
    pending += decode();
    if (pending !== '') yield simplify(pending, options);
  };
}

/** Streams into a temporary file renamed at the end, so a failure never leaves half a file at PATH. */
async function convertToFile(file: string, out: string, options: DraftOptions): Promise<void> {
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await pipeline(createReadStream(file), lineConverter(file, options), createWriteStream(temporary));
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export const convertCommand: Command = {
  name: 'convert',
  usage: `convert FILE [--from hk|tw|t] [--to cn] [--vocab FILE] [--starter] [--out PATH]
                                       convert a UTF-8 Traditional Chinese file to Simplified (streaming;
                                       stdout without --out). --vocab: "traditional<TAB>simplified"
                                       lines applied before OpenCC; --starter: the built-in HK list`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    vocab: { type: 'string' },
    starter: { type: 'boolean' },
    out: { type: 'string' },
  },
  async run(context) {
    const file = context.args[0] ?? usageError('convert needs a FILE');
    const options = await draftOptions(context);
    const out = stringOption(context, 'out');
    if (out === undefined) {
      await pipeline(createReadStream(file), lineConverter(file, options), process.stdout);
      return;
    }
    await convertToFile(file, out, options);
    context.print({ out }, `Wrote ${out}`);
  },
};
