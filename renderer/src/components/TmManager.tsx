import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { MethodResult } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { downloadFile } from '../download.ts';
import { base64Of } from '../file-content.ts';
import { isCancelled, useJob } from '../hooks/useJob.ts';
import { useT } from '../i18n/index.ts';
import { JobProgress } from './JobProgress.tsx';
import { Modal } from './Modal.tsx';
import { TmMemoryRow, type Memory, type MemoryActions } from './TmMemoryRow.tsx';
import { TmUnitBrowser } from './TmUnitBrowser.tsx';

interface Props {
  /** The open document's project: the one memories are attached to. */
  projectId: number | null;
  onClose: () => void;
  /** Something the matches depend on changed (attachments, penalties, units). */
  onChanged: () => void;
}

type Listing = { stats: MethodResult<'tmStats'>; scope: MethodResult<'projectMemories'> };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Every memory: its size, whether the open project uses it and with what penalty; TMX in and out; its units. */
export function TmManager({ projectId, onClose, onChanged }: Props) {
  const t = useT();
  const [listing, setListing] = useState<Listing | null>(null);
  const [browsing, setBrowsing] = useState<number | null>(null);
  const [report, setReport] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [busy, setBusy] = useState(false);
  const job = useJob();

  const showError = useCallback((failure: unknown) => {
    setReport(null);
    setError(message(failure));
  }, []);
  const refresh = useCallback(async () => {
    const [stats, scope] = await Promise.all([api.tmStats({}), projectId === null ? [] : api.projectMemories({ projectId })]);
    setListing({ stats, scope });
  }, [projectId]);
  useEffect(() => {
    refresh().catch(showError);
  }, [refresh, showError]);

  /** Runs one change, says what it did, and brings the list and the matches behind the dialog up to date. */
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      setReport(await work());
      onChanged();
      await refresh();
    } catch (failure) {
      if (isCancelled(failure)) setReport(t('jobCancelled'));
      else showError(failure);
    } finally {
      setBusy(false);
    }
  };
  const unitsChanged = useCallback(
    (done: string) => {
      setError(null);
      setReport(done);
      onChanged();
      refresh().catch(showError);
    },
    [onChanged, refresh, showError],
  );

  const actions: MemoryActions = {
    setAttachment: (memory, penalty) => {
      if (projectId === null) return;
      void run(async () => {
        if (penalty === null) {
          await api.detachTm({ projectId, tmId: memory.id });
          return t('tmDetachedReport', { name: memory.name });
        }
        await api.attachTm({ projectId, tmId: memory.id, penalty });
        return t('tmAttachedReport', { name: memory.name, penalty });
      });
    },
    importInto: (memory, file) =>
      void run(async () => {
        const contentBase64 = await base64Of(file);
        const result = await job.run((jobId) => api.importTmx({ fileName: file.name, contentBase64, tmId: memory.id, jobId }));
        return t('tmImported', { imported: result.imported, read: result.read });
      }),
    exportTmx: (memory) =>
      void run(async () => {
        downloadFile({ ...(await api.exportTmx({ tmId: memory.id })), mimeType: 'application/x-tmx+xml' });
        return t('tmExported');
      }),
    dedupe: (memory) => void run(async () => t('tmDeduplicated', { n: (await api.removeTmDuplicates({ tmId: memory.id })).removed })),
    browse: (memory) => setBrowsing(memory.id),
    invalid: (text) => setError(text),
  };
  const create = (event: FormEvent) => {
    event.preventDefault();
    const name = newName.trim();
    void run(async () => {
      const { tmId } = await api.createTm({ name });
      setNewName('');
      setBrowsing(tmId);
      return t('tmCreated', { name });
    });
  };

  const memories = listing?.stats.memories ?? [];
  const browsed: Memory | undefined = memories.find((memory) => memory.id === browsing);
  return (
    <Modal title={t('tmManagerTitle')} className="tm-manager" onClose={() => !busy && onClose()}>
      {projectId === null && <p className="hint">{t('tmNoProject')}</p>}
      {listing && memories.length === 0 && <p className="hint">{t('tmNoMemories')}</p>}
      {memories.length > 0 && (
        <table className="tm-memories">
          <thead>
            <tr>
              <th scope="col">{t('tmColumnMemory')}</th>
              <th scope="col">{t('tmColumnUnits')}</th>
              <th scope="col">{t('tmColumnUse')}</th>
              <th scope="col">{t('tmColumnPenalty')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {memories.map((memory) => (
              <TmMemoryRow
                key={memory.id}
                memory={memory}
                projectId={projectId}
                attachment={listing?.scope.find((entry) => entry.tmId === memory.id)}
                browsing={memory.id === browsing}
                busy={busy}
                actions={actions}
              />
            ))}
          </tbody>
        </table>
      )}
      <form className="tm-create" onSubmit={create}>
        <input value={newName} onChange={(event) => setNewName(event.target.value)} placeholder={t('tmNewName')} aria-label={t('tmNewName')} maxLength={200} />
        <button type="submit" disabled={busy || newName.trim() === ''}>
          {t('tmCreate')}
        </button>
      </form>
      <JobProgress job={job} />
      {error && (
        <p className="exchange-error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <p role="status" data-testid="tm-manager-report">
          {report}
        </p>
      )}
      {browsed && <TmUnitBrowser key={browsed.id} memory={browsed} onChanged={unitsChanged} onError={showError} />}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
