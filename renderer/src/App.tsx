import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummaryT, TargetLangT, TmMatchT } from '../../core/api/contract.ts';
import { api, shellEvents } from './api.ts';
import { bytesFromBase64 } from './download.ts';
import { CommentPanel } from './components/CommentPanel.tsx';
import { ConcordancePanel } from './components/ConcordancePanel.tsx';
import { DictionaryPanel } from './components/DictionaryPanel.tsx';
import { DocumentBar } from './components/DocumentBar.tsx';
import { ExportDialog } from './components/ExportDialog.tsx';
import { FindReplaceDialog } from './components/FindReplaceDialog.tsx';
import { GlossaryPanel } from './components/GlossaryPanel.tsx';
import { Grid, type GridHandle } from './components/Grid.tsx';
import { HelpOverlay } from './components/HelpOverlay.tsx';
import { HistoryControls } from './components/HistoryControls.tsx';
import { HistoryPanel } from './components/HistoryPanel.tsx';
import { ImportDialog } from './components/ImportDialog.tsx';
import type { ParagraphEditor } from './components/ParagraphActions.tsx';
import { PasteDialog } from './components/PasteDialog.tsx';
import { QaPanel } from './components/QaPanel.tsx';
import { ReviewBar, ReviewToggle } from './components/ReviewMode.tsx';
import { ReviewImportDialog } from './components/ReviewImportDialog.tsx';
import { SidePanel } from './components/SidePanel.tsx';
import { BackupsDialog } from './components/BackupsDialog.tsx';
import { Sidebar } from './components/Sidebar.tsx';
import { StatusBar } from './components/StatusBar.tsx';
import { TmPanel } from './components/TmPanel.tsx';
import { TmTools } from './components/TmTools.tsx';
import { Toolbar, type Theme } from './components/Toolbar.tsx';
import { VariantSelect } from './components/VariantSelect.tsx';
import { VocabularyPanel } from './components/VocabularyPanel.tsx';
import { isConfirmed, NO_FILTER, type Filter } from './filters.ts';
import { useDocument } from './hooks/useDocument.ts';
import { useDocumentHistory } from './hooks/useDocumentHistory.ts';
import { useParagraphEdits } from './hooks/useParagraphEdits.ts';
import { usePreference } from './hooks/usePreference.ts';
import { projectActions, useProjects } from './hooks/useProjects.ts';
import { QaMarkerContext, useCellQa } from './hooks/useQa.ts';
import { ReviewChangesContext, useReviewMode } from './hooks/useReviewMode.ts';
import { SourceTermsContext, useTermInsert, useTerminology } from './hooks/useTerminology.ts';
import { SimplifiedContext, useSimplifiedColumn } from './hooks/useSimplifiedActions.ts';
import { I18nContext, languageFromLocale, translator, type UiLanguage } from './i18n/index.ts';
import { actionFor, parseBindings, type KeyBindings, type ShortcutAction } from './shortcuts.ts';

interface ActiveCell {
  paragraphId: number;
  lang: TargetLangT;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const otherLang = (lang: TargetLangT): TargetLangT => (lang === 'en' ? 'zh-Hans' : 'en');
const MATCH_ACTIONS: Partial<Record<ShortcutAction, number>> = {
  insertMatch1: 0,
  insertMatch2: 1,
  insertMatch3: 2,
  insertMatch4: 3,
  insertMatch5: 4,
};

export function App() {
  const [documents, setDocuments] = useState<DocumentSummaryT[]>([]);
  const [loaded, setLoaded] = useState(false);
  const { view, saveState, open, reload, close: closeDocument, editText, confirmCell, applyCell, setComment, flush } = useDocument();
  const [trash, setTrash] = useState<{ id: number; title: string; deletedAt: string }[]>([]);
  const [replaceOpen, setReplaceOpen] = useState(false);
  const [concordanceRequest, setConcordanceRequest] = useState<{ term: string; serial: number } | null>(null);
  const [exchange, setExchange] = useState<'export' | 'review-import' | null>(null);
  const [active, setActive] = useState<ActiveCell | null>(null);
  const [matches, setMatches] = useState<TmMatchT[]>([]);
  /** Bumped when the memories change (attachments, penalties, units), so the matches are looked up again. */
  const [tmRevision, setTmRevision] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [helpOpen, setHelpOpen] = useState(false);
  const [fileToImport, setFileToImport] = useState<File | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [language, setLanguage] = usePreference<UiLanguage>('language', languageFromLocale(navigator.language));
  const [theme, setTheme] = usePreference<Theme>('theme', 'system');
  const [fontSize, setFontSize] = usePreference<number>('fontSize', 15);
  const [storedBindings, setStoredBindings] = usePreference<string>('bindings', '{}');
  const bindings = useMemo(() => parseBindings(storedBindings), [storedBindings]);
  const grid = useRef<GridHandle>(null);
  const findBox = useRef<HTMLInputElement>(null);
  const t = useMemo(() => translator(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.setProperty('--text-size', `${fontSize}px`);
  }, [language, theme, fontSize]);

  const refreshDocuments = useCallback(async () => {
    const [list, trashed] = await Promise.all([api.listDocuments({}), api.listTrash({})]);
    setDocuments(list);
    setTrash(trashed);
  }, []);

  const showError = useCallback((error: unknown) => setNotice(message(error)), []);
  const projects = useProjects(documents, view?.document ?? null, showError);
  const simplified = useSimplifiedColumn({
    documentId: view?.document.id ?? null,
    flush,
    reload,
    applyCell,
    onDocumentsChanged: refreshDocuments,
    onError: showError,
  });

  const openDocument = useCallback(
    async (documentId: number) => {
      await open(documentId);
      setActive(null);
      setMatches([]);
      setFilter(NO_FILTER);
    },
    [open],
  );

  useEffect(() => {
    api
      .listDocuments({})
      .then(async (list) => {
        setDocuments(list);
        if (list[0]) await openDocument(list[0].id);
      })
      .catch((error: unknown) => setNotice(message(error)))
      .finally(() => setLoaded(true));
    // Whatever is still inside the debounce window is sent when the page goes away.
    const flushNow = () => void flush();
    const onHidden = () => document.visibilityState === 'hidden' && flushNow();
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [flush, openDocument]);


  const paragraphs = view?.paragraphs ?? null;
  const review = useReviewMode({
    documentId: view?.document.id ?? null,
    paragraphs,
    filter,
    onFilter: setFilter,
    activeParagraphId: active?.paragraphId ?? null,
    onError: showError,
  });
  const { rows, afterReviewed } = review;

  const focusCell = useCallback(
    (paragraphId: number, lang: TargetLangT) => {
      setActive({ paragraphId, lang });
      grid.current?.focusCell(paragraphId, lang);
    },
    [],
  );
  const cellHistory = useDocumentHistory({ documentId: view?.document.id ?? null, flush, applyCell, focusCell, onDocumentsChanged: refreshDocuments, onError: showError });

  const [newProjectRequests, setNewProjectRequests] = useState(0);
  const hasDocument = view !== null;
  useEffect(
    () =>
      shellEvents?.subscribe((event) => {
        switch (event.type) {
          case 'documents-changed':
            return void refreshDocuments().then(async () => {
              if (event.openDocumentId !== null) await openDocument(event.openDocumentId);
            });
          case 'open-file':
            return setFileToImport(new File([bytesFromBase64(event.contentBase64)], event.fileName));
          case 'find':
            return findBox.current?.focus();
          case 'replace':
            return hasDocument && setReplaceOpen(true);
          case 'export':
            return hasDocument && setExchange('export');
          case 'new-project':
            return setNewProjectRequests((n) => n + 1);
          case 'undo-document':
            return cellHistory.undo();
          case 'redo-document':
            return cellHistory.redo();
          case 'help':
            return setHelpOpen(true);
          case 'theme':
            return setTheme(event.theme);
          case 'language':
            return setLanguage(event.language);
          case 'error':
            return setNotice(event.message);
        }
      }),
    [cellHistory, hasDocument, openDocument, refreshDocuments, setLanguage, setTheme],
  );

  const activeParagraphId = active?.paragraphId ?? null;
  useEffect(() => {
    if (activeParagraphId === null) return;
    let current = true;
    api.findTmMatches({ paragraphId: activeParagraphId }).then(
      (found) => current && setMatches(found),
      (error: unknown) => setNotice(message(error)),
    );
    return () => {
      current = false;
    };
  }, [activeParagraphId, tmRevision]);

  const onFocus = useCallback((paragraphId: number, lang: TargetLangT) => setActive({ paragraphId, lang }), []);

  const onConfirm = useCallback(
    async (paragraphId: number, lang: TargetLangT, reviewed = false) => {
      try {
        await confirmCell(paragraphId, lang, reviewed);
        // Marking reviewed may turn review mode on, and so change the rows shown.
        const shown = reviewed ? afterReviewed(lang) : rows;
        const position = rows.find((p) => p.id === paragraphId)?.position ?? -1;
        const next = shown.find((p) => p.position > position);
        if (next) focusCell(next.id, lang);
        // Identical source paragraphs elsewhere in the document get this translation as a draft.
        const { paragraphIds } = await api.propagateTranslation({ paragraphId, lang });
        if (paragraphIds.length > 0) {
          await reload();
          setNotice(t('propagated', { n: paragraphIds.length }));
        }
        await refreshDocuments();
      } catch (error) {
        setNotice(message(error));
      }
    },
    [afterReviewed, confirmCell, focusCell, refreshDocuments, reload, rows, t],
  );

  const move = useCallback(
    (step: number) => {
      if (!active) return;
      const index = rows.findIndex((p) => p.id === active.paragraphId);
      const target = rows[index + step];
      if (target) focusCell(target.id, active.lang);
    },
    [active, focusCell, rows],
  );

  const activeParagraph = paragraphs?.find((p) => p.id === activeParagraphId) ?? null;
  const activePosition = activeParagraph?.position ?? null;
  const activeCell = activeParagraph && active ? activeParagraph.targets[active.lang] : null;
  // Live QA of the active cell and the active paragraph's terms: never for the rest of the grid.
  const qa = useCellQa(active, activeCell?.text ?? null, showError);
  const qaMarker = useMemo(() => ({ cell: qa.cell, count: qa.findings.filter((f) => f.ignored === null).length }), [qa.cell, qa.findings]);
  const terms = useTerminology(activeParagraph, showError);
  const insertTerm = useTermInsert(activeParagraph, editText);

  const runShortcut = useCallback(
    (action: ShortcutAction): boolean => {
      if (action === 'help') return (setHelpOpen(true), true);
      if (action === 'undoEdit') return (cellHistory.undo(), true);
      if (action === 'redoEdit') return (cellHistory.redo(), true);
      if (action === 'replace') return (setReplaceOpen(view !== null), true);
      if (action === 'concordance') {
        const term = window.getSelection()?.toString().trim() ?? '';
        setConcordanceRequest((previous) => ({ term, serial: (previous?.serial ?? 0) + 1 }));
        terms.setSideTab('concordance');
        return true;
      }
      if (action === 'find') return (findBox.current?.focus(), true);
      if (action === 'addTerm') return (terms.quickAdd(), true);
      if (action === 'insertTerm') {
        // The first glossary term of the paragraph whose translation the cell does not hold yet.
        if (!active || !activeParagraph) return true;
        const cellText = activeParagraph.targets[active.lang].text;
        const target = terms.hits
          .flatMap((hit) => hit.entries.map((entry) => (active.lang === 'en' ? entry.en : entry.zhHans)))
          .find((term) => term !== '' && !cellText.includes(term));
        if (target) insertTerm(active.lang, target);
        return true;
      }
      if (!active || !paragraphs) return false;
      const paragraph = paragraphs.find((p) => p.id === active.paragraphId);
      if (!paragraph) return false;
      const matchIndex = MATCH_ACTIONS[action];
      if (matchIndex !== undefined) {
        const match = matches[matchIndex];
        const text = match && (active.lang === 'en' ? match.en : match.zhHans);
        if (text) editText(paragraph.id, active.lang, text);
        return true;
      }
      switch (action) {
        case 'confirm':
        case 'review':
          void onConfirm(paragraph.id, active.lang, action === 'review');
          return true;
        case 'nextUnconfirmed': {
          const start = rows.findIndex((p) => p.id === paragraph.id);
          // Paragraphs left out of translation are not work to do.
          const next = [...rows.slice(start + 1), ...rows.slice(0, start)].find((p) => p.included && !isConfirmed(p, active.lang));
          if (next) focusCell(next.id, active.lang);
          return true;
        }
        case 'copySource':
          editText(paragraph.id, active.lang, paragraph.source);
          return true;
        case 'previous':
          move(-1);
          return true;
        case 'next':
          move(1);
          return true;
        case 'switchColumn':
          focusCell(paragraph.id, otherLang(active.lang));
          return true;
        default:
          return false;
      }
    },
    [active, activeParagraph, editText, cellHistory, focusCell, insertTerm, matches, move, onConfirm, paragraphs, rows, terms, view],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || helpOpen || replaceOpen || exchange || fileToImport || pasteOpen || backupsOpen) return;
      const action = actionFor(event, bindings);
      if (action && runShortcut(action)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [backupsOpen, bindings, exchange, fileToImport, helpOpen, pasteOpen, replaceOpen, runShortcut]);

  const insertMatch = useCallback(
    (lang: TargetLangT, text: string) => {
      if (activeParagraphId !== null) editText(activeParagraphId, lang, text);
    },
    [activeParagraphId, editText],
  );

  // After a restore the database is another one: the open document again if it is still there.
  const afterRestore = useCallback(async () => {
    await refreshDocuments();
    const list = await api.listDocuments({});
    const next = list.find((doc) => doc.id === view?.document.id) ?? list[0];
    if (next) await openDocument(next.id);
    else closeDocument();
  }, [closeDocument, openDocument, refreshDocuments, view?.document.id]);

  const onImported = useCallback(
    async (documentId: number) => {
      setFileToImport(null);
      setPasteOpen(false);
      try {
        await refreshDocuments();
        await openDocument(documentId);
      } catch (error) {
        setNotice(message(error));
      }
    },
    [openDocument, refreshDocuments],
  );

  const edits = useParagraphEdits({ documentId: view?.document.id ?? null, flush, reload: open, onNotice: setNotice, t });
  const paragraphCount = paragraphs?.length ?? 0;
  const paragraphEditor = useMemo<ParagraphEditor>(() => ({ lastPosition: paragraphCount - 1, run: edits.run }), [paragraphCount, edits.run]);


  const manage = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
        await refreshDocuments();
      } catch (error) {
        setNotice(message(error));
      }
    },
    [refreshDocuments],
  );
  const onDelete = (documentId: number) =>
    void manage(async () => {
      await api.trashDocument({ documentId });
      if (view?.document.id === documentId) setActive(null);
    });

  const onProject = projectActions({
    manage,
    choose: projects.choice.onChoose,
    flush,
    afterMove: async (documentId) => {
      if (view?.document.id !== documentId) return;
      await reload();
      setTmRevision((n) => n + 1);
    },
  });

  // A returned file may belong to another document than the open one: open that one.
  const afterReturnedFile = useCallback(
    (documentId: number) =>
      manage(() => (view?.document.id === documentId ? reload() : openDocument(documentId))),
    [manage, openDocument, reload, view?.document.id],
  );

  return (
    <I18nContext.Provider value={t}>
      <div
        className="app"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          const file = event.dataTransfer.files[0];
          if (file) setFileToImport(file);
        }}
      >
        <Sidebar
          documents={documents}
          projects={projects.projects}
          projectActions={onProject}
          activeId={view?.document.id ?? null}
          trash={trash}
          onOpen={(id) => void openDocument(id)}
          onImport={setFileToImport}
          onPaste={() => setPasteOpen(true)}
          onRename={(documentId, title) => void manage(() => api.renameDocument({ documentId, title }))}
          onDelete={onDelete}
          onRestore={(documentId) => void manage(() => api.restoreDocument({ documentId }))}
          onBackups={() => setBackupsOpen(true)}
          newProjectRequests={newProjectRequests}
        />
        <main className="editor">
          <Toolbar
            ref={findBox}
            filter={filter}
            onFilter={setFilter}
            language={language}
            onLanguage={setLanguage}
            theme={theme}
            onTheme={setTheme}
            fontSize={fontSize}
            onFontSize={setFontSize}
            onHelp={() => setHelpOpen(true)}
            reviewToggle={<ReviewToggle review={review} disabled={!view} />}
            actions={
              <>
                {view && <VariantSelect value={view.settings.sourceVariant} onChange={simplified.setVariant} />}
                <button type="button" onClick={() => setExchange('export')} disabled={!view}>
                  {t('exportButton')}
                </button>
                <button type="button" onClick={() => setExchange('review-import')} disabled={!view}>
                  {t('reviewButton')}
                </button>
              </>
            }
          />
          {notice && (
            <div className="notice" role="alert">
              {notice}{' '}
              <button type="button" onClick={() => setNotice(null)}>
                {t('dismiss')}
              </button>
            </div>
          )}
          {view && (
            <DocumentBar view={view} onIncludeBoilerplate={edits.includeBoilerplate} onUndo={edits.undo}>
              <HistoryControls onUndo={cellHistory.undo} onRedo={cellHistory.redo} undoKeys={bindings.undoEdit} redoKeys={bindings.redoEdit} report={cellHistory.report} />
            </DocumentBar>
          )}
          <ReviewBar review={review} lang={filter.lang} />
          {view ? (
            <SimplifiedContext.Provider value={simplified}>
              <QaMarkerContext.Provider value={qaMarker}>
                <SourceTermsContext.Provider value={terms.sourceTerms}>
                  <ReviewChangesContext.Provider value={review.changes}>
                    <Grid
                      ref={grid}
                      key={view.document.id}
                      title={view.document.title}
                      rows={rows}
                      totalCount={view.paragraphs.length}
                      activeParagraphId={activeParagraphId}
                      onFocus={onFocus}
                      onEdit={editText}
                      onConfirm={onConfirm}
                      paragraphEditor={paragraphEditor}
                    />
                  </ReviewChangesContext.Provider>
                </SourceTermsContext.Provider>
              </QaMarkerContext.Provider>
            </SimplifiedContext.Provider>
          ) : (
            <p className="empty-state">{loaded ? t('emptyState') : t('loading')}</p>
          )}
        </main>
        <SidePanel
          selected={terms.sideTab}
          onSelect={terms.setSideTab}
          tabs={[
            {
              id: 'tm',
              label: 'tabTm',
              content: (
                <>
                  <TmPanel position={activePosition} matches={matches} onInsert={insertMatch} />
                  <TmTools onError={setNotice} projectId={view?.document.projectId ?? null} onChanged={() => setTmRevision((n) => n + 1)} />
                </>
              ),
            },
            {
              id: 'concordance',
              label: 'tabConcordance',
              content: <ConcordancePanel documentId={view?.document.id ?? null} request={concordanceRequest} />,
            },
            {
              id: 'qa',
              label: 'tabQa',
              content: (
                <QaPanel
                  qa={qa}
                  position={activePosition}
                  text={activeCell?.text ?? null}
                  documentId={view?.document.id ?? null}
                  projectId={view?.document.projectId ?? null}
                  language={language}
                  onEdit={editText}
                  onGoTo={focusCell}
                  onError={showError}
                />
              ),
            },
            {
              id: 'glossary',
              label: 'tabGlossary',
              content: (
                <GlossaryPanel
                  hits={activeParagraph ? terms.hits : null}
                  draft={terms.draft}
                  onDraft={terms.setDraft}
                  projectId={view?.document.projectId ?? null}
                  onInsert={insertTerm}
                  onChanged={() => {
                    terms.glossaryChanged();
                    qa.refresh();
                  }}
                  onError={showError}
                />
              ),
            },
            { id: 'dictionary', label: 'tabDictionary', content: <DictionaryPanel lookup={terms.lookup} onError={showError} /> },
            {
              id: 'comments',
              label: 'tabComments',
              content: <CommentPanel paragraphId={activeParagraphId} comment={activeParagraph?.comment ?? null} onSave={(id, text) => void setComment(id, text)} />,
            },
            {
              id: 'history',
              label: 'tabHistory',
              content: (
                <HistoryPanel
                  cell={active}
                  version={activeCell?.updatedAt ?? ''}
                  onRestore={(revisionId) =>
                    void api.restoreRevision({ revisionId }).then(({ paragraphId, lang, ...cell }) => applyCell(paragraphId, lang, cell))
                  }
                />
              ),
            },
            {
              id: 'vocabulary',
              label: 'vocabTitle',
              content: <VocabularyPanel projectId={view?.document.projectId ?? null} onChanged={simplified.vocabularyChanged} />,
            },
          ]}
        />
        <StatusBar paragraphs={paragraphs} saveState={saveState} onRetry={() => void flush()} />
        {helpOpen && (
          <HelpOverlay
            bindings={bindings}
            onChange={(changed: KeyBindings) => setStoredBindings(JSON.stringify(changed))}
            onClose={() => setHelpOpen(false)}
          />
        )}
        {fileToImport && <ImportDialog file={fileToImport} project={projects.choice} onClose={() => setFileToImport(null)} onImported={(id) => void onImported(id)} />}
        {pasteOpen && <PasteDialog project={projects.choice} onClose={() => setPasteOpen(false)} onImported={(id) => void onImported(id)} />}
        {backupsOpen && <BackupsDialog beforeRestore={flush} onRestored={afterRestore} onClose={() => setBackupsOpen(false)} />}
        {replaceOpen && view && <FindReplaceDialog documentId={view.document.id} onClose={() => setReplaceOpen(false)} onChanged={reload} />}
        {exchange === 'export' && view && <ExportDialog document={view.document} beforeExport={flush} onClose={() => setExchange(null)} />}
        {exchange === 'review-import' && <ReviewImportDialog beforeRead={flush} onApplied={afterReturnedFile} onClose={() => setExchange(null)} />}
      </div>
    </I18nContext.Provider>
  );
}
