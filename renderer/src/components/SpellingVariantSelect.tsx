import type { SpellingVariant } from '../../../core/qa/spelling.ts';
import type { SpellingVariantState } from '../hooks/useSpellingVariant.ts';
import { useT, type MessageKey } from '../i18n/index.ts';

const LABELS: Readonly<Record<SpellingVariant, MessageKey>> = { 'en-GB': 'spellingVariantGb', 'en-US': 'spellingVariantUs' };

/** The project's English spelling, British or American: which dictionary the spelling check reads. */
export function SpellingVariantSelect({ variant, change }: SpellingVariantState) {
  const t = useT();
  if (variant === null) return null;
  return (
    <label className="spelling-variant" title={t('spellingVariantTitle')}>
      {t('spellingVariant')}{' '}
      <select value={variant} data-testid="spelling-variant" onChange={(e) => void change(e.target.value as SpellingVariant)}>
        {Object.entries(LABELS).map(([id, label]) => (
          <option key={id} value={id}>
            {t(label)}
          </option>
        ))}
      </select>
    </label>
  );
}
