import { useEffect, useState, type ReactNode } from 'react';
import type { DraftSpanT, MethodResult } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { useSimplifiedActions } from '../hooks/useSimplifiedActions.ts';
import { useT, type Translate } from '../i18n/index.ts';

type Draft = MethodResult<'getConversionSpans'>['draft'];

interface Props {
  paragraphId: number;
  source: string;
  /** What the cell holds now. */
  text: string;
}

/**
 * The paragraph's machine draft with its spans, fetched once per paragraph, source and draft
 * version (a variant or vocabulary change), never per keystroke. The source it was drafted
 * from is kept with it, as the spans' source offsets point into that text.
 */
function useDraft(paragraphId: number, source: string): { draft: Draft; source: string } | null {
  const { draftVersion } = useSimplifiedActions();
  const [found, setFound] = useState<{ draft: Draft; source: string } | null>(null);
  useEffect(() => {
    let current = true;
    api.getConversionSpans({ paragraphId }).then(
      ({ draft }) => current && setFound({ draft, source }),
      // Highlights are an aid: without them the cell works as before.
      () => current && setFound(null),
    );
    return () => {
      current = false;
    };
  }, [paragraphId, source, draftVersion]);
  return found;
}

const length = (text: string) => [...text].length;

function spanTitle(t: Translate, span: DraftSpanT, draft: string, source: string): string {
  const values = { from: source.slice(span.sourceStart, span.sourceEnd), to: draft.slice(span.start, span.end) };
  return span.kind === 'vocabulary' ? t('draftSpanVocabulary', values) : t('draftSpanOpencc', values);
}

/** The draft as text runs and marked spans (the spans are in order and never overlap). */
function marked(t: Translate, draft: Draft, source: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const span of draft.spans) {
    if (span.start > at) nodes.push(draft.text.slice(at, span.start));
    nodes.push(
      <mark key={span.start} className={`span-${span.kind}`} title={spanTitle(t, span, draft.text, source)} data-testid={`span-${span.kind}`}>
        {draft.text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  if (at < draft.text.length) nodes.push(draft.text.slice(at));
  return nodes;
}

/**
 * What the machine did to the active paragraph's Simplified cell: characters OpenCC changed,
 * and phrases the vocabulary replaced. Shown only while the cell still equals the draft,
 * compared live, since once a person has changed the text the spans no longer describe it.
 */
export function SimplifiedDraft({ paragraphId, source, text }: Props) {
  const t = useT();
  const found = useDraft(paragraphId, source);
  if (!found || found.draft.text !== text || found.draft.spans.length === 0) return null;
  const { draft } = found;
  const openccChars = draft.spans.reduce((sum, s) => sum + (s.kind === 'opencc' ? length(draft.text.slice(s.start, s.end)) : 0), 0);
  const phrases = draft.spans.filter((s) => s.kind === 'vocabulary').length;
  return (
    <figure className="draft-view" data-testid="draft-view">
      <figcaption className="draft-legend">
        <span className="draft-title">{t('draftTitle')}</span>
        {openccChars > 0 && (
          <span>
            <mark className="span-opencc" aria-hidden="true">字</mark> {t('draftLegendOpencc', { count: openccChars })}
          </span>
        )}
        {phrases > 0 && (
          <span>
            <mark className="span-vocabulary" aria-hidden="true">词</mark> {t('draftLegendVocabulary', { count: phrases })}
          </span>
        )}
      </figcaption>
      <p className="draft-text" lang="zh-Hans">
        {marked(t, draft, found.source)}
      </p>
    </figure>
  );
}
