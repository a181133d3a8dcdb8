import type { QaFindingT } from '../../../core/api/contract.ts';
import { suggestionEdits } from '../../../core/qa/spelling.ts';
import { applyFix } from '../../../core/qa/types.ts';
import { useT } from '../i18n/index.ts';

interface Props {
  finding: QaFindingT;
  /** The text the finding's offsets point into; null when it is not at hand or has changed (no replacing then). */
  text: string | null;
  onReplace?: (text: string) => void;
  onAddWord: (word: string) => void;
}

/** A spelling finding's one-click replacements (every occurrence of the word) and "Add to dictionary". */
export function SpellingActions({ finding, text, onReplace, onAddWord }: Props) {
  const t = useT();
  return (
    <>
      {text !== null &&
        onReplace &&
        (finding.suggestions ?? []).map((suggestion, i) => (
          <button
            key={suggestion}
            type="button"
            className={i === 0 ? 'primary' : undefined}
            data-testid="spelling-suggestion"
            title={t('spellingReplaceTitle', { word: suggestion })}
            onClick={() => onReplace(applyFix(text, suggestionEdits(finding, suggestion)))}
          >
            {suggestion}
          </button>
        ))}
      <button type="button" title={t('spellingAddWordTitle', { word: finding.key })} onClick={() => onAddWord(finding.key)}>
        {t('spellingAddWord')}
      </button>
    </>
  );
}
