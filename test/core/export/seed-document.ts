/**
 * The seed article stored as a document, with the paragraph kinds a reader gives its lines
 * (the site's breadcrumb, share and font widgets and the related-videos list are boilerplate,
 * the title and section titles are headings, the photo credit a caption), and a few English
 * cells written for these tests.
 */
import { readFileSync } from 'node:fs';
import type { ParagraphKindT } from '../../../core/api/contract.ts';
import { toSimplified } from '../../../core/convert.ts';
import { splitParagraphs } from '../../../core/text.ts';
import type { Store } from '../../../db/store.ts';
import type { WorkbenchService } from '../../../service/workbench-service.ts';
import { SEED_PATH } from '../../support/shared-data.ts';

const BOILERPLATE = new Set([0, 2, 3, 4, ...Array.from({ length: 10 }, (_, i) => 37 + i)]);
const HEADINGS = new Set([1, 9, 21, 27]);
const CAPTIONS = new Set([13]);

function kindAt(position: number): ParagraphKindT {
  if (BOILERPLATE.has(position)) return 'boilerplate';
  if (HEADINGS.has(position)) return 'heading';
  return CAPTIONS.has(position) ? 'caption' : 'body';
}

/** English for a few paragraphs, by position; the first two are confirmed, the others drafts. */
export const SEED_ENGLISH: [number, string][] = [
  [1, '[Opinion] Tu Haiming: How Hong Kong can “show its mettle” in artificial intelligence'],
  [5, 'Recently, a video of robots dancing went viral online. Practising martial arts, dancing… the robots move with agility, every “steel muscle” precisely controlled. The robot body was built by Hangzhou’s Unitree Robotics, and the “brain” that controls it is an embodied large model from another Hangzhou high-tech company. This shows once again the mainland’s new progress and achievements in artificial intelligence.'],
  [6, 'During this year’s Two Sessions, “artificial intelligence” was a hot topic among NPC deputies and CPPCC members. Many Hong Kong deputies and members said that the world is moving from a “network economy” to an “AI economy”, that Hong Kong has certain advantages in AI, and that if it seizes the opportunity it will reap rich rewards.'],
  [9, 'Know the strengths and the weaknesses, and set the direction of innovation'],
  [10, 'Hong Kong’s main advantage in artificial intelligence lies in its strong basic research.'],
];

export function seedSources(): string[] {
  return splitParagraphs(readFileSync(SEED_PATH, 'utf8'));
}

/** Stores the seed with its kinds and English cells, through the repositories and the service. */
export function createSeedDocument(store: Store, service: WorkbenchService, title = '來論:香港如何在人工智能領域大展拳腳'): number {
  const paragraphs = seedSources().map((source, position) => ({ source, kind: kindAt(position), zhHansDraft: toSimplified(source) }));
  const documentId = store.documents.create(title, paragraphs, '2026-05-01T08:00:00.000Z');
  const ids = store.documents.paragraphsOf(documentId).map((p) => p.id);
  SEED_ENGLISH.forEach(([position, text], index) => {
    service.saveTarget({ paragraphId: ids[position]!, lang: 'en', text });
    if (index < 2) service.confirmTarget({ paragraphId: ids[position]!, lang: 'en' });
  });
  return documentId;
}
