/**
 * TMX 1.4b, read as a stream and written unit by unit.
 *
 * Reading: bytes go in chunk by chunk (UTF-8, UTF-16 LE/BE by BOM, or the encoding the XML
 * declaration names), each <tu> comes out as soon as it closes, so a file of a million units
 * never sits in memory. Inline markup inside <seg> (bpt, ept, it, ph, ut with any <sub>) becomes
 * one numbered placeholder ⟦n⟧ whose exact XML is kept beside the text; <hi> becomes a pair of
 * placeholders around its text, which stays translatable. Writing puts the XML back, so markup
 * round-trips. A file that is not well-formed, or not TMX, stops with the line it broke on.
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { WorkbenchError } from '../errors.ts';
import { hasTraditional } from '../tm/normalize.ts';
import { PLACEHOLDER, placeholder } from '../tm/placeholders.ts';

export type TmLanguage = 'zh-Hant' | 'zh-Hans' | 'en';

export interface TmxVariant {
  /** The xml:lang as written in the file. */
  lang: string;
  /** The segment text, inline markup replaced by ⟦1⟧, ⟦2⟧… */
  text: string;
  /** The XML each placeholder stands for, in order (⟦1⟧ is markup[0]). */
  markup: string[];
}

export interface TmxUnit {
  variants: TmxVariant[];
  /** ISO 8601, from the tu (or its first tuv) creationdate/changedate. */
  createdAt: string | null;
  changedAt: string | null;
  segtype: string | null;
  /** <prop type="…"> values of the tu, first of each type. */
  props: Record<string, string>;
  /** The line the <tu> started on. */
  line: number;
}

/** Elements whose whole content is native code: one placeholder each. */
const OPAQUE = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);
const LITERAL_BRACKET = '\u27e6';

/** XML 1.0 cannot carry C0 control characters other than tab and line ends, even escaped: they are dropped. */
function dropControls(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => (c === '\t' || c === '\n' || c === '\r' || c.charCodeAt(0) >= 0x7f ? c : ''));
}

function escapeText(text: string): string {
  return dropControls(text).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/gu, '&quot;');
}

function openTag(tag: SaxesTag): string {
  const attributes = Object.entries(tag.attributes as Record<string, string>)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${tag.name}${attributes}${tag.isSelfClosing ? '/' : ''}>`;
}

/** 20240501T102030Z → 2024-05-01T10:20:30Z; anything else is not a TMX date and is dropped. */
export function fromTmxDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  // Units exported together often share their date: the last one is remembered.
  if (value !== lastDate.tmx) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/u.exec(value);
    lastDate.tmx = value;
    lastDate.iso = m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : null;
  }
  return lastDate.iso;
}

const lastDate: { tmx: string; iso: string | null } = { tmx: '', iso: null };

export function toTmxDate(iso: string): string {
  return iso.replace(/\.\d+(?=Z$)/u, '').replace(/[-:]/gu, '');
}

/** zh-HK/zh-TW/zh-MO/zh-Hant → zh-Hant; zh-CN/zh-SG/zh-Hans → zh-Hans; bare zh by its script; en-* → en. */
export function mapLanguage(lang: string, text: string, overrides: Readonly<Record<string, TmLanguage>> = {}): TmLanguage | null {
  const known = knownCode(lang);
  const mapped = overrides[known.code] ?? known.mapped;
  return mapped === 'detect' ? (hasTraditional(text) ? 'zh-Hant' : 'zh-Hans') : mapped;
}

/** A file repeats a handful of xml:lang values a million times: each is worked out once. */
const codeCache = new Map<string, { code: string; mapped: TmLanguage | 'detect' | null }>();

function knownCode(lang: string): { code: string; mapped: TmLanguage | 'detect' | null } {
  let known = codeCache.get(lang);
  if (known === undefined) {
    const code = lang.toLowerCase().replace(/_/gu, '-');
    known = { code, mapped: mapCode(code) };
    codeCache.set(lang, known);
  }
  return known;
}

function mapCode(code: string): TmLanguage | 'detect' | null {
  if (code === 'en' || code.startsWith('en-')) return 'en';
  if (code !== 'zh' && !code.startsWith('zh-')) return null;
  if (/^zh-(hant|hk|tw|mo|cht)(-|$)/u.test(code)) return 'zh-Hant';
  if (/^zh-(hans|cn|sg|my|chs)(-|$)/u.test(code)) return 'zh-Hans';
  return 'detect';
}

function malformed(line: number, message: string): WorkbenchError {
  return new WorkbenchError('MALFORMED_FILE', `The TMX file is not valid at line ${line}: ${message}`);
}

/** Picks the decoder from the BOM, else from the XML declaration's encoding (UTF-8 by default). */
function decoderFor(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  const declaration = /^(?:\ufeff)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/u.exec(
    new TextDecoder('latin1').decode(head.subarray(0, 200)),
  );
  const label = declaration?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    // us-ascii is a subset of UTF-8; TextDecoder would read it as windows-1252.
    return new TextDecoder(label === 'us-ascii' || label === 'ascii' ? 'utf-8' : label, { fatal: true });
  } catch {
    throw new WorkbenchError('UNSUPPORTED_FORMAT', `The TMX file declares an encoding this reader does not know: ${label}`);
  }
}

/** Collects one <seg> (or <hi> inside it): text, and placeholders for markup. */
class SegmentBuilder {
  text = '';
  markup: string[] = [];
  /** Depth inside an opaque element and the XML gathered for it. */
  private opaqueDepth = 0;
  private opaque = '';

  private addPlaceholder(xml: string): void {
    this.markup.push(xml);
    this.text += placeholder(this.markup.length);
  }

  open(tag: SaxesTag): void {
    if (this.opaqueDepth > 0 || OPAQUE.has(tag.name)) {
      this.opaqueDepth++;
      this.opaque += openTag(tag);
      return;
    }
    // <hi> and anything unknown: its tags become placeholders, its text stays text.
    this.addPlaceholder(openTag(tag));
  }

  close(name: string, selfClosing: boolean): void {
    if (this.opaqueDepth > 0) {
      if (!selfClosing) this.opaque += `</${name}>`;
      this.opaqueDepth--;
      if (this.opaqueDepth === 0) {
        this.addPlaceholder(this.opaque);
        this.opaque = '';
      }
      return;
    }
    if (!selfClosing) this.addPlaceholder(`</${name}>`);
  }

  addText(text: string): void {
    if (this.opaqueDepth > 0) {
      this.opaque += escapeText(text);
      return;
    }
    if (!text.includes(LITERAL_BRACKET)) {
      this.text += text;
      return;
    }
    // A literal ⟦ becomes a placeholder of its own, so no text can pass for a placeholder.
    const parts = text.split(LITERAL_BRACKET);
    parts.forEach((part, i) => {
      if (i > 0) this.addPlaceholder(LITERAL_BRACKET);
      this.text += part;
    });
  }
}

export class TmxReader {
  private readonly parser = new SaxesParser({ position: true });
  private readonly onUnit: (unit: TmxUnit) => void;
  private decoder: TextDecoder | null = null;
  private readonly path: string[] = [];
  private unit: TmxUnit | null = null;
  private variant: { lang: string; createdAt: string | null; changedAt: string | null } | null = null;
  private segment: SegmentBuilder | null = null;
  private prop: { type: string; value: string } | null = null;
  private sawTmx = false;
  units = 0;

  constructor(onUnit: (unit: TmxUnit) => void) {
    this.onUnit = onUnit;
    this.parser.on('opentag', (tag) => this.onOpen(tag));
    this.parser.on('closetag', (tag) => this.onClose(tag));
    this.parser.on('text', (text) => this.onText(text));
    this.parser.on('cdata', (text) => this.onText(text));
  }

  get line(): number {
    return this.parser.line;
  }

  private onOpen(tag: SaxesTag): void {
    const parent = this.path.at(-1);
    this.path.push(tag.name);
    if (this.segment) {
      this.segment.open(tag);
      return;
    }
    const attributes = tag.attributes as Record<string, string>;
    if (parent === undefined) {
      if (tag.name !== 'tmx') throw malformed(this.line, `the root element is <${tag.name}>, not <tmx>`);
      this.sawTmx = true;
    } else if (tag.name === 'tu') {
      if (parent !== 'body') throw malformed(this.line, '<tu> outside <body>');
      this.unit = {
        variants: [],
        createdAt: fromTmxDate(attributes.creationdate),
        changedAt: fromTmxDate(attributes.changedate),
        segtype: attributes.segtype ?? null,
        props: {},
        line: this.line,
      };
    } else if (tag.name === 'tuv') {
      if (parent !== 'tu') throw malformed(this.line, '<tuv> outside <tu>');
      // TMX 1.1–1.3 wrote lang; 1.4 writes xml:lang.
      const lang = attributes['xml:lang'] ?? attributes.lang;
      if (!lang) throw malformed(this.line, '<tuv> without xml:lang');
      this.variant = { lang, createdAt: fromTmxDate(attributes.creationdate), changedAt: fromTmxDate(attributes.changedate) };
    } else if (tag.name === 'seg') {
      if (parent !== 'tuv') throw malformed(this.line, '<seg> outside <tuv>');
      this.segment = new SegmentBuilder();
    } else if (tag.name === 'prop' && parent === 'tu') {
      this.prop = { type: attributes.type ?? '', value: '' };
    }
  }

  private onClose(tag: SaxesTag): void {
    this.path.pop();
    if (this.segment && tag.name !== 'seg') {
      this.segment.close(tag.name, tag.isSelfClosing);
      return;
    }
    if (tag.name === 'seg' && this.segment && this.unit && this.variant) {
      this.unit.variants.push({ lang: this.variant.lang, text: this.segment.text, markup: this.segment.markup });
      this.unit.createdAt ??= this.variant.createdAt;
      this.unit.changedAt ??= this.variant.changedAt;
      this.segment = null;
    } else if (tag.name === 'prop' && this.prop && this.unit) {
      this.unit.props[this.prop.type] ??= this.prop.value;
      this.prop = null;
    } else if (tag.name === 'tu' && this.unit) {
      this.units++;
      this.onUnit(this.unit);
      this.unit = null;
    }
  }

  private onText(text: string): void {
    if (this.segment) this.segment.addText(text);
    else if (this.prop) this.prop.value += text;
  }

  write(chunk: Uint8Array): void {
    this.decoder ??= decoderFor(chunk);
    this.feed(() => this.decoder!.decode(chunk, { stream: true }));
  }

  close(): void {
    this.feed(() => this.decoder?.decode() ?? '');
    this.guard(() => this.parser.close());
    if (!this.sawTmx) throw malformed(this.line, 'the file has no <tmx> element');
  }

  private feed(decode: () => string): void {
    let text: string;
    try {
      text = decode();
    } catch {
      throw malformed(this.line, 'the bytes are not valid in the declared encoding');
    }
    this.guard(() => this.parser.write(text));
  }

  /** saxes reports "line:column: message"; rethrow it as a WorkbenchError naming the line. */
  private guard(work: () => unknown): void {
    try {
      work();
    } catch (error) {
      if (error instanceof WorkbenchError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      const at = /^(\d+):\d+: /u.exec(message);
      throw malformed(at ? Number(at[1]) : this.line, message.replace(/^\d+:\d+: /u, ''));
    }
  }
}

/** Parses a whole TMX held in memory (small files, tests). */
export function parseTmx(bytes: Uint8Array): TmxUnit[] {
  const units: TmxUnit[] = [];
  const reader = new TmxReader((unit) => units.push(unit));
  reader.write(bytes);
  reader.close();
  return units;
}

export interface TmxHeader {
  creationTool: string;
  creationToolVersion: string;
  srcLang: string;
  segtype: 'block' | 'paragraph' | 'sentence' | 'phrase';
}

export interface TmxOutUnit {
  variants: TmxVariant[];
  createdAt?: string | null;
  changedAt?: string | null;
  segtype?: 'block' | 'paragraph' | 'sentence' | 'phrase' | null;
  props?: [type: string, value: string][];
}

export function tmxStart(header: TmxHeader): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n' +
    `<header creationtool="${escapeAttribute(header.creationTool)}" creationtoolversion="${escapeAttribute(header.creationToolVersion)}"` +
    ` segtype="${header.segtype}" o-tmf="${escapeAttribute(header.creationTool)}" adminlang="en"` +
    ` srclang="${escapeAttribute(header.srcLang)}" datatype="plaintext"/>\n<body>\n`
  );
}

export const TMX_END = '</body>\n</tmx>\n';

/** A segment's text with each placeholder put back as its XML; unknown placeholders stay text. */
function segmentXml(variant: TmxVariant): string {
  let out = '';
  let at = 0;
  for (const m of variant.text.matchAll(PLACEHOLDER)) {
    const xml = variant.markup[Number(m[1]) - 1];
    if (xml === undefined) continue;
    out += escapeText(variant.text.slice(at, m.index)) + xml;
    at = m.index + m[0].length;
  }
  return out + escapeText(variant.text.slice(at));
}

export function tmxUnit(unit: TmxOutUnit): string {
  const attributes = [
    unit.createdAt ? ` creationdate="${toTmxDate(unit.createdAt)}"` : '',
    unit.changedAt ? ` changedate="${toTmxDate(unit.changedAt)}"` : '',
    unit.segtype ? ` segtype="${unit.segtype}"` : '',
  ].join('');
  const props = (unit.props ?? []).map(([type, value]) => `  <prop type="${escapeAttribute(type)}">${escapeText(value)}</prop>\n`).join('');
  const variants = unit.variants
    .map((v) => `  <tuv xml:lang="${escapeAttribute(v.lang)}"><seg>${segmentXml(v)}</seg></tuv>\n`)
    .join('');
  return `<tu${attributes}>\n${props}${variants}</tu>\n`;
}

/** A whole TMX document in memory, e.g. a document's confirmed pairs for the export feature. */
export function writeTmx(header: TmxHeader, units: Iterable<TmxOutUnit>): string {
  let out = tmxStart(header);
  for (const unit of units) out += tmxUnit(unit);
  return out + TMX_END;
}
