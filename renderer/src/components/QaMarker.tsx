import type { TargetLangT } from '../../../core/api/contract.ts';
import { useQaMarker } from '../hooks/useQa.ts';
import { useT } from '../i18n/index.ts';

/** A small count on the active cell when its live check found something not ignored. */
export function QaMarker({ paragraphId, lang }: { paragraphId: number; lang: TargetLangT }) {
  const t = useT();
  const count = useQaMarker(paragraphId, lang);
  if (count === 0) return null;
  return (
    <span className="qa-marker" data-testid={`qa-marker-${lang}`} title={t('qaMarker', { count })}>
      ⚠ {count}
    </span>
  );
}
