import type { DocumentSummaryT } from '../../../core/api/contract.ts';
import type { DialogState } from '../hooks/useDialogs.ts';
import type { ProjectChoice } from '../hooks/useProjects.ts';
import type { KeyBindings } from '../shortcuts.ts';
import { BackupsDialog } from './BackupsDialog.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { FindReplaceDialog } from './FindReplaceDialog.tsx';
import { HelpOverlay } from './HelpOverlay.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { PasteDialog } from './PasteDialog.tsx';
import { ReviewImportDialog } from './ReviewImportDialog.tsx';

interface Props {
  dialogs: DialogState;
  /** The open document, which find and replace and export work on. */
  document: DocumentSummaryT | null;
  bindings: KeyBindings;
  onBindings: (bindings: KeyBindings) => void;
  project: ProjectChoice;
  /** Sends the edits still waiting to be saved, before a dialog reads or replaces the database. */
  flush: () => Promise<void>;
  reload: () => Promise<void>;
  onImported: (documentId: number) => void;
  onRestored: () => Promise<void>;
  onReturnedFile: (documentId: number) => Promise<void>;
}

/** The modal dialogs, each shown while its entry in the dialog state says so. */
export function Dialogs({ dialogs: { open, show }, document, bindings, onBindings, project, flush, reload, onImported, onRestored, onReturnedFile }: Props) {
  const closeExchange = () => show({ exchange: null });
  return (
    <>
      {open.help && <HelpOverlay bindings={bindings} onChange={onBindings} onClose={() => show({ help: false })} />}
      {open.fileToImport && (
        <ImportDialog file={open.fileToImport} project={project} onClose={() => show({ fileToImport: null })} onImported={onImported} />
      )}
      {open.paste && <PasteDialog project={project} onClose={() => show({ paste: false })} onImported={onImported} />}
      {open.backups && <BackupsDialog beforeRestore={flush} onRestored={onRestored} onClose={() => show({ backups: false })} />}
      {open.replace && document && <FindReplaceDialog documentId={document.id} onClose={() => show({ replace: false })} onChanged={reload} />}
      {open.exchange === 'export' && document && <ExportDialog document={document} beforeExport={flush} onClose={closeExchange} />}
      {open.exchange === 'review-import' && <ReviewImportDialog beforeRead={flush} onApplied={onReturnedFile} onClose={closeExchange} />}
    </>
  );
}
