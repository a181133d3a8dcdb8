import type { TargetLangT } from '../../../core/api/contract.ts';
import type { ReviewMode } from '../hooks/useReviewMode.ts';
import { useT } from '../i18n/index.ts';
import type { KeyBindings } from '../shortcuts.ts';

/** The toolbar's switch for reviewer mode. */
export function ReviewToggle({ review, disabled }: { review: ReviewMode; disabled: boolean }) {
  const t = useT();
  const { on } = review;
  return (
    <button
      type="button"
      className="review-toggle"
      aria-pressed={on}
      onClick={review.toggle}
      disabled={disabled}
      title={t('reviewModeTitle')}
      data-testid="review-mode"
    >
      <span aria-hidden="true">{on ? '◉ ' : '○ '}</span>
      {t('reviewMode')}
    </button>
  );
}

/**
 * Above the grid in review mode: the legend of the change marks, how many cells changed, and,
 * when marking a cell reviewed turned review mode on, a note saying so. `lang` is the filter's column.
 */
export function ReviewBar({ review, lang }: { review: ReviewMode; lang: TargetLangT }) {
  const t = useT();
  if (!review.on) return null;
  return (
    <div className="review-bar" role="group" aria-label={t('reviewMode')} data-testid="review-bar">
      <span className="review-legend">
        {t('reviewLegend')} <del>{t('reviewDeleted')}</del> <ins>{t('reviewInserted')}</ins>
      </span>
      <span data-testid="review-changed">{t('reviewChangedCount', { n: review.changes?.size ?? 0 })}</span>
      <span role="status" className="review-auto">
        {review.auto && (
          <>
            {t('reviewAutoOn', { column: t(lang === 'en' ? 'columnEnglish' : 'columnSimplified') })}{' '}
            <button type="button" onClick={review.dismissNotice}>
              {t('dismiss')}
            </button>
          </>
        )}
      </span>
      <span className="spacer" />
      <button type="button" onClick={review.toggle}>
        {t('reviewTurnOff')}
      </button>
    </div>
  );
}

/** Reviewer mode in the help overlay (F1), with the keys as the person has set them. */
export function ReviewHelp({ bindings }: { bindings: KeyBindings }) {
  const t = useT();
  return (
    <section className="review-help" aria-labelledby="review-help-title">
      <h3 id="review-help-title">{t('reviewHelpTitle')}</h3>
      <p>{t('reviewHelpList')}</p>
      <p>{t('reviewHelpMark', { review: bindings.review })}</p>
      <p>{t('reviewHelpConfirm', { confirm: bindings.confirm })}</p>
    </section>
  );
}
