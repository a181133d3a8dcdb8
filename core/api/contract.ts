/**
 * The one API contract between the user interface and the backend.
 * Every method is declared here once, with the schema of its argument and result;
 * the Electron IPC bridge, the HTTP test host and the CLI are all derived from this list.
 */
import { z } from 'zod';

/** Largest text accepted in one payload; documents over this are refused before parsing. */
export const MAX_TEXT_CHARS = 30_000_000;
const MAX_CELL_CHARS = 200_000;

const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const TargetLang = z.enum(['en', 'zh-Hans']);
export const CellStatus = z.enum(['empty', 'auto', 'draft', 'translated', 'reviewed']);
export const ParagraphKind = z.enum(['heading', 'body', 'caption', 'boilerplate']);

export const Cell = z.strictObject({
  text: z.string(),
  status: CellStatus,
  updatedAt: z.string(),
});

export const Paragraph = z.strictObject({
  id: Id,
  position: z.number().int().nonnegative(),
  source: z.string(),
  kind: ParagraphKind,
  targets: z.strictObject({ en: Cell, 'zh-Hans': Cell }),
});

const Progress = z.strictObject({ en: z.number().int(), 'zh-Hans': z.number().int() });

export const DocumentSummary = z.strictObject({
  id: Id,
  projectId: Id,
  title: z.string(),
  createdAt: z.string(),
  paragraphCount: z.number().int(),
  /** Cells with status translated or reviewed, per target language. */
  confirmed: Progress,
});

export const DocumentView = z.strictObject({
  document: DocumentSummary,
  paragraphs: z.array(Paragraph),
});

export const TmMatch = z.strictObject({
  unitId: Id,
  score: z.number().int().min(0).max(101),
  source: z.string(),
  en: z.string().nullable(),
  zhHans: z.string().nullable(),
  origin: z.string(),
  updatedAt: z.string(),
});

export const ExportFormat = z.enum(['txt']);

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const contract = {
  listDocuments: method(z.strictObject({}), z.array(DocumentSummary)),
  importText: method(
    z.strictObject({
      title: z.string().trim().min(1, 'A document needs a title').max(500),
      text: z.string().max(MAX_TEXT_CHARS, `A document may hold at most ${MAX_TEXT_CHARS} characters`),
    }),
    DocumentSummary,
  ),
  getDocument: method(z.strictObject({ documentId: Id }), DocumentView),
  saveTarget: method(
    z.strictObject({ paragraphId: Id, lang: TargetLang, text: z.string().max(MAX_CELL_CHARS) }),
    Cell,
  ),
  confirmTarget: method(z.strictObject({ paragraphId: Id, lang: TargetLang }), Cell),
  findTmMatches: method(z.strictObject({ paragraphId: Id }), z.array(TmMatch)),
  exportDocument: method(
    z.strictObject({
      documentId: Id,
      lang: TargetLang,
      format: ExportFormat,
      /** What to write for a paragraph with no translation: nothing, or its source text. */
      untranslated: z.enum(['omit', 'source']).default('omit'),
    }),
    z.strictObject({ fileName: z.string(), content: z.string(), omitted: z.number().int() }),
  ),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = z.output<Contract[M]['output']>;

/** What the backend implements: each method receives an already validated argument. */
export type ApiImplementation = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

/** What every caller (renderer, tests, CLI) sees: each method is asynchronous. */
export type Api = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodResult<M>>;
};

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export type TargetLangT = z.infer<typeof TargetLang>;
export type CellStatusT = z.infer<typeof CellStatus>;
export type ParagraphKindT = z.infer<typeof ParagraphKind>;
export type CellT = z.infer<typeof Cell>;
export type ParagraphT = z.infer<typeof Paragraph>;
export type DocumentSummaryT = z.infer<typeof DocumentSummary>;
export type DocumentViewT = z.infer<typeof DocumentView>;
export type TmMatchT = z.infer<typeof TmMatch>;
