import { Fragment, useContext, useMemo } from 'react';
import type { CellStatusT, TargetLangT } from '../../../core/api/contract.ts';
import { changeOf, ReviewChangesContext } from '../hooks/useReviewMode.ts';
import { useT } from '../i18n/index.ts';
import { diffText, type DiffPart } from '../text-diff.ts';

interface Props {
  paragraphId: number;
  lang: TargetLangT;
  /** The cell's text as typed, so the marks follow an edit before it is saved. */
  text: string;
}

/** Under a target cell in review mode: what changed since the translator confirmed it. */
export function ReviewDiff({ paragraphId, lang, text }: Props) {
  const change = changeOf(useContext(ReviewChangesContext), paragraphId, lang);
  const translated = change?.translatedText;
  const parts = useMemo(() => (translated === undefined || translated === text ? null : diffText(translated, text)), [translated, text]);
  const t = useT();
  if (!change || !parts) return null;
  return (
    <div className="review-diff" data-testid={`review-diff-${lang}`}>
      <div className="review-diff-title">
        {t('reviewSince')} · <time dateTime={change.translatedAt}>{new Date(change.translatedAt).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' })}</time>
      </div>
      <p className="review-diff-text" lang={lang}>
        <DiffMarks parts={parts} />
      </p>
    </div>
  );
}

/**
 * Deleted text struck through, inserted text underlined (see the legend), each also named
 * in hidden text, so neither colour nor sight is needed to tell them apart.
 */
export function DiffMarks({ parts }: { parts: readonly DiffPart[] }) {
  const t = useT();
  return parts.map((part, index) => {
    if (part.op === 'equal') return <span key={index}>{part.text}</span>;
    const [Mark, label] = part.op === 'delete' ? (['del', t('reviewDeleted')] as const) : (['ins', t('reviewInserted')] as const);
    return (
      <Fragment key={index}>
        <span className="visually-hidden">[{label}: </span>
        <Mark>{part.text}</Mark>
        <span className="visually-hidden">]</span>
      </Fragment>
    );
  });
}

interface ButtonProps {
  status: CellStatusT;
  disabled: boolean;
  onReview: () => void;
}

/** In review mode, the mouse's way to what Ctrl+Alt+Enter does: mark reviewed and move on. */
export function ReviewButton({ status, disabled, onReview }: ButtonProps) {
  const t = useT();
  const reviewMode = useContext(ReviewChangesContext) !== null;
  if (!reviewMode || status === 'reviewed') return null;
  return (
    <button type="button" className="confirm mark-cell-reviewed" onClick={onReview} title={t('reviewMarkTitle')} disabled={disabled}>
      <span aria-hidden="true">✔✔ </span>
      {t('reviewMark')}
    </button>
  );
}
