import { useEffect, useRef, useState } from 'react';
import type { ReplacePreviewT, TargetLangT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { useT } from '../i18n/index.ts';

interface Props {
  documentId: number;
  onClose: () => void;
  /** Called after a replace or its undo changed cells, so the grid reloads. */
  onChanged: () => Promise<void>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Find and replace in the target columns (never the source), with a preview of every
 * change before anything is written, and one undo for the whole replace.
 */
export function FindReplaceDialog({ documentId, onClose, onChanged }: Props) {
  const t = useT();
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [options, setOptions] = useState({ caseSensitive: false, wholeWord: false, regex: false });
  const [langs, setLangs] = useState<TargetLangT[]>(['en', 'zh-Hans']);
  const [preview, setPreview] = useState<ReplacePreviewT[] | null>(null);
  const [done, setDone] = useState<{ batchId: number; cells: number; replacements: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const findBox = useRef<HTMLInputElement>(null);
  useEffect(() => findBox.current?.focus(), []);

  const request = { documentId, find, replace, ...options, langs };
  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(message(failure));
    }
  };
  const showPreview = () => run(async () => setPreview(await api.previewReplace(request)));
  const apply = () =>
    run(async () => {
      const result = await api.applyReplace(request);
      setPreview(null);
      if (result.batchId !== null) setDone({ ...result, batchId: result.batchId });
      await onChanged();
    });
  const undo = () =>
    run(async () => {
      if (!done) return;
      await api.undoBatch({ batchId: done.batchId });
      setDone(null);
      await onChanged();
    });
  const toggleLang = (lang: TargetLangT) =>
    setLangs((current) => (current.includes(lang) ? current.filter((l) => l !== lang) : [...current, lang]));

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="replace-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form
        className="dialog replace-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void showPreview();
        }}
      >
        <h2 id="replace-title">{t('replaceTitle')}</h2>
        <div className="form-grid">
          <label htmlFor="replace-find">{t('replaceFind')}</label>
          <input id="replace-find" ref={findBox} value={find} onChange={(e) => setFind(e.target.value)} />
          <label htmlFor="replace-with">{t('replaceWith')}</label>
          <input id="replace-with" value={replace} onChange={(e) => setReplace(e.target.value)} />
        </div>
        <div className="options">
          {(['caseSensitive', 'wholeWord', 'regex'] as const).map((option) => (
            <label key={option}>
              <input type="checkbox" checked={options[option]} onChange={(e) => setOptions({ ...options, [option]: e.target.checked })} />{' '}
              {t(option === 'caseSensitive' ? 'replaceCase' : option === 'wholeWord' ? 'replaceWholeWord' : 'replaceRegex')}
            </label>
          ))}
          {(['en', 'zh-Hans'] as const).map((lang) => (
            <label key={lang}>
              <input type="checkbox" checked={langs.includes(lang)} onChange={() => toggleLang(lang)} />{' '}
              {t(lang === 'en' ? 'columnEnglish' : 'columnSimplified')}
            </label>
          ))}
        </div>
        <p className="hint">{t('replaceTargetsOnly')}</p>
        {error && <p className="notice" role="alert">{error}</p>}
        {preview && (
          <div className="replace-preview" data-testid="replace-preview">
            <p>{t('replacePreviewCount', { cells: preview.length, replacements: preview.reduce((n, p) => n + p.count, 0) })}</p>
            <ol>
              {preview.slice(0, 200).map((change) => (
                <li key={`${change.paragraphId}:${change.lang}`}>
                  <span className="badge">
                    {change.position + 1} · {change.lang === 'en' ? 'EN' : '简'}
                  </span>
                  <del lang={change.lang}>{change.before}</del>
                  <ins lang={change.lang}>{change.after}</ins>
                </li>
              ))}
            </ol>
          </div>
        )}
        {done && (
          <p role="status" data-testid="replace-done">
            {t('replaceDone', { cells: done.cells, replacements: done.replacements })}{' '}
            <button type="button" onClick={() => void undo()}>
              {t('undo')}
            </button>
          </p>
        )}
        <div className="dialog-buttons">
          <button type="submit" disabled={find === '' || langs.length === 0}>
            {t('replacePreview')}
          </button>
          <button type="button" onClick={() => void apply()} disabled={!preview || preview.length === 0}>
            {t('replaceAll')}
          </button>
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </form>
    </div>
  );
}
