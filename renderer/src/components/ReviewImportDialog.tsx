import { useMemo, useState, type ChangeEvent } from 'react';
import type { DocumentViewT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { base64Of } from '../file-content.ts';
import { useT } from '../i18n/index.ts';
import { applyReturnedFile, changeRows, documentIdOf, kindOfFile, previewReturnedFile, type ReturnedFile } from '../returned-file.ts';
import { ChangeTable } from './ChangeTable.tsx';
import { Modal } from './Modal.tsx';

interface Props {
  /** Sends edits still inside the save debounce, so the comparison is with what is on screen. */
  beforeRead: () => Promise<void>;
  /** Called after cells were written, so the document reloads; reports its own failures. */
  onApplied: (documentId: number) => Promise<void>;
  onClose: () => void;
}

interface Loaded {
  name: string;
  file: ReturnedFile;
  /** The document the file belongs to, as it is now. */
  view: DocumentViewT;
}

/** What went wrong, and the backend's reason where there is one. */
interface Problem {
  headline: string;
  detail: string | null;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Brings a returned file back: pick it, see every changed cell, choose which to apply
 * (a DOCX row by row, an XLIFF file as a whole), apply, and the grid reloads.
 */
export function ReviewImportDialog({ beforeRead, onApplied, onClose }: Props) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [applying, setApplying] = useState(false);
  const [applied, setApplied] = useState<{ count: number; title: string } | null>(null);
  const [error, setError] = useState<Problem | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [markReviewed, setMarkReviewed] = useState(false);
  const rows = useMemo(() => (loaded ? changeRows(loaded.file, loaded.view.paragraphs) : []), [loaded]);
  const busy = reading !== null || applying;

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = '';
    if (!picked) return;
    setLoaded(null);
    setApplied(null);
    setError(null);
    const kind = kindOfFile(picked.name);
    if (!kind) {
      setError({ headline: t('reviewWrongType', { name: picked.name }), detail: null });
      return;
    }
    setReading(picked.name);
    try {
      await beforeRead();
      const file = await previewReturnedFile(kind, await base64Of(picked));
      const view = await api.getDocument({ documentId: documentIdOf(file) });
      setLoaded({ name: picked.name, file, view });
      setSelected(new Set(changeRows(file, view.paragraphs).map((row) => row.key)));
    } catch (failure) {
      setError({ headline: t('reviewRefused'), detail: message(failure) });
    } finally {
      setReading(null);
    }
  };

  const apply = async () => {
    if (!loaded) return;
    setApplying(true);
    setError(null);
    try {
      await beforeRead();
      const count = await applyReturnedFile(
        loaded.file,
        rows.filter((row) => selected.has(row.key)),
        markReviewed ? 'reviewed' : 'draft',
      );
      setLoaded(null);
      setApplied({ count, title: loaded.view.document.title });
      await onApplied(loaded.view.document.id);
    } catch (failure) {
      setError({ headline: t('reviewRefused'), detail: message(failure) });
    } finally {
      setApplying(false);
    }
  };

  const toggle = (key: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const docx = loaded?.file.kind === 'docx';
  return (
    <Modal title={t('reviewTitle')} className={rows.length > 0 ? 'review-dialog wide' : 'review-dialog'} onClose={() => !busy && onClose()}>
      {!loaded && !applied && <p className="export-hint">{t('reviewIntro')}</p>}
      <div className="review-file">
        <label className={`button file-pick${busy ? ' disabled' : ''}`}>
          {t(loaded || applied || error ? 'reviewChooseAnother' : 'reviewChoose')}
          <input type="file" accept=".docx,.xlf,.xliff" onChange={(event) => void pick(event)} disabled={busy} data-testid="review-file" />
        </label>
        {reading && <span role="status">{t('reviewReading', { name: reading })}</span>}
        {loaded && <LoadedSummary loaded={loaded} />}
      </div>
      {error && (
        <div className="exchange-error" role="alert">
          <strong>{error.headline}</strong>
          {error.detail && <p>{error.detail}</p>}
        </div>
      )}
      {applied && (
        <p className="export-summary" role="status" data-testid="review-applied">
          <span aria-hidden="true">✓ </span>
          {t('reviewApplied', { n: applied.count, title: applied.title })}
        </p>
      )}
      {loaded && rows.length === 0 && <p className="export-hint">{t('reviewNoChanges')}</p>}
      {loaded && rows.length > 0 && (
        <>
          {docx && (
            <div className="select-buttons">
              <button type="button" onClick={() => setSelected(new Set(rows.map((row) => row.key)))}>
                {t('reviewSelectAll')}
              </button>
              <button type="button" onClick={() => setSelected(new Set())}>
                {t('reviewSelectNone')}
              </button>
            </div>
          )}
          <ChangeTable rows={rows} selected={docx ? selected : null} onToggle={toggle} />
          {docx ? (
            <label className="mark-reviewed">
              <input type="checkbox" checked={markReviewed} onChange={(event) => setMarkReviewed(event.target.checked)} /> {t('reviewMarkReviewed')}
            </label>
          ) : (
            <p className="export-hint">{t('reviewXliffWhole')}</p>
          )}
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          {t(loaded && rows.length > 0 ? 'dialogCancel' : 'close')}
        </button>
        {loaded && rows.length > 0 && (
          <button type="button" className="primary" onClick={() => void apply()} disabled={busy || (docx && selected.size === 0)}>
            {applying ? t('reviewApplying') : t('reviewApply', { n: docx ? selected.size : rows.length })}
          </button>
        )}
      </div>
    </Modal>
  );
}

function LoadedSummary({ loaded: { name, file, view } }: { loaded: Loaded }) {
  const t = useT();
  const counts =
    file.kind === 'docx'
      ? t('reviewDocxSummary', { changes: file.diff.changes.length, unchanged: file.diff.unchanged })
      : t('reviewXliffSummary', {
          version: file.dryRun.version,
          language: t(file.dryRun.lang === 'en' ? 'columnEnglish' : 'columnSimplified'),
          units: file.dryRun.units,
          changes: file.dryRun.changes.length,
        });
  return (
    <div className="review-summary" data-testid="review-summary">
      <strong>{t('reviewDocument', { name, title: view.document.title })}</strong>
      <span>{counts}</span>
    </div>
  );
}
