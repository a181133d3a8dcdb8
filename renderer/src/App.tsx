import { useCallback, useMemo, useRef, useState } from 'react';
import { api } from './api.ts';
import { AssistPanel } from './components/AssistPanel.tsx';
import { Dialogs } from './components/Dialogs.tsx';
import { DocumentBar } from './components/DocumentBar.tsx';
import { Grid } from './components/Grid.tsx';
import { HistoryControls } from './components/HistoryControls.tsx';
import type { ParagraphEditor } from './components/ParagraphActions.tsx';
import { ReviewBar, ReviewToggle } from './components/ReviewMode.tsx';
import { Sidebar } from './components/Sidebar.tsx';
import { StatusBar } from './components/StatusBar.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { VariantSelect } from './components/VariantSelect.tsx';
import { NO_FILTER, type Filter } from './filters.ts';
import { useActiveCell } from './hooks/useActiveCell.ts';
import { useCellCommands } from './hooks/useCellCommands.ts';
import { useDialogs } from './hooks/useDialogs.ts';
import { useDocument } from './hooks/useDocument.ts';
import { useDocumentHistory } from './hooks/useDocumentHistory.ts';
import { useDocumentList } from './hooks/useDocumentList.ts';
import { useParagraphEdits } from './hooks/useParagraphEdits.ts';
import { projectActions, useProjects } from './hooks/useProjects.ts';
import { QaMarkerContext, useCellQa } from './hooks/useQa.ts';
import { ReviewChangesContext, useReviewMode } from './hooks/useReviewMode.ts';
import { useShellEvents } from './hooks/useShellEvents.ts';
import { useShortcuts } from './hooks/useShortcuts.ts';
import { SimplifiedContext, useSimplifiedColumn } from './hooks/useSimplifiedActions.ts';
import { SourceTermsContext, useTermInsert, useTerminology } from './hooks/useTerminology.ts';
import { useTmMatches } from './hooks/useTmMatches.ts';
import { useUserSettings } from './hooks/useUserSettings.ts';
import { I18nContext } from './i18n/index.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function App() {
  const editor = useDocument();
  const { view, saveState, open, reload, close: closeDocument, editText, confirmCell, applyCell, flush } = editor;
  const settings = useUserSettings();
  const { t, bindings } = settings;
  const dialogs = useDialogs();
  const [notice, setNotice] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const findBox = useRef<HTMLInputElement>(null);
  const showError = useCallback((error: unknown) => setNotice(message(error)), []);
  const paragraphs = view?.paragraphs ?? null;
  const activeCell = useActiveCell(paragraphs);
  const { active, paragraph: activeParagraph, focusCell, clear: clearActive } = activeCell;
  const activeParagraphId = active?.paragraphId ?? null;
  const tm = useTmMatches(activeParagraphId, showError);
  const { clear: clearMatches } = tm;

  const openDocument = useCallback(
    async (id: number) => {
      await open(id);
      clearActive();
      clearMatches();
      setFilter(NO_FILTER);
    },
    [open, clearActive, clearMatches],
  );
  const documentId = view?.document.id ?? null;
  const documentList = useDocumentList({ openId: documentId, openDocument, reload, close: closeDocument, onError: showError });
  const { documents, refresh: refreshDocuments, manage } = documentList;
  const projects = useProjects(documents, view?.document ?? null, showError);
  const simplified = useSimplifiedColumn({ documentId, flush, reload, applyCell, onDocumentsChanged: refreshDocuments, onError: showError });
  const review = useReviewMode({ documentId, paragraphs, filter, onFilter: setFilter, activeParagraphId, onError: showError });
  const cellHistory = useDocumentHistory({ documentId, flush, applyCell, focusCell, onDocumentsChanged: refreshDocuments, onError: showError });
  const hasDocument = view !== null;
  const { show: showDialogs } = dialogs;
  const newProjectRequests = useShellEvents({ refreshDocuments, openDocument, hasDocument, showDialogs, findBox, history: cellHistory, settings, onNotice: setNotice });

  // Live QA of the active cell and the active paragraph's terms: never for the rest of the grid.
  const qa = useCellQa(active, activeCell.cell?.text ?? null, showError);
  const qaMarker = useMemo(() => ({ cell: qa.cell, count: qa.findings.filter((f) => f.ignored === null).length }), [qa.cell, qa.findings]);
  const terms = useTerminology(activeParagraph, showError);
  const insertTerm = useTermInsert(activeParagraph, editText);
  const cellCommands = useCellCommands({
    active,
    paragraph: activeParagraph,
    rows: review.rows,
    matches: tm.matches,
    termHits: terms.hits,
    insertTerm,
    focusCell,
    editText,
    confirmCell,
    afterReviewed: review.afterReviewed,
    reload,
    onDocumentsChanged: refreshDocuments,
    onNotice: setNotice,
    onError: showError,
    t,
  });
  useShortcuts({ bindings, paused: dialogs.anyOpen, hasDocument, showDialogs, history: cellHistory, findBox, terms, runCellCommand: cellCommands.run });

  const edits = useParagraphEdits({ documentId, flush, reload: open, onNotice: setNotice, t });
  const paragraphCount = paragraphs?.length ?? 0;
  const paragraphEditor = useMemo<ParagraphEditor>(() => ({ lastPosition: paragraphCount - 1, run: edits.run }), [paragraphCount, edits.run]);

  const onDelete = (id: number) =>
    void manage(async () => {
      await api.trashDocument({ documentId: id });
      if (documentId === id) clearActive();
    });

  const onProject = projectActions({
    manage,
    choose: projects.choice.onChoose,
    flush,
    afterMove: async (movedId) => {
      if (documentId !== movedId) return;
      await reload();
      tm.memoriesChanged();
    },
  });

  return (
    <I18nContext.Provider value={t}>
      <div
        className="app"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          const file = event.dataTransfer.files[0];
          if (file) showDialogs({ fileToImport: file });
        }}
      >
        <Sidebar
          documents={documents}
          projects={projects.projects}
          projectActions={onProject}
          activeId={documentId}
          trash={documentList.trash}
          onOpen={(id) => void openDocument(id)}
          onImport={(file) => showDialogs({ fileToImport: file })}
          onPaste={() => showDialogs({ paste: true })}
          onRename={(id, title) => void manage(() => api.renameDocument({ documentId: id, title }))}
          onDelete={onDelete}
          onRestore={(id) => void manage(() => api.restoreDocument({ documentId: id }))}
          onBackups={() => showDialogs({ backups: true })}
          newProjectRequests={newProjectRequests}
        />
        <main className="editor">
          <Toolbar
            ref={findBox}
            filter={filter}
            onFilter={setFilter}
            language={settings.language}
            onLanguage={settings.setLanguage}
            theme={settings.theme}
            onTheme={settings.setTheme}
            fontSize={settings.fontSize}
            onFontSize={settings.setFontSize}
            onHelp={() => showDialogs({ help: true })}
            reviewToggle={<ReviewToggle review={review} disabled={!view} />}
            actions={
              <>
                {view && <VariantSelect value={view.settings.sourceVariant} onChange={simplified.setVariant} />}
                <button type="button" onClick={() => showDialogs({ exchange: 'export' })} disabled={!view}>
                  {t('exportButton')}
                </button>
                <button type="button" onClick={() => showDialogs({ exchange: 'review-import' })} disabled={!view}>
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
                      ref={activeCell.grid}
                      key={view.document.id}
                      title={view.document.title}
                      rows={review.rows}
                      totalCount={view.paragraphs.length}
                      activeParagraphId={activeParagraphId}
                      onFocus={activeCell.onFocus}
                      onEdit={editText}
                      onConfirm={cellCommands.onConfirm}
                      paragraphEditor={paragraphEditor}
                    />
                  </ReviewChangesContext.Provider>
                </SourceTermsContext.Provider>
              </QaMarkerContext.Provider>
            </SimplifiedContext.Provider>
          ) : (
            <p className="empty-state">{documentList.loaded ? t('emptyState') : t('loading')}</p>
          )}
        </main>
        <AssistPanel
          editor={editor}
          activeCell={activeCell}
          language={settings.language}
          qa={qa}
          tm={tm}
          terms={terms}
          insertTerm={insertTerm}
          onVocabularyChanged={simplified.vocabularyChanged}
          onNotice={setNotice}
          onError={showError}
        />
        <StatusBar paragraphs={paragraphs} saveState={saveState} onRetry={() => void flush()} />
        <Dialogs
          dialogs={dialogs}
          document={view?.document ?? null}
          bindings={bindings}
          onBindings={settings.setBindings}
          project={projects.choice}
          flush={flush}
          reload={reload}
          onImported={(id) => {
            showDialogs({ fileToImport: null, paste: false });
            void documentList.afterImport(id);
          }}
          onRestored={documentList.afterRestore}
          onReturnedFile={documentList.afterReturnedFile}
        />
      </div>
    </I18nContext.Provider>
  );
}
