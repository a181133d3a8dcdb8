import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellT, DocumentSummaryT, DocumentViewT, TargetLangT, TmMatchT } from '../../core/api/contract.ts';
import { api } from './api.ts';
import { ParagraphRow } from './components/ParagraphRow.tsx';
import { Sidebar } from './components/Sidebar.tsx';
import { StatusBar } from './components/StatusBar.tsx';
import { TmPanel } from './components/TmPanel.tsx';
import { SaveQueue, type SaveState } from './save-queue.ts';

type CellKey = `${number}:${TargetLangT}`;
type Inserted = Record<number, Partial<Record<TargetLangT, { text: string; serial: number }>>>;

const NO_INSERTS: Inserted[number] = {};
const cellKey = (paragraphId: number, lang: TargetLangT): CellKey => `${paragraphId}:${lang}`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function withCell(view: DocumentViewT, paragraphId: number, lang: TargetLangT, cell: CellT): DocumentViewT {
  return {
    ...view,
    paragraphs: view.paragraphs.map((p) => (p.id === paragraphId ? { ...p, targets: { ...p.targets, [lang]: cell } } : p)),
  };
}

function focusCell(paragraphId: number, lang: TargetLangT): void {
  document.querySelector<HTMLTextAreaElement>(`[data-paragraph="${paragraphId}"] textarea[lang="${lang}"]`)?.focus();
}

export function App() {
  const [documents, setDocuments] = useState<DocumentSummaryT[]>([]);
  const [view, setView] = useState<DocumentViewT | null>(null);
  const [activeParagraph, setActiveParagraph] = useState<number | null>(null);
  const [matches, setMatches] = useState<TmMatchT[]>([]);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [notice, setNotice] = useState<string | null>(null);
  const [inserted, setInserted] = useState<Inserted>({});
  const serial = useRef(0);

  const queue = useMemo(
    () =>
      new SaveQueue<CellKey>(async (key, text) => {
        const [id, lang] = key.split(':') as [string, TargetLangT];
        const cell = await api.saveTarget({ paragraphId: Number(id), lang, text });
        setView((current) => current && withCell(current, Number(id), lang, cell));
      }, setSaveState),
    [],
  );

  const refreshDocuments = useCallback(async () => setDocuments(await api.listDocuments({})), []);

  const open = useCallback(
    async (documentId: number) => {
      await queue.flush();
      setView(await api.getDocument({ documentId }));
      setActiveParagraph(null);
      setMatches([]);
    },
    [queue],
  );

  useEffect(() => {
    api
      .listDocuments({})
      .then(async (list) => {
        setDocuments(list);
        if (list[0]) await open(list[0].id);
      })
      .catch((error: unknown) => setNotice(message(error)));
    const flushNow = () => void queue.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flushNow();
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [open, queue]);

  const activate = useCallback((paragraphId: number) => {
    setActiveParagraph((current) => {
      if (current !== paragraphId) {
        api.findTmMatches({ paragraphId }).then(setMatches, (error: unknown) => setNotice(message(error)));
      }
      return paragraphId;
    });
  }, []);

  const edit = useCallback(
    (paragraphId: number, lang: TargetLangT, text: string) => queue.schedule(cellKey(paragraphId, lang), text),
    [queue],
  );

  const confirm = useCallback(
    async (paragraphId: number, lang: TargetLangT) => {
      try {
        await queue.flush(cellKey(paragraphId, lang));
        const cell = await api.confirmTarget({ paragraphId, lang });
        setView((current) => {
          if (!current) return current;
          const index = current.paragraphs.findIndex((p) => p.id === paragraphId);
          const next = current.paragraphs[index + 1];
          if (next) requestAnimationFrame(() => focusCell(next.id, lang));
          return withCell(current, paragraphId, lang, cell);
        });
        await refreshDocuments();
      } catch (error) {
        setNotice(message(error));
      }
    },
    [queue, refreshDocuments],
  );

  const insertMatch = useCallback(
    (lang: TargetLangT, text: string) => {
      if (activeParagraph === null) return;
      serial.current += 1;
      const entry = { text, serial: serial.current };
      setInserted((current) => ({ ...current, [activeParagraph]: { ...current[activeParagraph], [lang]: entry } }));
      queue.schedule(cellKey(activeParagraph, lang), text);
    },
    [activeParagraph, queue],
  );

  const importFile = useCallback(
    async (file: File) => {
      try {
        const summary = await api.importText({ title: file.name.replace(/\.[^.]+$/, ''), text: await file.text() });
        await refreshDocuments();
        await open(summary.id);
      } catch (error) {
        setNotice(`Could not import ${file.name}: ${message(error)}`);
      }
    },
    [open, refreshDocuments],
  );

  const activePosition = view?.paragraphs.find((p) => p.id === activeParagraph)?.position ?? null;
  const summary = documents.find((d) => d.id === view?.document.id) ?? view?.document ?? null;

  return (
    <div className="app">
      <Sidebar documents={documents} activeId={view?.document.id ?? null} onOpen={(id) => void open(id)} onImport={(f) => void importFile(f)} />
      <main className="editor">
        {notice && (
          <div className="notice" role="alert">
            {notice} <button type="button" onClick={() => setNotice(null)}>Dismiss</button>
          </div>
        )}
        {view ? (
          <div role="grid" className="grid" aria-label={view.document.title} key={view.document.id}>
            <div role="row" className="row header">
              <div role="columnheader">#</div>
              <div role="columnheader">原文 (zh-Hant)</div>
              <div role="columnheader">English</div>
              <div role="columnheader">简体中文</div>
            </div>
            {view.paragraphs.map((paragraph) => (
              <ParagraphRow
                key={paragraph.id}
                paragraph={paragraph}
                active={paragraph.id === activeParagraph}
                inserted={inserted[paragraph.id] ?? NO_INSERTS}
                onActivate={activate}
                onEdit={edit}
                onConfirm={confirm}
              />
            ))}
          </div>
        ) : (
          <p className="empty-state">Import a Traditional Chinese text file to start translating.</p>
        )}
      </main>
      <TmPanel position={activePosition} matches={matches} onInsert={insertMatch} />
      <StatusBar document={summary} saveState={saveState} onRetry={() => void queue.flush()} />
    </div>
  );
}
