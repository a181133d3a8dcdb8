/** A monolingual edition as DOCX: headings in Word's heading styles, captions in Caption. */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { DOCX_MIME } from './bilingual-docx.ts';
import { DEFAULT_FONTS, documentStyles, textRuns, type DocxFonts } from './docx-text.ts';
import type { Edition, EditionParagraph } from './monolingual.ts';
import type { ExportFile } from './model.ts';

function paragraphOf(p: EditionParagraph, edition: Edition): Paragraph {
  const children = textRuns(p.text, p.isSource ? 'source' : edition.lang);
  if (p.headingLevel !== null) return new Paragraph({ heading: p.headingLevel === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children });
  if (p.kind === 'caption') return new Paragraph({ style: 'Caption', children });
  return new Paragraph({ spacing: { after: 160 }, children });
}

export async function editionDocx(edition: Edition, title: string, fonts: DocxFonts = DEFAULT_FONTS): Promise<Omit<ExportFile, 'fileName'>> {
  const document = new Document({
    title,
    creator: 'Bilingual Workbench',
    styles: documentStyles(fonts),
    sections: [{ children: edition.paragraphs.map((p) => paragraphOf(p, edition)) }],
  });
  return { mimeType: DOCX_MIME, bytes: new Uint8Array(await Packer.toArrayBuffer(document)), summary: edition.summary };
}
