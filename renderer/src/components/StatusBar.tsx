import type { ParagraphT, TargetLangT } from '../../../core/api/contract.ts';
import { chineseCharCount, englishWordCount } from '../../../core/stats.ts';
import { useT } from '../i18n/index.ts';
import type { SaveState } from '../save-queue.ts';

interface Props {
  paragraphs: readonly ParagraphT[] | null;
  saveState: SaveState;
  onRetry: () => void;
}

const SAVE_LABEL = { saved: 'saved', saving: 'saving', error: 'notSaved' } as const;

function progress(paragraphs: readonly ParagraphT[], lang: TargetLangT) {
  let translated = 0;
  let reviewed = 0;
  for (const p of paragraphs) {
    if (p.targets[lang].status === 'translated') translated += 1;
    if (p.targets[lang].status === 'reviewed') reviewed += 1;
  }
  const total = paragraphs.length;
  return { translated, reviewed, total, percent: total === 0 ? 0 : Math.round((100 * (translated + reviewed)) / total) };
}

export function StatusBar({ paragraphs: all, saveState, onRetry }: Props) {
  const t = useT();
  // Paragraphs left out of translation (boilerplate by default) are left out of the figures too.
  const paragraphs = all?.filter((p) => p.included) ?? null;
  return (
    <footer className="status-bar">
      {paragraphs && (
        <span className="progress" data-testid="progress">
          {t('progress', { lang: t('columnEnglish'), ...progress(paragraphs, 'en') })}
          {' · '}
          {t('progress', { lang: t('columnSimplified'), ...progress(paragraphs, 'zh-Hans') })}
          {' · '}
          {t('counts', {
            han: paragraphs.reduce((sum, p) => sum + chineseCharCount(p.source), 0),
            words: paragraphs.reduce((sum, p) => sum + englishWordCount(p.targets.en.text), 0),
          })}
        </span>
      )}
      <span className={`save-state ${saveState.kind}`} role="status" data-testid="save-state">
        {t(SAVE_LABEL[saveState.kind])}
        {saveState.kind === 'error' && (
          <>
            : {saveState.message}{' '}
            <button type="button" onClick={onRetry}>
              {t('retry')}
            </button>
          </>
        )}
      </span>
    </footer>
  );
}
