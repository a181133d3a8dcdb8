import type { TargetLangT, TmMatchT } from '../../../core/api/contract.ts';
import { useT } from '../i18n/index.ts';

interface Props {
  position: number | null;
  matches: readonly TmMatchT[];
  onInsert: (lang: TargetLangT, text: string) => void;
}

export function TmPanel({ position, matches, onInsert }: Props) {
  const t = useT();
  return (
    <aside className="side-panel" aria-label={t('tmTitle')}>
      <h2>{t('tmTitle')}</h2>
      {position === null && <p className="hint">{t('tmHint')}</p>}
      {position !== null && matches.length === 0 && <p className="hint">{t('tmNone', { n: position + 1 })}</p>}
      <ol className="matches">
        {matches.map((match, index) => (
          <li key={match.unitId} className="match" data-testid="tm-match">
            <div className="match-head">
              <span className="match-number">{index + 1}</span>
              <span className="score">{match.score}%</span>
              <span className="origin">{match.origin}</span>
              <time dateTime={match.updatedAt}>{match.updatedAt.slice(0, 10)}</time>
            </div>
            <p className="match-source" lang="zh-Hant">{match.source}</p>
            {([['en', match.en], ['zh-Hans', match.zhHans]] as const).map(
              ([lang, text]) =>
                text !== null && (
                  <button key={lang} type="button" className="match-target" lang={lang} title={t('tmInsert', { n: index + 1 })} onClick={() => onInsert(lang, text)}>
                    {text}
                  </button>
                ),
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
