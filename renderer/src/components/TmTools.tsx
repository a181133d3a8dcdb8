import { useEffect, useState, type ChangeEvent } from 'react';
import { api } from '../api.ts';
import { downloadFile } from '../download.ts';
import { base64Of } from '../file-content.ts';
import { useT } from '../i18n/index.ts';

type Stats = Awaited<ReturnType<typeof api.tmStats>>;

/** The memories behind the matches: unit counts, TMX in and out, duplicate removal. */
export function TmTools({ onError }: { onError: (message: string) => void }) {
  const t = useT();
  const [stats, setStats] = useState<Stats | null>(null);
  const [report, setReport] = useState<string | null>(null);
  const refresh = () => void api.tmStats({}).then(setStats, (error: unknown) => onError(String(error)));
  // Once, when the tab opens; the panel refreshes itself after each of its own changes.
  useEffect(refresh, []);

  const run = async (work: () => Promise<string>) => {
    try {
      setReport(await work());
      refresh();
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  };
  const exportTmx = (tmId: number) =>
    run(async () => {
      downloadFile({ ...(await api.exportTmx({ tmId })), mimeType: 'application/x-tmx+xml' });
      return t('tmExported');
    });
  const importTmx = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(async () => {
      const result = await api.importTmx({ fileName: file.name, contentBase64: await base64Of(file) });
      return t('tmImported', { imported: result.imported, read: result.read });
    });
  };
  return (
    <details className="tm-tools">
      <summary>{t('tmMemories', { units: stats?.units ?? 0 })}</summary>
      <ul>
        {stats?.memories.map((memory) => (
          <li key={memory.id}>
            <span>
              {memory.name} · {memory.units}
            </span>{' '}
            <button type="button" onClick={() => void exportTmx(memory.id)}>
              {t('tmExport')}
            </button>{' '}
            <button type="button" onClick={() => void run(async () => t('tmDeduplicated', { n: (await api.removeTmDuplicates({ tmId: memory.id })).removed }))}>
              {t('tmDeduplicate')}
            </button>
          </li>
        ))}
      </ul>
      <label className="button-like">
        {t('tmImport')}
        <input type="file" accept=".tmx" onChange={importTmx} data-testid="tmx-file" />
      </label>
      {report && <p role="status" data-testid="tm-report">{report}</p>}
    </details>
  );
}
