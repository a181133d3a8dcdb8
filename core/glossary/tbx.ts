/**
 * TBX-Basic, the termbase exchange format: written as TBX v3 (ISO 30042:2019, DCA style), read
 * as v3 or as the older v2 (<martif>) that many CAT tools still export. A concept holds terms per
 * language; a term marked deprecated or superseded becomes a forbidden entry here, and a
 * forbidden entry goes out as a concept whose target terms are deprecated.
 */
import { WorkbenchError } from '../errors.ts';
import { escapeXml, xmlSafe } from '../export/escape.ts';
import { attr, decodeXml, parseXml, type XmlTag } from '../export/xml.ts';
import { hasTraditional } from '../tm/normalize.ts';
import { checkGlossaryTerm, type GlossaryTerm } from './entry.ts';
import type { GlossaryFile, SkippedRow } from './table.ts';

const WHAT = 'TBX file';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const TBX_NS = 'urn:iso:std:iso:30042:ed-2';
const DEPRECATED = /^(?:deprecated|superseded)Term(?:-admn-sts)?$/iu;

type Language = 'zhHant' | 'en' | 'zhHans';

interface TermRecord {
  term: string;
  partOfSpeech: string;
  deprecated: boolean;
}

interface Concept {
  id: string;
  notes: string[];
  terms: { lang: Language; record: TermRecord }[];
}

/** Our column for an xml:lang value; bare "zh" goes by the characters of the term. */
function languageOf(lang: string, term: string): Language | undefined {
  const tag = lang.toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (/^zh-(?:hant|hk|tw|mo)\b/u.test(tag)) return 'zhHant';
  if (/^zh-(?:hans|cn|sg|my)\b/u.test(tag)) return 'zhHans';
  if (tag === 'zh' || tag === 'zh-yue' || tag === 'yue') return hasTraditional(term) ? 'zhHant' : 'zhHans';
  return undefined;
}

class TbxReader {
  readonly concepts: Concept[] = [];
  private concept: Concept | null = null;
  private lang = '';
  private record: TermRecord | null = null;
  private capture: { kind: 'term' | 'note' | 'partOfSpeech' | 'status'; text: string } | null = null;
  private sawRoot = false;

  open(tag: XmlTag): void {
    const name = tag.local;
    if (!this.sawRoot) {
      if (name !== 'tbx' && name !== 'martif') throw new WorkbenchError('UNSUPPORTED_FORMAT', `The ${WHAT} starts with <${tag.name}>, not <tbx> or <martif>`);
      this.sawRoot = true;
      return;
    }
    if (name === 'conceptEntry' || name === 'termEntry') {
      this.concept = { id: attr(tag, 'id') ?? `#${this.concepts.length + 1}`, notes: [], terms: [] };
    } else if (name === 'langSec' || name === 'langSet') {
      this.lang = attr(tag, 'lang', XML_NS) ?? '';
    } else if (name === 'termSec' || name === 'tig' || name === 'ntig') {
      this.record = { term: '', partOfSpeech: '', deprecated: false };
    } else if (name === 'term' && this.record) {
      this.capture = { kind: 'term', text: '' };
    } else if (name === 'termNote' && this.record) {
      const type = attr(tag, 'type');
      if (type === 'partOfSpeech') this.capture = { kind: 'partOfSpeech', text: '' };
      else if (type === 'administrativeStatus' || type === 'normativeAuthorization') this.capture = { kind: 'status', text: '' };
    } else if (this.concept && (name === 'note' || (name === 'descrip' && attr(tag, 'type') === 'definition'))) {
      this.capture = { kind: 'note', text: '' };
    }
  }

  text(text: string): void {
    if (this.capture) this.capture.text += text;
  }

  close(tag: XmlTag): void {
    const name = tag.local;
    if (this.capture && (name === 'term' || name === 'termNote' || name === 'note' || name === 'descrip')) {
      const { kind, text } = this.capture;
      this.capture = null;
      if (kind === 'note' && text.trim() !== '') this.concept?.notes.push(text.trim());
      else if (kind === 'term' && this.record) this.record.term = text;
      else if (kind === 'partOfSpeech' && this.record) this.record.partOfSpeech = text.trim();
      else if (kind === 'status' && this.record) this.record.deprecated = DEPRECATED.test(text.trim());
    } else if ((name === 'termSec' || name === 'tig' || name === 'ntig') && this.record && this.concept) {
      const lang = languageOf(this.lang, this.record.term);
      if (lang && this.record.term.trim() !== '') this.concept.terms.push({ lang, record: this.record });
      this.record = null;
    } else if ((name === 'conceptEntry' || name === 'termEntry') && this.concept) {
      this.concepts.push(this.concept);
      this.concept = null;
    }
  }
}

/** Pairs the i-th English and i-th Simplified term of a concept into one entry per pair. */
function zip(en: readonly TermRecord[], zhHans: readonly TermRecord[]): [TermRecord | undefined, TermRecord | undefined][] {
  return Array.from({ length: Math.max(en.length, zhHans.length) }, (_, i) => [en[i], zhHans[i]]);
}

function entriesOf(concept: Concept): GlossaryTerm[] {
  const of = (lang: Language, deprecated: boolean) =>
    concept.terms.filter((t) => t.lang === lang && t.record.deprecated === deprecated).map((t) => t.record);
  const sources = of('zhHant', false).length > 0 ? of('zhHant', false) : of('zhHant', true);
  if (sources.length === 0) throw new WorkbenchError('MALFORMED_FILE', 'it has no Traditional Chinese term');
  const notes = concept.notes.join('\n');
  const entries: GlossaryTerm[] = [];
  for (const source of sources) {
    for (const forbidden of [false, true]) {
      for (const [en, zhHans] of zip(of('en', forbidden), of('zhHans', forbidden))) {
        entries.push({
          zhHant: source.term,
          en: en?.term ?? '',
          zhHans: zhHans?.term ?? '',
          notes,
          partOfSpeech: source.partOfSpeech || en?.partOfSpeech || '',
          forbidden,
        });
      }
    }
  }
  if (entries.length === 0) throw new WorkbenchError('MALFORMED_FILE', 'it has no English or Simplified Chinese term');
  return entries;
}

export function readTbx(bytes: Uint8Array): GlossaryFile {
  const reader = new TbxReader();
  parseXml(decodeXml(bytes, WHAT), WHAT, {
    open: (tag) => reader.open(tag),
    close: (tag) => reader.close(tag),
    text: (text) => reader.text(text),
  });
  const entries: GlossaryTerm[] = [];
  const skipped: SkippedRow[] = [];
  for (const concept of reader.concepts) {
    try {
      entries.push(...entriesOf(concept).map(checkGlossaryTerm));
    } catch (error) {
      if (!(error instanceof WorkbenchError)) throw error;
      skipped.push({ at: `concept ${concept.id}`, reason: error.message });
    }
  }
  return { entries, skipped };
}

const text = (value: string) => escapeXml(xmlSafe(value));

function termSec(term: string, status: 'preferredTerm-admn-sts' | 'deprecatedTerm-admn-sts', partOfSpeech: string): string {
  const pos = partOfSpeech === '' ? '' : `\n            <termNote type="partOfSpeech">${text(partOfSpeech)}</termNote>`;
  return `
          <termSec>
            <term>${text(term)}</term>${pos}
            <termNote type="administrativeStatus">${status}</termNote>
          </termSec>`;
}

function concept(entry: GlossaryTerm, index: number): string {
  const target = entry.forbidden ? 'deprecatedTerm-admn-sts' : 'preferredTerm-admn-sts';
  const langSec = (lang: string, body: string) => `
        <langSec xml:lang="${lang}">${body}
        </langSec>`;
  const parts = [
    entry.notes === '' ? '' : `\n        <note>${text(entry.notes)}</note>`,
    langSec('zh-Hant', termSec(entry.zhHant, 'preferredTerm-admn-sts', entry.partOfSpeech)),
    entry.en === '' ? '' : langSec('en', termSec(entry.en, target, '')),
    entry.zhHans === '' ? '' : langSec('zh-Hans', termSec(entry.zhHans, target, '')),
  ];
  return `
      <conceptEntry id="c${index + 1}">${parts.join('')}
      </conceptEntry>`;
}

/** A TBX-Basic v3 file, one concept per entry. */
export function writeTbx(entries: readonly GlossaryTerm[], title: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="${TBX_NS}">
  <tbxHeader>
    <fileDesc>
      <sourceDesc>
        <p>${text(title)}</p>
      </sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>${entries.map(concept).join('')}
    </body>
  </text>
</tbx>
`;
  return new TextEncoder().encode(xml);
}
