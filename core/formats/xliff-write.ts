/** Writes one target language of a document as XLIFF 2.0 or 1.2. */
import type { TargetLangT } from '../api/contract.ts';
import { TARGET_TAG } from '../export/labels.ts';
import { isLeftOut, isUntranslated, selectParagraphs, type ExportDocument, type ExportParagraph, type ExportSummary, type Selection } from '../export/model.ts';
import { unitId, XLIFF_NS, type XliffVersion } from './xliff.ts';
import { stateFor12, stateFor20 } from './xliff-state.ts';
import { inlineXml, plainXml } from './xliff-text.ts';

export interface XliffOptions extends Selection {
  lang: TargetLangT;
  version: XliffVersion;
}

/** The <file> id of our exports: the document's id, so an import knows where the units belong. */
export function fileIdFor(documentId: number): string {
  return `d${documentId}`;
}

const KIND_PREFIX = { '2.0': 'bw:', '1.2': 'x-' } as const;

function attributes(pairs: Record<string, string | null>): string {
  return Object.entries(pairs)
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([name, value]) => ` ${name}="${plainXml(value)}"`)
    .join('');
}

function kindOf(p: ExportParagraph, version: XliffVersion): string | null {
  return p.kind === 'body' ? null : `${KIND_PREFIX[version]}${p.kind}`;
}

function unit20(p: ExportParagraph, lang: TargetLangT): string {
  const cell = p.targets[lang];
  const { state, subState } = stateFor20(isUntranslated(cell) ? 'empty' : cell.status);
  const notes = p.comment === '' ? '' : `\n      <notes><note category="comment">${plainXml(p.comment)}</note></notes>`;
  const target = isUntranslated(cell) ? '' : `\n        <target xml:space="preserve">${inlineXml(cell.text, '2.0')}</target>`;
  const unitAttrs = attributes({ id: unitId(p.id), name: String(p.position + 1), translate: isLeftOut(p) ? 'no' : null, type: kindOf(p, '2.0') });
  return `    <unit${unitAttrs}>${notes}
      <segment${attributes({ state, subState })}>
        <source xml:space="preserve">${inlineXml(p.source, '2.0')}</source>${target}
      </segment>
    </unit>`;
}

function unit12(p: ExportParagraph, lang: TargetLangT): string {
  const cell = p.targets[lang];
  const { state, qualifier } = stateFor12(isUntranslated(cell) ? 'empty' : cell.status);
  const target = isUntranslated(cell)
    ? ''
    : `\n        <target${attributes({ state, 'state-qualifier': qualifier })}>${inlineXml(cell.text, '1.2')}</target>`;
  const notes = p.comment === '' ? '' : `\n        <note>${plainXml(p.comment)}</note>`;
  const unitAttrs = attributes({
    id: unitId(p.id),
    resname: String(p.position + 1),
    restype: kindOf(p, '1.2'),
    translate: isLeftOut(p) ? 'no' : null,
    'xml:space': 'preserve',
  });
  return `      <trans-unit${unitAttrs}>
        <source>${inlineXml(p.source, '1.2')}</source>${target}${notes}
      </trans-unit>`;
}

export function writeXliff(doc: ExportDocument, options: XliffOptions): { xml: string; summary: ExportSummary } {
  const selected = selectParagraphs(doc.paragraphs, options);
  const trgLang = TARGET_TAG[options.lang];
  const fileAttrs = { original: doc.title };
  let body: string;
  if (options.version === '2.0') {
    body = `<xliff${attributes({ xmlns: XLIFF_NS['2.0'], version: '2.0', srcLang: doc.sourceLang, trgLang })}>
  <file${attributes({ id: fileIdFor(doc.id), ...fileAttrs })}>
${selected.map((p) => unit20(p, options.lang)).join('\n')}
  </file>
</xliff>`;
  } else {
    const file = attributes({ ...fileAttrs, 'source-language': doc.sourceLang, 'target-language': trgLang, datatype: 'plaintext'});
    body = `<xliff${attributes({ xmlns: XLIFF_NS['1.2'], version: '1.2' })}>
  <file${file}>
    <header><tool tool-id="bilingual-workbench" tool-name="Bilingual Workbench"/></header>
    <body>
${selected.map((p) => unit12(p, options.lang)).join('\n')}
    </body>
  </file>
</xliff>`;
  }
  return {
    xml: `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`,
    summary: { written: selected.length, skipped: doc.paragraphs.length - selected.length, untranslated: null, omitted: 0, filledWithSource: 0 },
  };
}
