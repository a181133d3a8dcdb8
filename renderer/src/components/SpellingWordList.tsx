import type { SpellingWords } from '../hooks/useSpellingWords.ts';
import { useT } from '../i18n/index.ts';

/** The project's own dictionary, folded away: each word with a button to take it out again. */
export function SpellingWordList({ words, remove }: Pick<SpellingWords, 'words' | 'remove'>) {
  const t = useT();
  return (
    <details className="qa-document spelling-words" data-testid="spelling-words">
      <summary>{t('spellingWords', { count: words.length })}</summary>
      {words.length === 0 ? (
        <p className="hint">{t('spellingNoWords')}</p>
      ) : (
        <ul className="spelling-word-list">
          {words.map(({ word }) => (
            <li key={word}>
              <span lang="en">{word}</span>
              <button type="button" aria-label={t('spellingRemoveWord', { word })} title={t('spellingRemoveWord', { word })} onClick={() => void remove(word)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
