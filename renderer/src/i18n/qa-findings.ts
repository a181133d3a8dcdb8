import { QA_LANGUAGES, QA_MESSAGES, type QaMessageId } from '../../../core/qa/messages.ts';
import { defineMessages, type MessagePart } from './define.ts';

/** The key of a QA finding's message: the finding's own id, apart from the interface's keys. */
export const qaFindingKey = (code: QaMessageId) => `qa.${code}` as const;

type FindingStrings = Record<ReturnType<typeof qaFindingKey>, string>;

/** The QA findings' messages, one catalogue shared with the CLI and the reports (core/qa/messages.ts). */
export const qaFindingMessages = defineMessages<FindingStrings>(
  Object.fromEntries(
    QA_LANGUAGES.map((language) => [
      language,
      Object.fromEntries(Object.entries(QA_MESSAGES[language]).map(([code, text]) => [qaFindingKey(code as QaMessageId), text])),
    ]),
  ) as MessagePart<FindingStrings>,
);
