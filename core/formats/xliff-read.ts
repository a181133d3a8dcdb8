/**
 * Reads XLIFF 2.0 and 1.2 into units of plain text. Inline codes that stand for
 * formatting (ph, sc/ec, bpt/ept, x…) are dropped and their marked text kept; our own
 * code-point markers become the characters again. Anything not well-formed is refused.
 */
import type { CellStatusT, ParagraphKindT } from '../api/contract.ts';
import { WorkbenchError } from '../errors.ts';
import { attr, decodeXml, parseXml, type XmlTag } from '../export/xml.ts';
import { XLIFF_NS, type XliffFile, type XliffUnit, type XliffVersion } from './xliff.ts';
import { leastAdvanced, statusFrom12, statusFrom20 } from './xliff-state.ts';
import { charFromHex, CP_CTYPE_PREFIX } from './xliff-text.ts';

const WHAT = 'XLIFF file';
const KINDS: readonly ParagraphKindT[] = ['heading', 'body', 'caption', 'boilerplate'];
/** Inline elements whose content is text of the segment; every other inline element is a code. */
const TEXT_BEARING: Record<XliffVersion, readonly string[]> = { '2.0': ['pc', 'mrk'], '1.2': ['g', 'mrk'] };
/** 1.2 elements whose content is the original format's code, not text. */
const NATIVE_CODE = ['bpt', 'ept', 'ph', 'it', 'sub'];

interface Segment {
  source: string;
  target: string | null;
  state: string | undefined;
  qualifier: string | undefined;
}

interface OpenUnit {
  id: string;
  name: string | null;
  kind: ParagraphKindT | null;
  translate: boolean;
  segments: Segment[];
  notes: string[];
}

type Capture = { into: 'source' | 'target' | 'note'; text: string };

function kindFrom(type: string | undefined): ParagraphKindT | null {
  const kind = type?.replace(/^(bw:|x-)/u, '');
  return KINDS.find((k) => k === kind && k !== 'body') ?? null;
}

class XliffReader {
  version: XliffVersion | null = null;
  private ns = '';
  srcLang = '';
  trgLang: string | null = null;
  fileId = '';
  original = '';
  readonly units: XliffUnit[] = [];
  private fileUnitIds = new Set<string>();
  private readonly path: string[] = [];
  private unit: OpenUnit | null = null;
  private segment: Segment | null = null;
  private capture: Capture | null = null;
  /** Depth inside an element whose content is not text (a 1.2 native code, an unknown element). */
  private skipping = 0;

  open(tag: XmlTag): void {
    const parent = this.path.at(-1);
    const name = tag.uri === this.ns ? tag.local : `{${tag.uri}}${tag.local}`;
    this.path.push(name);
    if (this.version === null) return this.root(tag);
    if (this.capture) return this.inline(tag, name);
    if (name === 'file') this.file(tag);
    else if (name === 'unit' || name === 'trans-unit') this.startUnit(tag);
    else if (this.unit && (name === 'segment' || name === 'ignorable')) this.segment = this.newSegment(tag);
    else if (this.unit && (name === 'source' || name === 'target') && this.owns(parent)) this.startText(tag, name);
    else if (this.unit && name === 'note' && this.ownsNote()) this.capture = { into: 'note', text: '' };
  }

  close(): void {
    const name = this.path.pop();
    if (this.capture) {
      if (this.skipping > 0) this.skipping -= 1;
      else if (name === 'source' || name === 'target' || name === 'note') this.endText();
      return;
    }
    if ((name === 'segment' || name === 'ignorable') && this.segment) {
      this.unit?.segments.push(this.segment);
      this.segment = null;
    } else if (name === 'unit' || name === 'trans-unit') this.endUnit();
  }

  text(chunk: string): void {
    if (this.capture && this.skipping === 0) this.capture.text += chunk;
  }

  private root(tag: XmlTag): void {
    if (tag.local !== 'xliff') throw new WorkbenchError('UNSUPPORTED_FORMAT', `This is not an XLIFF file: its root element is <${tag.name}>`);
    const version = attr(tag, 'version') ?? '';
    if (tag.uri === XLIFF_NS['2.0'] && version.startsWith('2.')) this.version = '2.0';
    else if (tag.uri === XLIFF_NS['1.2'] || (tag.uri === '' && version === '1.2')) this.version = '1.2';
    else throw new WorkbenchError('UNSUPPORTED_FORMAT', `XLIFF version "${version}" (${tag.uri || 'no namespace'}) is not supported: use XLIFF 2.0 or 1.2`);
    this.ns = tag.uri;
    this.srcLang = attr(tag, 'srcLang') ?? '';
    this.trgLang = attr(tag, 'trgLang') ?? null;
  }

  private file(tag: XmlTag): void {
    this.fileUnitIds = new Set();
    // The first <file> names the document and (in 1.2) the languages; later ones only add units.
    if (this.units.length > 0 || this.fileId !== '' || this.original !== '') return;
    this.fileId = attr(tag, 'id') ?? '';
    this.original = attr(tag, 'original') ?? '';
    if (this.version === '1.2') {
      this.srcLang = attr(tag, 'source-language') ?? '';
      this.trgLang = attr(tag, 'target-language') ?? null;
    }
  }

  private startUnit(tag: XmlTag): void {
    const id = attr(tag, 'id');
    if (id === undefined || id === '') {
      const place = `unit ${this.units.length + 1} of the file`;
      throw new WorkbenchError('MALFORMED_FILE', `The ${WHAT} has a <${tag.local}> without an id (${place}); every unit needs one`);
    }
    if (this.fileUnitIds.has(id)) throw new WorkbenchError('MALFORMED_FILE', `The ${WHAT} has two units with the id "${id}"`);
    this.fileUnitIds.add(id);
    this.unit = {
      id,
      name: attr(tag, this.version === '2.0' ? 'name' : 'resname') ?? null,
      kind: kindFrom(attr(tag, this.version === '2.0' ? 'type' : 'restype')),
      translate: attr(tag, 'translate') !== 'no',
      segments: [],
      notes: [],
    };
    // A 1.2 trans-unit is its own single segment.
    if (this.version === '1.2') this.segment = this.newSegment(tag);
  }

  private newSegment(tag: XmlTag): Segment {
    return { source: '', target: null, state: attr(tag, 'state'), qualifier: attr(tag, 'subState') };
  }

  /** Only a segment's (2.0) or a trans-unit's (1.2) own source and target count: not alt-trans or matches. */
  private owns(parent: string | undefined): boolean {
    return this.version === '2.0' ? parent === 'segment' || parent === 'ignorable' : parent === 'trans-unit';
  }

  private ownsNote(): boolean {
    const [grand, parent] = this.path.slice(-3, -1);
    return this.version === '2.0' ? parent === 'notes' && grand === 'unit' : parent === 'trans-unit';
  }

  private startText(tag: XmlTag, name: 'source' | 'target'): void {
    if (name === 'target' && this.version === '1.2' && this.segment) {
      this.segment.state = attr(tag, 'state');
      this.segment.qualifier = attr(tag, 'state-qualifier');
    }
    this.capture = { into: name, text: '' };
  }

  private inline(tag: XmlTag, name: string): void {
    const foreign = name.startsWith('{');
    if (this.skipping > 0 || foreign || (this.version === '1.2' && NATIVE_CODE.includes(name))) {
      this.skipping += 1;
      return;
    }
    if (TEXT_BEARING[this.version!].includes(name)) return;
    const codePoint = name === 'cp' ? attr(tag, 'hex') : name === 'x' ? attr(tag, 'ctype')?.replace(CP_CTYPE_PREFIX, '') : undefined;
    if (name === 'cp' && charFromHex(codePoint) === null) {
      throw new WorkbenchError('MALFORMED_FILE', `The ${WHAT} has a <cp> with the invalid hex value "${codePoint ?? ''}"`);
    }
    const isOurCode = name === 'cp' || (name === 'x' && attr(tag, 'ctype')?.startsWith(CP_CTYPE_PREFIX) === true);
    // Other placeholder codes (ph, sc, ec, x, bx, ex …) carry no text.
    if (isOurCode) this.capture!.text += charFromHex(codePoint) ?? '';
  }

  private endText(): void {
    const { into, text } = this.capture!;
    this.capture = null;
    if (into === 'note') this.unit?.notes.push(text);
    else if (this.segment) this.segment[into] = text;
  }

  private endUnit(): void {
    const unit = this.unit;
    if (!unit) return;
    if (this.version === '1.2' && this.segment) unit.segments.push(this.segment);
    this.segment = null;
    this.unit = null;
    const hasTarget = unit.segments.some((s) => s.target !== null);
    const target = hasTarget ? unit.segments.map((s) => s.target ?? '').join('') : null;
    const statuses: CellStatusT[] = unit.segments.map((s) =>
      this.version === '2.0' ? statusFrom20(s.state, s.qualifier, (s.target ?? '') !== '') : statusFrom12(s.state, s.qualifier, (s.target ?? '') !== ''),
    );
    this.units.push({
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      translate: unit.translate,
      source: unit.segments.map((s) => s.source).join(''),
      target,
      status: target === null || target === '' ? 'empty' : leastAdvanced(statuses),
      notes: unit.notes,
    });
  }
}

export function readXliff(bytes: Uint8Array): XliffFile {
  const reader = new XliffReader();
  parseXml(decodeXml(bytes, WHAT), WHAT, {
    open: (tag) => reader.open(tag),
    close: () => reader.close(),
    text: (chunk) => reader.text(chunk),
  });
  if (reader.version === null) throw new WorkbenchError('EMPTY_FILE', `The ${WHAT} has no XML content`);
  return {
    version: reader.version,
    srcLang: reader.srcLang,
    trgLang: reader.trgLang,
    fileId: reader.fileId,
    original: reader.original,
    units: reader.units,
  };
}
