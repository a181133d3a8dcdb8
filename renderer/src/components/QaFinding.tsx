import { useState, type ReactNode } from 'react';
import type { QaFindingT } from '../../../core/api/contract.ts';
import { useT, type MessageKey } from '../i18n/index.ts';
import { qaFindingKey } from '../i18n/qa-findings.ts';

export const SEVERITY_ICON: Record<QaFindingT['severity'], string> = { error: '✖', warning: '⚠', info: 'ℹ' };
export const SEVERITY_LABEL: Record<QaFindingT['severity'], MessageKey> = { error: 'qaError', warning: 'qaWarning', info: 'qaInfo' };

interface Props {
  finding: QaFindingT;
  /** Absent where the cell's text is not at hand (the document list): no Fix button then. */
  onFix?: () => void;
  onIgnore: (reason: string) => Promise<void>;
  onUnignore: () => void;
  /** Actions of one kind of check (spelling suggestions), shown before Fix and Ignore. */
  children?: ReactNode;
}

/** One finding: what is wrong, and the Fix, Ignore (with a reason) or Un-ignore actions. */
export function QaFindingItem({ finding, onFix, onIgnore, onUnignore, children }: Props) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const { severity, ignored } = finding;
  return (
    <li className={`qa-finding severity-${severity}${ignored ? ' ignored' : ''}`} data-testid="qa-finding" data-check={finding.check}>
      <div className="qa-finding-head">
        <span className="qa-icon" role="img" aria-label={t(SEVERITY_LABEL[severity])}>
          {SEVERITY_ICON[severity]}
        </span>
        <span className="qa-message">{t(qaFindingKey(finding.code), finding.params)}</span>
      </div>
      {ignored ? (
        <div className="qa-actions">
          <span className="qa-reason" data-testid="qa-ignored-reason">
            {t('qaIgnoredBecause', { reason: ignored.reason })}
          </span>
          <button type="button" onClick={onUnignore}>
            {t('qaUnignore')}
          </button>
        </div>
      ) : asking ? (
        <form
          className="qa-ignore-form"
          onSubmit={(event) => {
            event.preventDefault();
            void onIgnore(reason.trim()).then(() => setAsking(false));
          }}
        >
          <label>
            {t('qaIgnoreReason')}
            <input value={reason} autoFocus maxLength={1000} onChange={(event) => setReason(event.target.value)} />
          </label>
          <div className="qa-actions">
            <button type="submit" className="primary" disabled={reason.trim() === ''}>
              {t('qaIgnoreConfirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('qaCancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="qa-actions">
          {children}
          {onFix && finding.fix && (
            <button type="button" className="primary" title={t('qaFixTitle')} onClick={onFix}>
              {t('qaFix')}
            </button>
          )}
          <button type="button" onClick={() => setAsking(true)}>
            {t('qaIgnore')}
          </button>
        </div>
      )}
    </li>
  );
}
