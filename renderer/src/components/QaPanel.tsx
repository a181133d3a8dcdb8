import type { QaFindingT, TargetLangT } from '../../../core/api/contract.ts';
import { applyFix } from '../../../core/qa/types.ts';
import { ignoreFinding, LIVE_CHECK_MAX_CHARS, unignoreFinding, type CellQa } from '../hooks/useQa.ts';
import { useSpellingVariant } from '../hooks/useSpellingVariant.ts';
import { useSpellingWords } from '../hooks/useSpellingWords.ts';
import { useT, type UiLanguage } from '../i18n/index.ts';
import { DocumentQa } from './DocumentQa.tsx';
import { QaFindingItem } from './QaFinding.tsx';
import { SpellingActions } from './SpellingActions.tsx';
import { SpellingVariantSelect } from './SpellingVariantSelect.tsx';
import { SpellingWordList } from './SpellingWordList.tsx';

interface Props {
  qa: CellQa;
  /** The position of the checked cell's paragraph, and what that cell holds now. */
  position: number | null;
  text: string | null;
  documentId: number | null;
  /** The document's project, whose own spelling dictionary and spelling variant the panel edits. */
  projectId: number | null;
  /** The interface language, which the downloaded report is written in. */
  language: UiLanguage;
  /** Saves a fixed text through the normal edit path. */
  onEdit: (paragraphId: number, lang: TargetLangT, text: string) => void;
  onGoTo: (paragraphId: number, lang: TargetLangT) => void;
  onError: (error: unknown) => void;
}

/** Active findings first: an ignored warning is kept only as a reminder, greyed, at the end. */
const byIgnored = (a: QaFindingT, b: QaFindingT) => Number(a.ignored !== null) - Number(b.ignored !== null);

/** The QA tab: the live check of the active cell, then the whole-document check and report. */
export function QaPanel({ qa, position, text, documentId, projectId, language, onEdit, onGoTo, onError }: Props) {
  const t = useT();
  const { cell, findings, checkedText, checking, refresh } = qa;
  // A fix's offsets point into the checked text: offered only while the cell still holds it.
  const fixable = checkedText !== null && checkedText === text;
  const act = (work: Promise<void>) => work.then(refresh, onError);
  const spelling = useSpellingWords(projectId, refresh, onError);
  const variant = useSpellingVariant(projectId, refresh, onError);
  return (
    <section className="qa-panel" aria-live="polite">
      {cell === null || position === null || text === null ? (
        <p className="hint">{t('qaNoCell')}</p>
      ) : (
        <>
          <h2>
            {t('qaCellTitle', { n: position + 1, lang: t(cell.lang === 'en' ? 'columnEnglish' : 'columnSimplified') })}
            {checking && <span className="qa-checking"> · {t('qaChecking')}</span>}
          </h2>
          {text.length > LIVE_CHECK_MAX_CHARS ? (
            <p className="hint">{t('qaTooLong', { max: LIVE_CHECK_MAX_CHARS })}</p>
          ) : findings.length === 0 ? (
            <p className="hint qa-clean" data-testid="qa-clean">
              ✓ {t('qaClean')}
            </p>
          ) : (
            <ul className="qa-list" data-testid="qa-cell-findings">
              {[...findings].sort(byIgnored).map((finding) => (
                <QaFindingItem
                  key={`${finding.check}:${finding.key}`}
                  finding={finding}
                  onFix={fixable && finding.fix ? () => onEdit(cell.paragraphId, cell.lang, applyFix(checkedText, finding.fix ?? [])) : undefined}
                  onIgnore={(reason) => act(ignoreFinding(finding, reason))}
                  onUnignore={() => void act(unignoreFinding(finding))}
                >
                  {finding.check === 'spelling' && (
                    <SpellingActions
                      finding={finding}
                      text={fixable ? checkedText : null}
                      onReplace={(fixed) => onEdit(cell.paragraphId, cell.lang, fixed)}
                      onAddWord={(word) => void spelling.add(word)}
                    />
                  )}
                </QaFindingItem>
              ))}
            </ul>
          )}
        </>
      )}
      {projectId !== null && (
        <div className="qa-document spelling-settings">
          <SpellingVariantSelect {...variant} />
          <SpellingWordList words={spelling.words} remove={spelling.remove} />
        </div>
      )}
      {documentId !== null && (
        <DocumentQa key={documentId} documentId={documentId} language={language} spellingVariant={variant.variant} onGoTo={onGoTo} onAddWord={spelling.add} onError={onError} />
      )}
    </section>
  );
}
