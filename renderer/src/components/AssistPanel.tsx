import type { TargetLangT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import type { ActiveCell } from '../hooks/useActiveCell.ts';
import type { useDocument } from '../hooks/useDocument.ts';
import type { CellQa } from '../hooks/useQa.ts';
import type { useTerminology } from '../hooks/useTerminology.ts';
import type { useTmMatches } from '../hooks/useTmMatches.ts';
import type { UiLanguage } from '../i18n/index.ts';
import { CommentPanel } from './CommentPanel.tsx';
import { ConcordancePanel } from './ConcordancePanel.tsx';
import { DictionaryPanel } from './DictionaryPanel.tsx';
import { GlossaryPanel } from './GlossaryPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { QaPanel } from './QaPanel.tsx';
import { SidePanel } from './SidePanel.tsx';
import { TmPanel } from './TmPanel.tsx';
import { TmTools } from './TmTools.tsx';
import { VocabularyPanel } from './VocabularyPanel.tsx';

interface Props {
  /** The open document (its project's memories, glossary and vocabulary) and the edits the tabs make. */
  editor: Pick<ReturnType<typeof useDocument>, 'view' | 'editText' | 'setComment' | 'applyCell'>;
  activeCell: Pick<ActiveCell, 'active' | 'paragraph' | 'cell' | 'focusCell'>;
  /** The interface language, which the QA report is written in. */
  language: UiLanguage;
  qa: CellQa;
  tm: Pick<ReturnType<typeof useTmMatches>, 'matches' | 'memoriesChanged'>;
  terms: ReturnType<typeof useTerminology>;
  insertTerm: (lang: TargetLangT, term: string) => void;
  onVocabularyChanged: () => void;
  onNotice: (message: string) => void;
  onError: (error: unknown) => void;
}

/** The right-hand panel's tabs, filled for the active cell and the open document's project. */
export function AssistPanel({ editor, activeCell, language, qa, tm, terms, insertTerm, onVocabularyChanged, onNotice, onError }: Props) {
  const { editText, applyCell } = editor;
  const { active, paragraph, cell, focusCell } = activeCell;
  const position = paragraph?.position ?? null;
  const documentId = editor.view?.document.id ?? null;
  const projectId = editor.view?.document.projectId ?? null;
  return (
    <SidePanel
      selected={terms.sideTab}
      onSelect={terms.setSideTab}
      tabs={[
        {
          id: 'tm',
          label: 'tabTm',
          content: (
            <>
              <TmPanel position={position} matches={tm.matches} onInsert={(lang, text) => active && editText(active.paragraphId, lang, text)} />
              <TmTools onError={onNotice} projectId={projectId} onChanged={tm.memoriesChanged} />
            </>
          ),
        },
        {
          id: 'concordance',
          label: 'tabConcordance',
          content: <ConcordancePanel documentId={documentId} request={terms.concordanceRequest} />,
        },
        {
          id: 'qa',
          label: 'tabQa',
          content: (
            <QaPanel qa={qa} position={position} text={cell?.text ?? null} documentId={documentId} projectId={projectId} language={language} onEdit={editText} onGoTo={focusCell} onError={onError} />
          ),
        },
        {
          id: 'glossary',
          label: 'tabGlossary',
          content: (
            <GlossaryPanel
              hits={paragraph ? terms.hits : null}
              draft={terms.draft}
              onDraft={terms.setDraft}
              projectId={projectId}
              onInsert={insertTerm}
              onChanged={() => {
                terms.glossaryChanged();
                qa.refresh();
              }}
              onError={onError}
            />
          ),
        },
        { id: 'dictionary', label: 'tabDictionary', content: <DictionaryPanel lookup={terms.lookup} onError={onError} /> },
        {
          id: 'comments',
          label: 'tabComments',
          content: (
            <CommentPanel paragraphId={active?.paragraphId ?? null} comment={paragraph?.comment ?? null} onSave={(id, text) => void editor.setComment(id, text)} />
          ),
        },
        {
          id: 'history',
          label: 'tabHistory',
          content: (
            <HistoryPanel
              cell={active}
              version={cell?.updatedAt ?? ''}
              onRestore={(revisionId) =>
                void api.restoreRevision({ revisionId }).then(({ paragraphId, lang, ...restored }) => applyCell(paragraphId, lang, restored))
              }
            />
          ),
        },
        {
          id: 'vocabulary',
          label: 'vocabTitle',
          content: <VocabularyPanel projectId={projectId} onChanged={onVocabularyChanged} />,
        },
      ]}
    />
  );
}
