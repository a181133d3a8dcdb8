import { percentOf } from '../../../core/progress.ts';
import { useT } from '../i18n/index.ts';

interface Props {
  /** What is being counted, already worded ("47 ¶"), when the line should say it. */
  count?: string;
  paragraphCount: number;
  confirmed: { en: number; 'zh-Hans': number };
}

/** A bar of the confirmed cells in both target columns, and the percentage of each. */
export function ProgressSummary({ count, paragraphCount, confirmed }: Props) {
  const t = useT();
  const en = percentOf(confirmed.en, paragraphCount);
  const zh = percentOf(confirmed['zh-Hans'], paragraphCount);
  return (
    <>
      <progress max={Math.max(1, paragraphCount * 2)} value={confirmed.en + confirmed['zh-Hans']} aria-label={t('progressLabel', { en, zh })} />
      <span className="meta">
        {count && `${count} · `}EN {en}% · 简 {zh}%
      </span>
    </>
  );
}
