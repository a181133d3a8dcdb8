import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bilingualDocx } from '../../../core/export/bilingual-docx.ts';
import { DEFAULT_BILINGUAL_OPTIONS } from '../../../core/export/bilingual-table.ts';
import type { ExportDocument } from '../../../core/export/model.ts';
import { diffReview, reviewOrigin } from '../../../core/export/review-diff.ts';
import { readReviewDocx } from '../../../core/export/review-docx.ts';
import { tableRows, typeIntoCell, withDocumentXml } from './docx-parts.ts';
import { trickyDocument } from './fixtures.ts';

const EN = 2;
const ZH = 3;

async function exported(doc: ExportDocument = trickyDocument()): Promise<Uint8Array> {
  return (await bilingualDocx(doc, { ...DEFAULT_BILINGUAL_OPTIONS, status: true })).bytes;
}

const diffOf = (docx: Uint8Array, doc = trickyDocument()) => diffReview(readReviewDocx(docx), doc);

describe('reading a reviewed bilingual DOCX back', () => {
  it('finds nothing to change in the file as exported: every cell reads back exactly', async () => {
    const diff = diffOf(await exported());
    expect(diff).toMatchObject({ documentId: 7, columns: ['en', 'zh-Hans'], rows: 6, unchanged: 12, changes: [] });
    expect(diff.exportedAt).toBe('2026-05-04T09:00:00.000Z');
  });

  it('lists each edited target cell with its text before and after', async () => {
    let docx = await exported();
    docx = typeIntoCell(docx, 106, EN, 'First, share computing centres.');
    docx = typeIntoCell(docx, 102, ZH, '已改 & <審>');
    const diff = diffOf(docx);
    expect(diff.changes).toEqual([
      { paragraphId: 102, number: 3, lang: 'zh-Hans', before: '<script>alert("x")</script> & 𠀋字', beforeStatus: 'auto', after: '已改 & <審>', changedSinceExport: false },
      { paragraphId: 106, number: 7, lang: 'en', before: '', beforeStatus: 'empty', after: 'First, share computing centres.', changedSinceExport: false },
    ]);
    expect(diff.unchanged).toBe(10);
  });

  it('warns when a changed cell was also edited in the workbench after the export', async () => {
    const docx = typeIntoCell(await exported(), 106, EN, 'First, share computing centres.');
    const doc = trickyDocument();
    doc.paragraphs[6]!.targets.en.updatedAt = '2026-05-05T10:00:00.000Z';
    expect(diffOf(docx, doc).changes[0]?.changedSinceExport).toBe(true);
  });

  it('counts tracked insertions and not tracked deletions', async () => {
    const docx = withDocumentXml(await exported(), (xml) =>
      xml.replace('<w:t xml:space="preserve">Photo: China News Service, Hong Kong</w:t></w:r>', () =>
        '<w:t xml:space="preserve">Photo: </w:t></w:r><w:del w:id="1" w:author="R"><w:r><w:delText>China News Service, Hong Kong</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="R"><w:r><w:t>CNS</w:t></w:r></w:ins>',
      ),
    );
    expect(diffOf(docx).changes).toMatchObject([{ paragraphId: 105, lang: 'en', after: 'Photo: CNS' }]);
  });

  it('names the document it came from', async () => {
    expect(reviewOrigin(readReviewDocx(await exported()))).toEqual({ documentId: 7, firstParagraphId: 101 });
  });
});

describe('refusing a damaged review file (DAMAGED_REVIEW_FILE)', () => {
  const damaged = (message: string | RegExp) => expect.objectContaining({ code: 'DAMAGED_REVIEW_FILE', message: expect.stringMatching(message) });

  it('when the source text was changed', async () => {
    const docx = typeIntoCell(await exported(), 104, 1, '控制字元在此(改)');
    expect(() => diffOf(docx)).toThrow(damaged(/source text in row 4 \(# 5\) was changed/u));
  });

  it('when a row lost its paragraph ID', async () => {
    const docx = withDocumentXml(await exported(), (xml) => xml.replace(/<w:bookmarkStart w:name="wb_p103" w:id="\d+"\/>/u, ''));
    expect(() => diffOf(docx)).toThrow(damaged(/Row 3 of the table \(# “4”\) has lost its paragraph ID/u));
  });

  it('when a row was copied', async () => {
    const docx = withDocumentXml(await exported(), (xml) => {
      const row = tableRows(xml).find((r) => r.includes('wb_p103'))!;
      return xml.replace(row, () => row + row);
    });
    expect(() => diffOf(docx)).toThrow(damaged(/both name paragraph 103: a row was copied/u));
  });

  it('when it names paragraphs of another document', async () => {
    const other = { ...trickyDocument(), id: 8 };
    const docx = await exported();
    expect(() => diffOf(docx, other)).toThrow(damaged(/exported from document 7, not from document 8/u));
    const renumbered = withDocumentXml(await exported(), (xml) => xml.replace('wb_p106', 'wb_p999'));
    expect(() => diffOf(renumbered)).toThrow(damaged(/names paragraph 999, which is not in document 7/u));
  });

  it('when it has no review table at all', () => {
    const plain = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>') });
    expect(() => diffOf(plain)).toThrow(damaged(/no Bilingual Workbench review table/u));
  });
});

describe('refusing what is not a DOCX', () => {
  it.each([
    [new Uint8Array(), 'EMPTY_FILE'],
    [strToU8('just some text, not a zip'), 'CORRUPT_FILE'],
    [zipSync({ 'hello.txt': strToU8('hi') }), 'CORRUPT_FILE'],
    [zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') }), 'MALFORMED_FILE'],
  ])('%# → %s', (bytes, code) => {
    expect(() => readReviewDocx(bytes)).toThrow(expect.objectContaining({ code }));
  });
});
