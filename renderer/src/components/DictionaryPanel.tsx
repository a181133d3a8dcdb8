import { useEffect, useState } from 'react';
import type { DictionaryMatchT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { useT } from '../i18n/index.ts';
import type { SourceSelection } from '../selection.ts';

/** CC-CEDICT words found by longest match around the last selection in a source cell (offline). */
export function DictionaryPanel({ lookup, onError }: { lookup: SourceSelection | null; onError: (error: unknown) => void }) {
  const t = useT();
  const [found, setFound] = useState<{ lookup: SourceSelection; matches: DictionaryMatchT[] } | null>(null);

  useEffect(() => {
    if (!lookup) return;
    let current = true;
    api.lookupDictionary({ text: lookup.source, start: lookup.start, end: lookup.end }).then(
      (matches) => current && setFound({ lookup, matches }),
      (error: unknown) => current && onError(error),
    );
    return () => {
      current = false;
    };
  }, [lookup, onError]);

  if (!lookup || found?.lookup !== lookup) return <p className="hint">{t('dictionaryHint')}</p>;
  const selected = lookup.source.slice(lookup.start, lookup.end);
  return (
    <section className="dictionary" data-testid="dictionary">
      {found.matches.length === 0 && <p className="hint">{t('dictionaryNone', { text: selected })}</p>}
      {found.matches.map((match) => (
        <article key={`${match.start}:${match.end}`} className="dict-match">
          <h2 lang="zh-Hant">{match.text}</h2>
          <ul className="dict-entries">
            {match.entries.map((entry) => (
              <li key={`${entry.traditional}:${entry.pinyin}`} className="dict-entry" data-testid="dictionary-entry">
                <div className="dict-head">
                  {/* The heading already shows the word: only a different form is repeated. */}
                  {entry.traditional !== match.text && <span lang="zh-Hant">{entry.traditional}</span>}
                  {entry.simplified !== entry.traditional && <span lang="zh-Hans">{entry.simplified}</span>}
                  <span className="pinyin">{entry.pinyinMarks}</span>
                </div>
                <ol className="glosses">
                  {entry.glosses.map((gloss) => (
                    <li key={gloss}>{gloss}</li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </article>
      ))}
      <p className="dict-credit">{t('dictionaryCredit')}</p>
    </section>
  );
}
