/** `workbench spelling`: a project's English spelling variant and its own dictionary words, through the contract. */
import { SPELLING_VARIANTS, type SpellingVariant } from '../../core/qa/spelling.ts';
import { idArgument, runSubcommand, usageError, type Command, type CommandContext } from '../command.ts';

const isVariant = (value: string): value is SpellingVariant => (SPELLING_VARIANTS as readonly string[]).includes(value);

function noMoreArguments(rest: string[], synopsis: string): void {
  if (rest.length > 0) usageError(`${synopsis} takes nothing after it, not "${rest.join(' ')}"`);
}

async function variant(context: CommandContext, [project, value, ...rest]: string[]): Promise<void> {
  const projectId = idArgument(project, 'spelling variant needs a PROJECT id');
  noMoreArguments(rest, 'spelling variant PROJECT [VARIANT]');
  const { api } = context.backend();
  if (value === undefined) {
    const { variant: current } = await api.getSpellingVariant({ projectId });
    context.print({ projectId, variant: current }, `Project ${projectId} spells English as ${current}`);
    return;
  }
  if (!isVariant(value)) usageError(`spelling variant takes ${SPELLING_VARIANTS.join(' or ')}, not "${value}"`);
  const { variant: set } = await api.setSpellingVariant({ projectId, variant: value });
  context.print({ projectId, variant: set }, `Project ${projectId} now spells English as ${set}`);
}

async function words(context: CommandContext, [project, action, given, ...rest]: string[]): Promise<void> {
  const projectId = idArgument(project, 'spelling words needs a PROJECT id');
  const { api } = context.backend();
  const dictionary = `project ${projectId}'s dictionary`;
  if (action === undefined) {
    const list = await api.listSpellingWords({ projectId });
    context.print(list, list.length > 0 ? list.map((w) => w.word).join('\n') : `No words in ${dictionary}`);
    return;
  }
  if (action !== 'add' && action !== 'remove') usageError(`spelling words PROJECT takes add WORD or remove WORD, not "${action}"`);
  if (given === undefined) usageError(`spelling words ${action} needs a WORD`);
  noMoreArguments(rest, `spelling words PROJECT ${action} WORD`);
  // The contract says why a word that is not a single word is refused.
  const word = given.trim();
  if (action === 'add') {
    const { added } = await api.addSpellingWord({ projectId, word });
    context.print({ projectId, word, added }, added ? `Added “${word}” to ${dictionary}` : `“${word}” is already in ${dictionary}`);
  } else {
    const { removed } = await api.removeSpellingWord({ projectId, word });
    context.print({ projectId, word, removed }, removed ? `Removed “${word}” from ${dictionary}` : `“${word}” is not in ${dictionary}`);
  }
}

export const spellingCommand: Command = {
  name: 'spelling',
  usage: `spelling variant PROJECT [${SPELLING_VARIANTS.join('|')}]
                                       show or set the English spelling the project's QA checks against
  spelling words PROJECT [add WORD | remove WORD]
                                       list the project's own dictionary words, or add or remove one`,
  run: (context) => runSubcommand(context, { variant, words }, 'spelling needs variant or words'),
};
