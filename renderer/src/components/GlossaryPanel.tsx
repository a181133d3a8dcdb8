import { useCallback, useEffect, useRef, useState } from 'react';
import type { GlossaryEntryT, GlossaryHitT, TargetLangT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { downloadFile } from '../download.ts';
import { base64Of } from '../file-content.ts';
import { newTerm, type TermDraft } from '../hooks/useTerminology.ts';
import { useT } from '../i18n/index.ts';
import { GlossaryForm } from './GlossaryForm.tsx';
import { GlossaryList } from './GlossaryList.tsx';

interface Props {
  /** The active paragraph's recognised terms; null when no paragraph is active. */
  hits: readonly GlossaryHitT[] | null;
  draft: TermDraft | null;
  onDraft: (draft: TermDraft | null) => void;
  projectId: number | null;
  onInsert: (lang: TargetLangT, text: string) => void;
  /** Terms changed: highlights and checks are fetched again. */
  onChanged: () => void;
  onError: (error: unknown) => void;
}

const FORMATS = ['csv', 'tsv', 'tbx'] as const;

function HitTargets({ hit, onInsert }: { hit: GlossaryHitT; onInsert: Props['onInsert'] }) {
  const t = useT();
  return (
    <li className="glossary-hit" data-testid="glossary-hit">
      <span className="glossary-hit-source" lang="zh-Hant">
        {hit.text}
      </span>
      {hit.entries.map((entry) =>
        entry.forbidden ? (
          <span key={entry.id} className="badge forbidden">
            ⛔ {t('glossaryForbidden')}
          </span>
        ) : (
          (['en', 'zh-Hans'] as const).map((lang) => {
            const term = lang === 'en' ? entry.en : entry.zhHans;
            const column = t(lang === 'en' ? 'columnEnglish' : 'columnSimplified');
            return (
              term && (
                <button key={`${entry.id}:${lang}`} type="button" className="glossary-insert" lang={lang} title={t('glossaryInsertTitle', { term, lang: column })} onClick={() => onInsert(lang, term)}>
                  <span className="insert-label">{t('glossaryInsert')}</span> {term}
                </button>
              )
            );
          })
        ),
      )}
      {hit.entries.some((e) => e.notes) && <span className="glossary-notes">{hit.entries.map((e) => e.notes).filter(Boolean).join(' · ')}</span>}
    </li>
  );
}

/** The Glossary tab: the active paragraph's terms to insert, quick add, the term list, import and export. */
export function GlossaryPanel({ hits, draft, onDraft, projectId, onInsert, onChanged, onError }: Props) {
  const t = useT();
  const [entries, setEntries] = useState<GlossaryEntryT[]>([]);
  const [report, setReport] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  // The terms that apply here: the global ones and the open project's own (not other projects').
  const load = useCallback(
    () => api.listGlossary({}).then((all) => setEntries(all.filter((e) => e.projectId === null || e.projectId === projectId)), onError),
    [projectId, onError],
  );
  useEffect(() => void load(), [load]);

  const changed = async () => {
    await load();
    onChanged();
  };
  const save = async (term: TermDraft) => {
    const { id, zhHant, en, zhHans, notes, partOfSpeech, forbidden, projectOnly } = term;
    try {
      await api.saveGlossaryEntry({ id, zhHant, en, zhHans, notes, partOfSpeech, forbidden, projectId: projectOnly ? projectId : null });
      onDraft(null);
      await changed();
    } catch (error) {
      onError(error);
    }
  };
  const remove = (entry: GlossaryEntryT) => void api.deleteGlossaryEntry({ id: entry.id }).then(changed, onError);
  const importFile = async (file: File) => {
    try {
      const result = await api.importGlossary({ contentBase64: await base64Of(file), projectId });
      setReport(t('glossaryImported', { ...result, skipped: result.skipped.length }));
      await changed();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section className="glossary">
      <h2>{t('glossaryHits')}</h2>
      {hits === null ? (
        <p className="hint">{t('glossaryNoParagraph')}</p>
      ) : hits.length === 0 ? (
        <p className="hint">{t('glossaryNoHits')}</p>
      ) : (
        <ul className="glossary-hits">
          {hits.map((hit) => (
            <HitTargets key={hit.start} hit={hit} onInsert={onInsert} />
          ))}
        </ul>
      )}
      {draft ? (
        <GlossaryForm key={draft.id ?? `new:${draft.zhHant}:${draft.en}:${draft.zhHans}`} initial={draft} projectId={projectId} onSave={save} onCancel={() => onDraft(null)} />
      ) : (
        <div className="qa-toolbar">
          <button type="button" className="primary" onClick={() => onDraft(newTerm())}>
            {t('glossaryAddTerm')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('glossaryImport')}
          </button>
          {FORMATS.map((format) => (
            <button key={format} type="button" onClick={() => void api.exportGlossary({ projectId, format }).then(downloadFile, onError)}>
              {t('glossaryExport')} {format.toUpperCase()}
            </button>
          ))}
          <input
            ref={fileInput}
            type="file"
            hidden
            accept=".csv,.tsv,.txt,.tbx,.xml"
            data-testid="glossary-import-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
      )}
      {report && <p className="hint" role="status">{report}</p>}
      <h2>{t('glossaryManager')}</h2>
      <GlossaryList
        entries={entries}
        onEdit={(entry) => onDraft({ ...entry, projectOnly: entry.projectId !== null })}
        onDelete={remove}
      />
    </section>
  );
}
