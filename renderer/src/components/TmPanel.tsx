import type { TargetLangT, TmMatchT } from '../../../core/api/contract.ts';
import { useT, type MessageKey } from '../i18n/index.ts';
import { MatchDiff } from './MatchDiff.tsx';

interface Props {
  position: number | null;
  matches: readonly TmMatchT[];
  onInsert: (lang: TargetLangT, text: string) => void;
}

const KIND_LABEL: Record<TmMatchT['kind'], MessageKey> = {
  context: 'tmContext',
  exact: 'tmExact',
  near: 'tmNear',
  fuzzy: 'tmFuzzy',
};

function scoreClass(score: number): string {
  if (score >= 100) return 'score exact';
  if (score >= 85) return 'score high';
  return score >= 75 ? 'score medium' : 'score low';
}

export function TmPanel({ position, matches, onInsert }: Props) {
  const t = useT();
  if (position === null) return <p className="hint">{t('tmHint')}</p>;
  if (matches.length === 0) return <p className="hint">{t('tmNone', { n: position + 1 })}</p>;
  return (
    <ol className="matches" aria-label={t('tmTitle')}>
      {matches.map((match, index) => {
        const fixed = match.numberFix;
        const targets = [
          ['en', fixed?.en ?? match.en],
          ['zh-Hans', fixed?.zhHans ?? match.zhHans],
        ] as const;
        return (
          <li key={`${match.unitId}-${match.sentence?.index ?? 'p'}`} className="match" data-testid="tm-match">
            <div className="match-head">
              <span className="match-number">{index + 1}</span>
              <span className={scoreClass(match.score)}>{match.score}%</span>
              <span className="match-kind">{t(KIND_LABEL[match.kind])}</span>
              {match.level === 'sentence' && <span className="badge">{t('tmSentence', { n: (match.sentence?.index ?? 0) + 1 })}</span>}
            </div>
            <div className="match-origin">
              <span title={t('tmMemory')}>{match.tmName}</span>
              {match.origin && <span> · {match.origin}</span>}
              {match.penalty > 0 && <span> · −{match.penalty}</span>}
              <time dateTime={match.updatedAt}> · {match.updatedAt.slice(0, 10)}</time>
            </div>
            <MatchDiff diff={match.diff} />
            {fixed && <p className="hint">{t('tmNumbersFixed')}</p>}
            {targets.map(
              ([lang, text]) =>
                text !== null && (
                  <button
                    key={lang}
                    type="button"
                    className="match-target"
                    lang={lang}
                    title={t('tmInsert', { n: index + 1 })}
                    onClick={() => onInsert(lang, text)}
                  >
                    {text}
                  </button>
                ),
            )}
          </li>
        );
      })}
    </ol>
  );
}
