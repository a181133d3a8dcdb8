import { useEffect, useRef, useState } from 'react';
import type { ImportPreviewT } from '../../../core/api/contract.ts';
import { WorkbenchError } from '../../../core/errors.ts';
import type { SourceEncoding } from '../../../core/import/encoding-names.ts';
import { MAX_SOURCE_BYTES, megabytes } from '../../../core/import/limits.ts';
import type { SourceFormat } from '../../../core/import/types.ts';
import { api } from '../api.ts';
import { base64Of } from '../file-content.ts';
import type { Translate } from '../i18n/index.ts';
import { importProblem } from '../import-errors.ts';
import { isCancelled, useJob } from './useJob.ts';

/** What to import: the bytes and the user's overrides of detection. Callers memoise it: a new object means a new preview. */
export interface ImportSource {
  file: File;
  encoding?: SourceEncoding;
  format?: SourceFormat;
}

interface Outcome {
  source: ImportSource;
  preview: ImportPreviewT | null;
  error: unknown;
}

/**
 * Previews a source with the backend (again whenever the overrides change) and imports it with
 * the same overrides. The last preview stays on screen, marked busy, while the next one runs.
 */
export function useImportPreview(source: ImportSource | null, t: Translate) {
  const contents = useRef(new WeakMap<File, Promise<string>>());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const job = useJob();
  const [cancelled, setCancelled] = useState(false);
  const [failedImport, setFailedImport] = useState<{ source: ImportSource; error: unknown } | null>(null);

  // Checked here so a huge file is never read into memory and sent only to be refused.
  const tooLarge =
    source && source.file.size > MAX_SOURCE_BYTES
      ? new WorkbenchError(
          'FILE_TOO_LARGE',
          t('tooLargeDetail', { name: source.file.name, size: megabytes(source.file.size), max: megabytes(MAX_SOURCE_BYTES) }),
        )
      : null;

  const content = (file: File): Promise<string> => {
    const known = contents.current.get(file);
    if (known) return known;
    const read = base64Of(file);
    contents.current.set(file, read);
    return read;
  };

  useEffect(() => {
    if (!source || source.file.size > MAX_SOURCE_BYTES) return;
    let current = true;
    const { file, encoding, format } = source;
    content(file)
      .then((contentBase64) => api.previewImport({ fileName: file.name, contentBase64, encoding, format }))
      .then(
        (preview) => current && setOutcome({ source, preview, error: null }),
        (error: unknown) => current && setOutcome({ source, preview: null, error }),
      );
    return () => {
      current = false;
    };
  }, [source]);

  const importError = failedImport?.source === source ? failedImport.error : null;
  const error = tooLarge ?? importError ?? (outcome?.source === source ? outcome.error : null);

  /** Imports with the same overrides as the preview, into the project given (else the default one); resolves to the new document's id. */
  const commit = async (title: string, projectId: number | null): Promise<number | null> => {
    if (!source) return null;
    setFailedImport(null);
    setCancelled(false);
    try {
      const { file, encoding, format } = source;
      const contentBase64 = await content(file);
      const imported = await job.run((jobId) =>
        api.importFile({ fileName: file.name, contentBase64, encoding, format, title: title.trim() || undefined, jobId, projectId: projectId ?? undefined }),
      );
      return imported.documentId;
    } catch (caught) {
      if (isCancelled(caught)) setCancelled(true);
      else setFailedImport({ source, error: caught });
      return null;
    }
  };

  return {
    preview: source && !tooLarge ? (outcome?.preview ?? null) : null,
    busy: source !== null && !tooLarge && outcome?.source !== source,
    problem: error ? importProblem(error, t) : null,
    importing: job.running,
    /** The last import was cancelled by the user (nothing was imported). */
    cancelled,
    job,
    commit,
  };
}

export type ImportPreviewState = ReturnType<typeof useImportPreview>;
