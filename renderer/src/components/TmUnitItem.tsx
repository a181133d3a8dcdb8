import { useState, type FormEvent } from 'react';
import type { MethodResult } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { useT, type MessageKey } from '../i18n/index.ts';
import { Marked } from './Marked.tsx';

export type TmHit = MethodResult<'listTmUnits'>['hits'][number];

interface Props {
  hit: TmHit;
  onSaved: (hit: TmHit) => void;
  onDeleted: () => void;
  onError: (error: unknown) => void;
}

const FIELDS: readonly { key: 'source' | 'en' | 'zhHans'; lang: string; label: MessageKey }[] = [
  { key: 'source', lang: 'zh-Hant', label: 'tmSourceLabel' },
  { key: 'en', lang: 'en', label: 'tmEnLabel' },
  { key: 'zhHans', lang: 'zh-Hans', label: 'tmZhHansLabel' },
];

/** One unit of the browser: its three texts, edited in place, deleted after a confirmation. */
export function TmUnitItem({ hit, onSaved, onDeleted, onError }: Props) {
  const t = useT();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [draft, setDraft] = useState({ source: '', en: '', zhHans: '' });
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  const startEdit = () => {
    setDraft({ source: hit.source, en: hit.en ?? '', zhHans: hit.zhHans ?? '' });
    setMode('edit');
  };
  // A translation left blank is removed (the backend refuses a unit left with none).
  const save = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const saved = await api.editTmUnit({ unitId: hit.unitId, ...draft });
      onSaved({ ...hit, ...saved, highlights: { source: [], en: [], zhHans: [] } });
      setMode('view');
    });
  };
  const remove = () =>
    act(async () => {
      await api.deleteTmUnits({ unitIds: [hit.unitId] });
      onDeleted();
    });

  if (mode === 'edit') {
    return (
      <li className="tm-unit editing" data-testid="tm-unit">
        <form onSubmit={save}>
          {FIELDS.map((field) => (
            <label key={field.key}>
              <span>{t(field.label)}</span>
              <textarea
                lang={field.lang}
                rows={2}
                value={draft[field.key]}
                required={field.key === 'source'}
                onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
                data-testid={`tm-unit-${field.key}`}
              />
            </label>
          ))}
          <div className="qa-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('tmSaveUnit')}
            </button>
            <button type="button" onClick={() => setMode('view')} disabled={busy}>
              {t('tmCancelEdit')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="tm-unit" data-testid="tm-unit">
      <Marked text={hit.source} ranges={hit.highlights.source} lang="zh-Hant" />
      {hit.en !== null && <Marked text={hit.en} ranges={hit.highlights.en} lang="en" />}
      {hit.zhHans !== null && <Marked text={hit.zhHans} ranges={hit.highlights.zhHans} lang="zh-Hans" />}
      <div className="match-origin">
        {hit.origin} · <time dateTime={hit.updatedAt}>{hit.updatedAt.slice(0, 10)}</time>
      </div>
      {mode === 'delete' ? (
        <div className="qa-actions">
          <span>{t('tmDeleteUnitConfirm', { name: hit.tmName })}</span>
          <button type="button" className="danger" autoFocus onClick={() => void remove()} disabled={busy}>
            {t('tmDeleteUnit')}
          </button>
          <button type="button" onClick={() => setMode('view')} disabled={busy}>
            {t('tmCancelEdit')}
          </button>
        </div>
      ) : (
        <div className="qa-actions">
          <button type="button" onClick={startEdit}>
            {t('tmEditUnit')}
          </button>
          <button type="button" onClick={() => setMode('delete')}>
            {t('tmDeleteUnit')}
          </button>
        </div>
      )}
    </li>
  );
}
