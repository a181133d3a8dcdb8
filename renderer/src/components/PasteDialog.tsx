import { useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import type { ImportPreviewT } from '../../../core/api/contract.ts';
import { useImportPreview } from '../hooks/useImportPreview.ts';
import type { ProjectChoice } from '../hooks/useProjects.ts';
import { useT } from '../i18n/index.ts';
import { ImportDestination } from './ImportDestination.tsx';
import { ImportFooter } from './ImportFooter.tsx';
import { ImportPreview, ProblemMessage } from './ImportPreview.tsx';
import { Modal } from './Modal.tsx';

interface Props {
  project: ProjectChoice;
  onClose: () => void;
  onImported: (documentId: number) => void;
}

/** Typing pauses this long before the preview is asked for again. */
const PREVIEW_DELAY_MS = 300;
const TITLE_CHARS = 40;

interface Pasted {
  text: string;
  /** The clipboard's HTML, kept only while the text is exactly what that paste put there. */
  html: string | null;
}

/** Pasted text has no file name to fall back on: without a heading, its first words make the title. */
function suggestedTitle(preview: ImportPreviewT | null): string {
  if (!preview) return '';
  if (preview.counts.heading > 0) return preview.title;
  const first = preview.paragraphs.find((p) => p.kind !== 'boilerplate') ?? preview.paragraphs[0];
  const chars = [...(first?.source ?? preview.title)];
  return chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS).join('')}…` : chars.join('');
}

function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * Paste into a new document. A paste from a browser or a word processor brings HTML along;
 * it is imported as HTML so that headings, lists and tables survive, and as text otherwise.
 */
export function PasteDialog({ project, onClose, onImported }: Props) {
  const t = useT();
  const [pasted, setPasted] = useState<Pasted>({ text: '', html: null });
  const [keepFormatting, setKeepFormatting] = useState(true);
  const [title, setTitle] = useState<string | null>(null);
  const pastedHtml = useRef<string | null>(null);

  const settled = useSettled(pasted, PREVIEW_DELAY_MS);
  const asHtml = keepFormatting && settled.html !== null;
  const source = useMemo(() => {
    if (settled.text.trim() === '') return null;
    const file = asHtml
      ? new File([settled.html ?? ''], 'clipboard.html', { type: 'text/html' })
      : new File([settled.text], 'clipboard.txt', { type: 'text/plain' });
    // The Blob is UTF-8 whatever the clipboard held: no detection needed.
    return { file, encoding: 'utf-8' as const, format: asHtml ? ('html' as const) : ('text' as const) };
  }, [settled, asHtml]);
  const state = useImportPreview(source, t);
  const waiting = settled !== pasted;

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const area = event.currentTarget;
    const replacesAll = area.selectionStart === 0 && area.selectionEnd === area.value.length;
    const html = event.clipboardData.getData('text/html');
    // HTML describes the whole document only when the paste replaces everything in the box.
    pastedHtml.current = replacesAll && html.trim() !== '' ? html : null;
  };
  const onChange = (text: string) => {
    setPasted({ text, html: pastedHtml.current });
    pastedHtml.current = null;
  };
  const runImport = async () => {
    const documentId = await state.commit(title ?? suggestedTitle(state.preview), project.projectId);
    if (documentId !== null) onImported(documentId);
  };

  return (
    <Modal title={t('pasteDialogTitle')} className="import-dialog paste-dialog" onClose={onClose}>
      <label className="paste-area">
        <span>{t('pasteHint')}</span>
        <textarea
          autoFocus
          lang="zh-Hant"
          value={pasted.text}
          onPaste={onPaste}
          onChange={(e) => onChange(e.target.value)}
          aria-label={t('pasteArea')}
          data-testid="paste-text"
        />
      </label>
      {pasted.html !== null && (
        <label className="keep-formatting">
          <input type="checkbox" checked={keepFormatting} onChange={(e) => setKeepFormatting(e.target.checked)} data-testid="paste-keep-formatting" />{' '}
          {t('keepFormatting')}
        </label>
      )}
      <ImportDestination project={project} title={title ?? suggestedTitle(state.preview)} onTitle={setTitle} />
      {state.problem && <ProblemMessage problem={state.problem} />}
      {state.preview && !state.problem && <ImportPreview preview={state.preview} busy={state.busy || waiting} />}
      <ImportFooter state={{ ...state, busy: state.busy || waiting }} onClose={onClose} onImport={() => void runImport()} />
    </Modal>
  );
}
