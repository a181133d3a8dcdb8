import type {
  ApiImplementation,
  CellStatusT,
  CellT,
  DocumentSummaryT,
  MethodResult,
  ParagraphT,
  ParsedInput,
  TargetLangT,
} from '../core/api/contract.ts';
import { toSimplified } from '../core/convert.ts';
import { WorkbenchError } from '../core/errors.ts';
import { SAMPLE_TEXT, SAMPLE_TITLE } from '../core/sample.ts';
import { exactMatchKey, splitParagraphs } from '../core/text.ts';
import type { DocumentRow } from '../db/documents.ts';
import type { Store } from '../db/store.ts';

const MAX_TM_MATCHES = 5;
const CONFIRMED: readonly CellStatusT[] = ['translated', 'reviewed'];

function toSummary(row: DocumentRow): DocumentSummaryT {
  return {
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    createdAt: row.createdAt,
    paragraphCount: row.paragraphCount,
    confirmed: { en: row.confirmedEn, 'zh-Hans': row.confirmedZhHans },
  };
}

/** The status a cell takes when a person types into it. */
function statusAfterEdit(previous: CellT, text: string): CellStatusT {
  if (text === '') return 'empty';
  if (text === previous.text) return previous.status;
  return 'draft';
}

/** The backend: the one implementation of the contract, over the database repositories. */
export class WorkbenchService implements ApiImplementation {
  private readonly store: Store;
  private readonly clock: () => Date;

  constructor(store: Store, clock: () => Date = () => new Date()) {
    this.store = store;
    this.clock = clock;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private documentSummary(documentId: number): DocumentSummaryT {
    const row = this.store.documents.find(documentId);
    if (!row) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
    return toSummary(row);
  }

  private paragraph(paragraphId: number) {
    const context = this.store.targets.paragraph(paragraphId);
    if (!context) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} does not exist`);
    return context;
  }

  private cell(paragraphId: number, lang: TargetLangT): CellT {
    const cell = this.store.targets.find(paragraphId, lang);
    if (!cell) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} has no ${lang} cell`);
    return cell;
  }

  /** Opens the built-in sample on first start, so a new user sees a working workbench. */
  ensureSampleDocument(): void {
    if (this.store.documents.list().length === 0) {
      this.importText({ title: SAMPLE_TITLE, text: SAMPLE_TEXT });
    }
  }

  listDocuments(): DocumentSummaryT[] {
    return this.store.documents.list().map(toSummary);
  }

  importText({ title, text }: ParsedInput<'importText'>): DocumentSummaryT {
    const sources = splitParagraphs(text);
    if (sources.length === 0) {
      throw new WorkbenchError('EMPTY_DOCUMENT', `"${title}" has no text to translate: every line is blank`);
    }
    const paragraphs = sources.map((source) => ({ source, kind: 'body' as const, zhHansDraft: toSimplified(source) }));
    return this.documentSummary(this.store.documents.create(title, paragraphs, this.now()));
  }

  getDocument({ documentId }: ParsedInput<'getDocument'>): MethodResult<'getDocument'> {
    const document = this.documentSummary(documentId);
    const paragraphs = this.store.documents.paragraphsOf(documentId).map(
      (row): ParagraphT => ({
        id: row.id,
        position: row.position,
        source: row.source,
        kind: row.kind,
        targets: {
          en: { text: row.enText, status: row.enStatus, updatedAt: row.enUpdatedAt },
          'zh-Hans': { text: row.zhText, status: row.zhStatus, updatedAt: row.zhUpdatedAt },
        },
      }),
    );
    return { document, paragraphs };
  }

  saveTarget({ paragraphId, lang, text }: ParsedInput<'saveTarget'>): CellT {
    const previous = this.cell(paragraphId, lang);
    if (previous.text === text) return previous;
    return this.store.targets.write(paragraphId, lang, {
      text,
      status: statusAfterEdit(previous, text),
      updatedAt: this.now(),
    });
  }

  /** Marks a cell translated and stores the pair in the project's translation memory. */
  confirmTarget({ paragraphId, lang }: ParsedInput<'confirmTarget'>): CellT {
    const paragraph = this.paragraph(paragraphId);
    const cell = this.cell(paragraphId, lang);
    if (cell.text.trim() === '') {
      throw new WorkbenchError('EMPTY_TARGET', `Paragraph ${paragraph.position + 1} has no ${lang} text to confirm`);
    }
    const now = this.now();
    const status = CONFIRMED.includes(cell.status) ? cell.status : 'translated';
    return this.store.transaction(() => {
      this.store.tm.remember({
        projectId: paragraph.projectId,
        documentId: paragraph.documentId,
        paragraphId,
        origin: paragraph.documentTitle,
        source: paragraph.source,
        sourceKey: exactMatchKey(paragraph.source),
        lang,
        target: cell.text,
        now,
      });
      return this.store.targets.write(paragraphId, lang, { text: cell.text, status, updatedAt: now });
    });
  }

  findTmMatches({ paragraphId }: ParsedInput<'findTmMatches'>): MethodResult<'findTmMatches'> {
    const { source } = this.paragraph(paragraphId);
    return this.store.tm
      .exactMatches(exactMatchKey(source), paragraphId, MAX_TM_MATCHES)
      .map(({ id, ...unit }) => ({ unitId: id, score: 100, ...unit }));
  }

  exportDocument({ documentId, lang, untranslated }: ParsedInput<'exportDocument'>): MethodResult<'exportDocument'> {
    const { document, paragraphs } = this.getDocument({ documentId });
    const lines: string[] = [];
    let omitted = 0;
    for (const paragraph of paragraphs) {
      const text = paragraph.targets[lang].text;
      if (text !== '') lines.push(text);
      else if (untranslated === 'source') lines.push(paragraph.source);
      else omitted += 1;
    }
    return { fileName: `${document.title}.${lang}.txt`, content: `${lines.join('\n\n')}\n`, omitted };
  }
}
