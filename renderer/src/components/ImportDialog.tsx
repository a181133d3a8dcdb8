import { useMemo, useState, type ChangeEvent } from 'react';
import type { ImportPreviewT } from '../../../core/api/contract.ts';
import { ENCODING_LABELS, SOURCE_ENCODINGS, type SourceEncoding } from '../../../core/import/encoding-names.ts';
import { SOURCE_FORMATS, type SourceFormat } from '../../../core/import/types.ts';
import { useImportPreview } from '../hooks/useImportPreview.ts';
import type { ProjectChoice } from '../hooks/useProjects.ts';
import { useT } from '../i18n/index.ts';
import { FORMAT_LABEL } from '../import-labels.ts';
import { ImportDestination } from './ImportDestination.tsx';
import { ImportFooter } from './ImportFooter.tsx';
import { ImportPreview, ProblemMessage } from './ImportPreview.tsx';
import { Modal } from './Modal.tsx';

/** The file types the picker offers; the backend also sniffs the content. */
export const IMPORT_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html';

/** Below this the detector's guess is worth a look (a BOM, valid UTF-8 or an override give 1). */
const SURE = 0.8;

interface Props {
  file: File;
  project: ProjectChoice;
  onClose: () => void;
  onImported: (documentId: number) => void;
}

function EncodingStatus({ preview, override }: { preview: ImportPreviewT; override: SourceEncoding | undefined }) {
  const t = useT();
  if (!preview.encoding) return <span className="hint">{t('encodingFromWord')}</span>;
  const name = ENCODING_LABELS[preview.encoding];
  if (override) return <span className="hint">{t('chosenByYou', { name })}</span>;
  const percent = Math.round(preview.encodingConfidence * 100);
  return (
    <span className="hint" data-testid="detected-encoding" data-encoding={preview.encoding}>
      {t('detected', { name, percent })}
      {preview.encodingConfidence < SURE && <span className="low-confidence"> {t('lowConfidence')}</span>}
    </span>
  );
}

/** One file: detection, overrides that re-run the preview, the title, and the import. */
function ImportForm({ file, project, onClose, onImported, onChooseFile }: Props & { onChooseFile: (file: File) => void }) {
  const t = useT();
  const [encoding, setEncoding] = useState<SourceEncoding | undefined>();
  const [format, setFormat] = useState<SourceFormat | undefined>();
  const [title, setTitle] = useState<string | null>(null);
  const source = useMemo(() => ({ file, encoding, format }), [file, encoding, format]);
  const state = useImportPreview(source, t);
  const { preview } = state;

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (chosen) onChooseFile(chosen);
    event.target.value = '';
  };
  const runImport = async () => {
    const documentId = await state.commit(title ?? preview?.title ?? '', project.projectId);
    if (documentId !== null) onImported(documentId);
  };

  return (
    <>
      <div className="import-file">
        <span className="file-name" data-testid="import-file-name">
          {file.name}
        </span>
        <span className="hint">{t('fileSize', { size: Math.max(1, Math.round(file.size / 1024)).toLocaleString() })}</span>
        <label className="choose">
          {t('chooseOtherFile')}
          <input type="file" accept={IMPORT_ACCEPT} onChange={choose} data-testid="import-other-file" />
        </label>
      </div>
      <div className="import-options">
        <label>
          {t('format')}
          <select value={format ?? ''} onChange={(e) => setFormat((e.target.value || undefined) as SourceFormat | undefined)} data-testid="import-format">
            <option value="">{preview ? `${t('automatic')} (${t(FORMAT_LABEL[preview.format])})` : t('automatic')}</option>
            {SOURCE_FORMATS.map((id) => (
              <option key={id} value={id}>
                {t(FORMAT_LABEL[id])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('encoding')}
          <select
            value={encoding ?? ''}
            onChange={(e) => setEncoding((e.target.value || undefined) as SourceEncoding | undefined)}
            disabled={preview?.format === 'docx'}
            data-testid="import-encoding"
          >
            <option value="">{t('automatic')}</option>
            {SOURCE_ENCODINGS.map((id) => (
              <option key={id} value={id}>
                {ENCODING_LABELS[id]}
              </option>
            ))}
          </select>
        </label>
        {preview && <EncodingStatus preview={preview} override={encoding} />}
      </div>
      <ImportDestination project={project} title={title ?? preview?.title ?? ''} onTitle={setTitle} />
      {state.problem && <ProblemMessage problem={state.problem} />}
      {preview && !state.problem && <ImportPreview preview={preview} busy={state.busy} />}
      {!preview && !state.problem && <p className="hint">{t('reading')}</p>}
      <ImportFooter state={state} onClose={onClose} onImport={() => void runImport()} />
    </>
  );
}

/** The import dialog; choosing another file starts over with fresh detection. */
export function ImportDialog({ file: initial, project, onClose, onImported }: Props) {
  const t = useT();
  const [chosen, setChosen] = useState({ file: initial, serial: 0 });
  return (
    <Modal title={t('importDialogTitle')} className="import-dialog" onClose={onClose}>
      <ImportForm
        key={chosen.serial}
        file={chosen.file}
        project={project}
        onClose={onClose}
        onImported={onImported}
        onChooseFile={(file) => setChosen(({ serial }) => ({ file, serial: serial + 1 }))}
      />
    </Modal>
  );
}
