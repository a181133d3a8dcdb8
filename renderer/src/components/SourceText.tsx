import type { ReactNode } from 'react';
import type { GlossaryHitT } from '../../../core/api/contract.ts';
import { useSourceTerms } from '../hooks/useTerminology.ts';
import { useT, type Translate } from '../i18n/index.ts';

function targets(t: Translate, hit: GlossaryHitT): string {
  return hit.entries.map((e) => (e.forbidden ? `⛔ ${e.zhHant}` : t('glossaryTargets', { en: e.en || '—', zhHans: e.zhHans || '—' }))).join('\n');
}

/** The source as text runs and marked terms (hits are in order and never overlap). */
function marked(t: Translate, source: string, hits: readonly GlossaryHitT[]): ReactNode[] {
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at) continue;
    if (hit.start > at) nodes.push(source.slice(at, hit.start));
    const forbidden = hit.entries.every((e) => e.forbidden);
    nodes.push(
      <mark key={hit.start} className={forbidden ? 'term forbidden' : 'term'} title={targets(t, hit)} data-testid="glossary-term">
        {source.slice(hit.start, hit.end)}
      </mark>,
    );
    at = hit.end;
  }
  if (at < source.length) nodes.push(source.slice(at));
  return nodes;
}

/**
 * The read-only source's content. In the active row its glossary terms are highlighted
 * (hover shows the targets).
 */
export function SourceText({ paragraphId, source }: { paragraphId: number; source: string }) {
  const t = useT();
  const terms = useSourceTerms();
  // No wrapper: without hits the source cell holds its plain text node, as other code expects.
  return <>{terms.paragraphId === paragraphId && terms.hits.length > 0 ? marked(t, source, terms.hits) : source}</>;
}
