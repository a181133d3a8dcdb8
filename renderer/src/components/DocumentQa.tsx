import { useEffect, useState } from 'react';
import type { MethodResult, TargetLangT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { downloadFile } from '../download.ts';
import { ignoreFinding, unignoreFinding } from '../hooks/useQa.ts';
import { useT, type UiLanguage } from '../i18n/index.ts';
import { QaFindingItem } from './QaFinding.tsx';
import { SpellingActions } from './SpellingActions.tsx';

type Report = MethodResult<'checkDocument'>;

interface Props {
  documentId: number;
  /** The interface language, which the downloaded report is written in. */
  language: UiLanguage;
  /** The project's spelling variant: a report made under the other one is checked again. */
  spellingVariant: string | null;
  onGoTo: (paragraphId: number, lang: TargetLangT) => void;
  /** Adds a word to the project's spelling dictionary. */
  onAddWord: (word: string) => Promise<void>;
  onError: (error: unknown) => void;
}

/** The whole-document check on request (it reads every cell), with the downloadable report. */
export function DocumentQa({ documentId, language, spellingVariant, onGoTo, onAddWord, onError }: Props) {
  const t = useT();
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);

  const check = () => {
    setBusy(true);
    api.checkDocument({ documentId }).then(setReport, onError).finally(() => setBusy(false));
  };
  // The report is a file to save, never HTML to render here.
  const download = (format: 'csv' | 'html') => void api.qaReport({ documentId, format, language }).then(downloadFile, onError);
  const after = (work: Promise<void>) => work.then(check, onError);
  // Only a change of spelling variant re-checks, and only a report already shown.
  const shown = report !== null;
  useEffect(() => {
    if (shown) check();
  }, [spellingVariant]);

  return (
    <div className="qa-document" data-testid="qa-document">
      <h2>{t('qaDocument')}</h2>
      <div className="qa-toolbar">
        <button type="button" className="primary" onClick={check} disabled={busy}>
          {t('qaCheckDocument')}
        </button>
        <button type="button" onClick={() => download('csv')}>
          {t('qaReportCsv')}
        </button>
        <button type="button" onClick={() => download('html')}>
          {t('qaReportHtml')}
        </button>
      </div>
      {report && (
        <>
          <p className="qa-counts" data-testid="qa-counts">
            {t('qaCounts', { ...report.counts })}
          </p>
          <ul className="qa-list">
            {report.findings.map((finding) => (
              <li key={`${finding.paragraphId}:${finding.lang}:${finding.check}:${finding.key}`} className="qa-document-item">
                <button type="button" className="link" onClick={() => onGoTo(finding.paragraphId, finding.lang)}>
                  {t('qaGoTo', { n: finding.position + 1 })} · {finding.lang === 'en' ? 'EN' : '简'}
                </button>
                <ul className="qa-list">
                  <QaFindingItem
                    finding={finding}
                    onIgnore={(reason) => after(ignoreFinding(finding, reason))}
                    onUnignore={() => void after(unignoreFinding(finding))}
                  >
                    {finding.check === 'spelling' && <SpellingActions finding={finding} text={null} onAddWord={(word) => void after(onAddWord(word))} />}
                  </QaFindingItem>
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
