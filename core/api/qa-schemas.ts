/** The terminology and QA part of the contract (issue 9): glossary, dictionary, checks. */
import { z } from 'zod';
import { QA_LANGUAGES, QA_MESSAGE_IDS } from '../qa/messages.ts';
import { QA_CHECK_IDS } from '../qa/types.ts';
import { Count, FileContent, Id, TargetLang } from './common-schemas.ts';

export const GlossaryEntry = z.strictObject({
  id: Id,
  projectId: Id.nullable(),
  zhHant: z.string(),
  en: z.string(),
  zhHans: z.string(),
  notes: z.string(),
  partOfSpeech: z.string(),
  forbidden: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const GlossaryInput = z.strictObject({
  id: Id.optional(),
  projectId: Id.nullable(),
  zhHant: z.string().min(1).max(200),
  en: z.string().max(200).default(''),
  zhHans: z.string().max(200).default(''),
  notes: z.string().max(2000).default(''),
  partOfSpeech: z.string().max(200).default(''),
  forbidden: z.boolean().default(false),
});

export const GlossaryFormat = z.enum(['csv', 'tsv', 'tbx']);

export const GlossaryHit = z.strictObject({ start: Count, end: Count, text: z.string(), entries: z.array(GlossaryEntry) });

export const DictionaryMatch = z.strictObject({
  start: Count,
  end: Count,
  text: z.string(),
  entries: z.array(
    z.strictObject({
      traditional: z.string(),
      simplified: z.string(),
      pinyin: z.string(),
      pinyinMarks: z.string(),
      glosses: z.array(z.string()),
      classifiers: z.array(z.string()),
    }),
  ),
});

const Range = z.strictObject({ start: Count, end: Count });
export const QaCheck = z.enum(QA_CHECK_IDS);
export const QaFinding = z.strictObject({
  check: QaCheck,
  severity: z.enum(['error', 'warning', 'info']),
  lang: TargetLang,
  key: z.string(),
  /** What the finding says, in any interface language: a message id and its parameters (core/qa/messages.ts). */
  code: z.enum(QA_MESSAGE_IDS),
  params: z.record(z.string(), z.string()),
  /** The same in English, for the CLI and scripts. */
  message: z.string(),
  ranges: z.array(Range),
  sourceRanges: z.array(Range),
  fix: z.array(Range.extend({ text: z.string() })).nullable(),
  /** Alternatives for the text in ranges (spelling): each replaces all of them. */
  suggestions: z.array(z.string()).optional(),
  paragraphId: Id,
  position: Count,
  ignored: z.strictObject({ reason: z.string(), createdAt: z.string() }).nullable(),
});

/** The language a QA report is written in: one of the interface languages. */
export const QaReportLanguage = z.enum(QA_LANGUAGES);

export const QaCounts = z.strictObject({ error: Count, warning: Count, info: Count, ignored: Count });

export const IgnoreRequest = z.strictObject({
  paragraphId: Id,
  lang: TargetLang,
  check: QaCheck,
  key: z.string().max(2000),
  reason: z.string().trim().min(1, 'Say why the warning is ignored').max(1000),
});

export const GlossaryFile = z.strictObject({ contentBase64: FileContent, projectId: Id.nullable(), format: GlossaryFormat.optional() });
