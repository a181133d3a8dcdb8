import { useEffect, useState } from 'react';
import type { BackupEntryT, BackupReasonT } from '../../../core/api/backup-schemas.ts';
import { MAX_BACKUPS_KEPT } from '../../../core/api/backup-schemas.ts';
import { api } from '../api.ts';
import { useT, type MessageKey } from '../i18n/index.ts';
import { Modal } from './Modal.tsx';
import './backups.css';

const REASON: Record<BackupReasonT, MessageKey> = {
  startup: 'backupReasonStartup',
  daily: 'backupReasonDaily',
  migration: 'backupReasonMigration',
  restore: 'backupReasonRestore',
  manual: 'backupReasonManual',
};

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** In the interface language, which App sets on the document. */
const when = (iso: string) => new Date(iso).toLocaleString(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function size(bytes: number): string {
  const kb = bytes / 1024;
  return kb < 1024 ? `${Math.max(1, Math.round(kb)).toLocaleString()} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

interface Props {
  /** Sends edits still waiting to be saved, so that the safety backup holds them. */
  beforeRestore: () => Promise<void>;
  /** The database is another one after a restore: the documents are loaded again. */
  onRestored: () => Promise<void>;
  onClose: () => void;
}

/** The rolling backups: make one now, restore one (after a confirm step), and set how many are kept. */
export function BackupsDialog({ beforeRestore, onRestored, onClose }: Props) {
  const t = useT();
  const [backups, setBackups] = useState<BackupEntryT[] | null>(null);
  const [folder, setFolder] = useState('');
  const [keep, setKeep] = useState('');
  const [confirming, setConfirming] = useState<BackupEntryT | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await work());
    } catch (failure) {
      setError(message(failure));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void run(async () => {
      // The list first: a damaged settings file must not hide the backups (saving a number repairs it).
      setBackups(await api.listBackups({}));
      const settings = await api.getBackupSettings({});
      setFolder(settings.folder);
      setKeep(String(settings.keep));
      return null;
    });
  }, []);

  const backUpNow = () =>
    run(async () => {
      const made = await api.createBackup({});
      setBackups(await api.listBackups({}));
      return t('backupsCreated', { date: when(made.createdAt) });
    });

  const saveKeep = () =>
    run(async () => {
      const settings = await api.setBackupSettings({ keep: Number(keep) });
      setKeep(String(settings.keep));
      setBackups(await api.listBackups({}));
      return t('backupsKeepSaved', { n: settings.keep });
    });

  const restore = (backup: BackupEntryT) =>
    run(async () => {
      await beforeRestore();
      const outcome = await api.restoreBackup({ name: backup.name });
      setConfirming(null);
      setBackups(await api.listBackups({}));
      await onRestored();
      return t('backupsRestored', { date: when(outcome.restored.createdAt), safety: when(outcome.safety.createdAt) });
    });

  return (
    <Modal title={t('backupsTitle')} className="backups-dialog" onClose={() => !busy && onClose()}>
      <p className="hint">{t('backupsIntro')}</p>
      {folder && (
        <p className="hint backups-folder" data-testid="backups-folder">
          {t('backupsFolder', { folder })}
        </p>
      )}
      {backups === null ? (
        <p className="hint">{t('backupsLoading')}</p>
      ) : backups.length === 0 ? (
        <p className="hint">{t('backupsEmpty')}</p>
      ) : (
        <div className="backups-list">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('backupsDate')}</th>
                <th scope="col">{t('backupsReason')}</th>
                <th scope="col" className="size">
                  {t('backupsSize')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('backupsRestore')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.name} data-testid="backup-row" data-name={backup.name} data-reason={backup.reason} className={confirming?.name === backup.name ? 'chosen' : undefined}>
                  <td>
                    <time dateTime={backup.createdAt}>{when(backup.createdAt)}</time>
                  </td>
                  <td>{t(REASON[backup.reason])}</td>
                  <td className="size">{size(backup.bytes)}</td>
                  <td>
                    <button type="button" onClick={() => setConfirming(backup)} disabled={busy}>
                      {t('backupsRestore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <section className="backup-confirm" data-testid="backup-confirm" aria-labelledby="backup-confirm-title">
          <h3 id="backup-confirm-title">{t('backupsConfirmTitle', { date: when(confirming.createdAt) })}</h3>
          <p>{t('backupsConfirmText')}</p>
          <div className="dialog-buttons">
            {/* Focus on the safe choice: Enter right after "Restore…" must not replace everything. */}
            <button type="button" onClick={() => setConfirming(null)} disabled={busy} autoFocus>
              {t('backupsCancel')}
            </button>
            <button type="button" className="primary" onClick={() => void restore(confirming)} disabled={busy} data-testid="backup-confirm-restore">
              {t('backupsConfirm')}
            </button>
          </div>
        </section>
      )}
      <form
        className="backups-keep"
        onSubmit={(event) => {
          event.preventDefault();
          void saveKeep();
        }}
      >
        <label>
          {t('backupsKeep')}{' '}
          <input type="number" min={1} max={MAX_BACKUPS_KEPT} step={1} value={keep} onChange={(event) => setKeep(event.target.value)} data-testid="backups-keep" />
        </label>
        <button type="submit" disabled={busy || keep === ''}>
          {t('backupsKeepSave')}
        </button>
      </form>
      <p className="backups-status" role="status" data-testid="backups-status">
        {busy ? t('backupsWorking') : status}
      </p>
      {error && (
        <p className="notice" role="alert" data-testid="backups-error">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={() => void backUpNow()} disabled={busy} data-testid="backup-now">
          {t('backupsNow')}
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          {t('backupsClose')}
        </button>
      </div>
    </Modal>
  );
}
