import type { TargetLangT, TmMatchT } from '../../../core/api/contract.ts';

interface Props {
  position: number | null;
  matches: TmMatchT[];
  onInsert: (lang: TargetLangT, text: string) => void;
}

export function TmPanel({ position, matches, onInsert }: Props) {
  return (
    <aside className="side-panel" aria-label="Translation memory">
      <h2>Translation memory</h2>
      {position === null && <p className="hint">Click a paragraph to see its matches.</p>}
      {position !== null && matches.length === 0 && (
        <p className="hint">No matches for paragraph {position + 1}.</p>
      )}
      <ol className="matches">
        {matches.map((match) => (
          <li key={match.unitId} className="match" data-testid="tm-match">
            <div className="match-head">
              <span className="score">{match.score}%</span>
              <span className="origin">{match.origin}</span>
              <time dateTime={match.updatedAt}>{match.updatedAt.slice(0, 10)}</time>
            </div>
            <p className="match-source" lang="zh-Hant">{match.source}</p>
            {match.en !== null && (
              <button type="button" className="match-target" lang="en" onClick={() => onInsert('en', match.en ?? '')}>
                {match.en}
              </button>
            )}
            {match.zhHans !== null && (
              <button type="button" className="match-target" lang="zh-Hans" onClick={() => onInsert('zh-Hans', match.zhHans ?? '')}>
                {match.zhHans}
              </button>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
