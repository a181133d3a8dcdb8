import { useState, type ReactNode } from 'react';
import type { DocumentSummaryT, MethodResult, TargetLangT } from '../../../core/api/contract.ts';
import type { ExportFormatName } from '../../../core/export/formats.ts';
import { api } from '../api.ts';
import { downloadFile } from '../download.ts';
import { DEFAULT_FORM, exportRequest, familyOf, FORMAT_GROUPS, isExportFormat, offersBothLanguages, withFormat, type ExportForm } from '../export-form.ts';
import { isCancelled, useJob } from '../hooks/useJob.ts';
import { usePreference } from '../hooks/usePreference.ts';
import { useT, type MessageKey } from '../i18n/index.ts';
import { JobProgress } from './JobProgress.tsx';
import { Modal } from './Modal.tsx';

type Summary = MethodResult<'exportDocument'>['summary'];

const TARGETS: readonly { lang: TargetLangT; label: MessageKey }[] = [
  { lang: 'en', label: 'columnEnglish' },
  { lang: 'zh-Hans', label: 'columnSimplified' },
];

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Props {
  document: DocumentSummaryT;
  /** Sends edits still inside the save debounce, so the file holds what is on screen. */
  beforeExport: () => Promise<void>;
  onClose: () => void;
}

/** Export: the format and its options, then the file is downloaded and its summary shown. */
export function ExportDialog({ document: doc, beforeExport, onClose }: Props) {
  const t = useT();
  const [lastFormat, setLastFormat] = usePreference<string>('exportFormat', DEFAULT_FORM.format);
  const [form, setForm] = useState(() => withFormat(DEFAULT_FORM, isExportFormat(lastFormat) ? lastFormat : DEFAULT_FORM.format));
  const job = useJob();
  const busy = job.running;
  const [cancelled, setCancelled] = useState(false);
  const [done, setDone] = useState<{ fileName: string; format: ExportFormatName; summary: Summary } | null>(null);
  const [error, setError] = useState<string | null>(null);

  // A summary next to changed options would describe a file those options did not make.
  const change = (next: ExportForm) => {
    setForm(next);
    setDone(null);
    setError(null);
  };

  const run = async () => {
    setDone(null);
    setError(null);
    setCancelled(false);
    try {
      await beforeExport();
      const file = await job.run((jobId) => api.exportDocument({ ...exportRequest(doc.id, form), jobId }));
      downloadFile(file);
      setDone({ fileName: file.fileName, format: form.format, summary: file.summary });
      setLastFormat(form.format);
    } catch (failure) {
      if (isCancelled(failure)) setCancelled(true);
      else setError(t('exportFailed', { reason: message(failure) }));
    }
  };

  const group = FORMAT_GROUPS.find((g) => g.family === familyOf(form.format))!;
  return (
    <Modal title={t('exportTitle', { title: doc.title })} className="export-dialog" onClose={() => !busy && onClose()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <FormatPicker format={form.format} onChange={(format) => change(withFormat(form, format))} />
        <p className="export-hint">{t(group.hint)}</p>
        <OptionFields form={form} onChange={change} />
        {error && (
          <p className="exchange-error" role="alert">
            {error}
          </p>
        )}
        {done && <ExportSummary {...done} />}
        {cancelled && <p role="status">{t('jobCancelled')}</p>}
        <JobProgress job={job} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            {t(done ? 'close' : 'dialogCancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t(busy ? 'exportRunning' : 'exportRun')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function FormatPicker({ format, onChange }: { format: ExportFormatName; onChange: (format: ExportFormatName) => void }) {
  const t = useT();
  return (
    <div className="format-groups" role="radiogroup" aria-label={t('exportFormat')}>
      {FORMAT_GROUPS.map((group) => (
        <fieldset key={group.family}>
          <legend>{t(group.label)}</legend>
          {group.formats.map((option) => (
            <label key={option.format}>
              <input type="radio" name="export-format" value={option.format} checked={option.format === format} onChange={() => onChange(option.format)} />{' '}
              {t(option.label)}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}

function OptionFields({ form, onChange }: { form: ExportForm; onChange: (form: ExportForm) => void }) {
  const t = useT();
  const family = familyOf(form.format);
  const set = (patch: Partial<ExportForm>) => onChange({ ...form, ...patch });
  const toggleTarget = (lang: TargetLangT, on: boolean) =>
    set({ targets: TARGETS.map((target) => target.lang).filter((l) => (l === lang ? on : form.targets.includes(l))) });
  const languages = offersBothLanguages(form.format) ? [...TARGETS, { lang: 'both' as const, label: 'exportBothLanguages' as const }] : TARGETS;
  return (
    <div className="export-options">
      {family === 'bilingual' ? (
        <Choices legend={t('exportColumns')}>
          {TARGETS.map(({ lang, label }) => {
            const checked = form.targets.includes(lang);
            // The last column cannot be unticked: a table needs at least one target.
            return (
              <Check key={lang} checked={checked} disabled={checked && form.targets.length === 1} onChange={(on) => toggleTarget(lang, on)}>
                <span lang={lang}>{t(label)}</span>
              </Check>
            );
          })}
        </Choices>
      ) : (
        <Choices legend={t('exportLanguage')}>
          {languages.map(({ lang, label }) => (
            <label key={lang}>
              <input type="radio" name="export-lang" checked={form.lang === lang} onChange={() => set({ lang })} />{' '}
              <span lang={lang === 'both' ? undefined : lang}>{t(label)}</span>
            </label>
          ))}
        </Choices>
      )}
      {family === 'monolingual' && (
        <Choices legend={t('exportUntranslated')}>
          {(['omit', 'source'] as const).map((choice) => (
            <label key={choice}>
              <input type="radio" name="export-untranslated" checked={form.untranslated === choice} onChange={() => set({ untranslated: choice })} />{' '}
              {t(choice === 'omit' ? 'exportOmit' : 'exportFillSource')}
            </label>
          ))}
        </Choices>
      )}
      <Choices legend={t('exportInclude')}>
        <Check checked={form.headings} onChange={(headings) => set({ headings })}>
          {t('exportHeadings')}
        </Check>
        <Check checked={form.boilerplate} onChange={(boilerplate) => set({ boilerplate })}>
          {t('exportBoilerplate')}
        </Check>
        {family === 'bilingual' && (
          <>
            <Check checked={form.status} onChange={(status) => set({ status })}>
              {t('exportStatusColumn')}
            </Check>
            <Check checked={form.comments} onChange={(comments) => set({ comments })}>
              {t('exportCommentsColumn')}
            </Check>
          </>
        )}
      </Choices>
    </div>
  );
}

function Choices({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function Check({ checked, disabled, onChange, children }: { checked: boolean; disabled?: boolean; onChange: (on: boolean) => void; children: ReactNode }) {
  return (
    <label>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} /> {children}
    </label>
  );
}

function ExportSummary({ fileName, format, summary }: { fileName: string; format: ExportFormatName; summary: Summary }) {
  const t = useT();
  const lines: [MessageKey, number][] = [
    ['exportWritten', summary.written],
    ['exportSkipped', summary.skipped],
  ];
  if (summary.untranslated === 'source') lines.push(['exportFilled', summary.filledWithSource]);
  // A TMX holds confirmed pairs only: what it leaves out is what is not confirmed.
  else if (summary.untranslated === 'omit' || summary.omitted > 0) lines.push([format === 'tmx' ? 'exportUnconfirmed' : 'exportOmitted', summary.omitted]);
  return (
    <div className="export-summary" role="status" data-testid="export-summary">
      <p>
        <span aria-hidden="true">✓ </span>
        {t('exportSaved', { file: fileName })}
      </p>
      <dl>
        {lines.map(([label, count]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
