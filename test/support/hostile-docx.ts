/**
 * A Word document written to attack whatever shows it: script tags and HTML in its text, a
 * javascript: hyperlink, a tracking link, and pictures that live on a remote server (external
 * relationships, as Word writes for "Link to file"). The WordprocessingML is written by hand
 * so that every hostile part is exactly as an attacker would put it.
 */
import { strToU8, zipSync } from 'fflate';

export const REMOTE = 'http://example.invalid';

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  v: 'urn:schemas-microsoft-com:vml',
};
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rIdScript" Type="${REL}/hyperlink" Target="javascript:alert('link')" TargetMode="External"/>
  <Relationship Id="rIdTrack" Type="${REL}/hyperlink" Target="${REMOTE}/track" TargetMode="External"/>
  <Relationship Id="rIdPixel" Type="${REL}/image" Target="${REMOTE}/x.png" TargetMode="External"/>
</Relationships>`;

const text = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const heading = (t: string) => `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${text(t)}</w:p>`;

/** A DrawingML picture whose bytes are fetched from the remote server (r:link) or claimed to be (r:embed). */
const drawing = (attribute: 'r:embed' | 'r:link') => `<w:r><w:drawing><wp:inline>
  <wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="pixel"/>
  <a:graphic><a:graphicData uri="${NS.pic}"><pic:pic>
    <pic:nvPicPr><pic:cNvPr id="1" name="x.png"/><pic:cNvPicPr/></pic:nvPicPr>
    <pic:blipFill><a:blip ${attribute}="rIdPixel"/></pic:blipFill>
    <pic:spPr/>
  </pic:pic></a:graphicData></a:graphic>
</wp:inline></w:drawing></w:r>`;

/** The same remote picture as old Word (VML) writes it. */
const vmlPicture = `<w:r><w:pict><v:shape style="width:10pt;height:10pt"><v:imagedata r:id="rIdPixel" o:title=""/></v:shape></w:pict></w:r>`;

const BODY = [
  heading('惡意文件測試'),
  paragraph(text('第一段文字&lt;script&gt;alert(&apos;run&apos;)&lt;/script&gt;繼續。')),
  paragraph(text('請'), `<w:hyperlink r:id="rIdScript">${text('按這裏')}</w:hyperlink>`, text('閱讀全文。')),
  paragraph(drawing('r:link'), text('追蹤像素之後的文字。')),
  paragraph(drawing('r:embed'), vmlPicture, text('內嵌聲稱的遠端圖片。')),
  paragraph(text('字面標籤:&lt;img src=x onerror=alert(&apos;img&apos;)&gt;')),
  paragraph(text('詳情見'), `<w:hyperlink r:id="rIdTrack">${text('官方網站')}</w:hyperlink>`, text('。')),
];

/** The paragraphs a safe import keeps: every character of text, nothing else. */
export const HOSTILE_DOCX_TEXT = [
  '惡意文件測試',
  "第一段文字<script>alert('run')</script>繼續。",
  '請按這裏閱讀全文。',
  '追蹤像素之後的文字。',
  '內嵌聲稱的遠端圖片。',
  "字面標籤:<img src=x onerror=alert('img')>",
  '詳情見官方網站。',
];

export function hostileDocx(): Uint8Array {
  const namespaces = Object.entries(NS)
    .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
    .join(' ');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${namespaces} xmlns:o="urn:schemas-microsoft-com:office:office"><w:body>${BODY.join('\n')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELS),
    'word/document.xml': strToU8(document),
    'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
  });
}
