import { useEffect, useState, type ChangeEvent } from 'react';
import { api } from '../api.ts';
import { base64Of } from '../file-content.ts';
import { isCancelled, useJob } from '../hooks/useJob.ts';
import { useT } from '../i18n/index.ts';
import { JobProgress } from './JobProgress.tsx';
import { TmManager } from './TmManager.tsx';

type Stats = Awaited<ReturnType<typeof api.tmStats>>;

interface Props {
  onError: (message: string) => void;
  /** The open document's project, for the manager's attachments. */
  projectId: number | null;
  /** The memories changed: the matches shown may be out of date. */
  onChanged: () => void;
}

/** The memories behind the matches: the unit count, TMX import, and the manager for the rest. */
export function TmTools({ onError, projectId, onChanged }: Props) {
  const t = useT();
  const [managing, setManaging] = useState(false);
  const [stats, setStats] = useState<Stats | null>(null);
  const [report, setReport] = useState<string | null>(null);
  const job = useJob();
  const refresh = () => void api.tmStats({}).then(setStats, (error: unknown) => onError(String(error)));
  // Once, when the tab opens; the panel refreshes itself after each of its own changes.
  useEffect(refresh, []);

  const run = async (work: () => Promise<string>) => {
    try {
      setReport(await work());
      refresh();
      onChanged();
    } catch (error) {
      if (isCancelled(error)) setReport(t('jobCancelled'));
      else onError(error instanceof Error ? error.message : String(error));
    }
  };
  const importTmx = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(async () => {
      const contentBase64 = await base64Of(file);
      const result = await job.run((jobId) => api.importTmx({ fileName: file.name, contentBase64, jobId }));
      return t('tmImported', { imported: result.imported, read: result.read });
    });
  };
  return (
    <details className="tm-tools">
      <summary>{t('tmMemories', { units: stats?.units ?? 0 })}</summary>
      <button type="button" onClick={() => setManaging(true)} data-testid="tm-manage">
        {t('tmManage')}
      </button>{' '}
      <label className="button-like">
        {t('tmImport')}
        <input type="file" accept=".tmx" onChange={importTmx} disabled={job.running} data-testid="tmx-file" />
      </label>
      <JobProgress job={job} />
      {report && <p role="status" data-testid="tm-report">{report}</p>}
      {managing && (
        <TmManager
          projectId={projectId}
          onChanged={onChanged}
          onClose={() => {
            setManaging(false);
            refresh();
          }}
        />
      )}
    </details>
  );
}
