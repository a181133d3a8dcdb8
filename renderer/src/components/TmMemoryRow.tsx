import { useEffect, useState, type ChangeEvent } from 'react';
import type { MethodResult } from '../../../core/api/contract.ts';
import { useT } from '../i18n/index.ts';

export type Memory = MethodResult<'tmStats'>['memories'][number];
type Attachment = MethodResult<'projectMemories'>[number];

export interface MemoryActions {
  /** Attaches with this penalty (again, to change it), or detaches when null. */
  setAttachment: (memory: Memory, penalty: number | null) => void;
  importInto: (memory: Memory, file: File) => void;
  exportTmx: (memory: Memory) => void;
  dedupe: (memory: Memory) => void;
  browse: (memory: Memory) => void;
  invalid: (message: string) => void;
}

interface Props {
  memory: Memory;
  /** The open document's project, null when none is open. */
  projectId: number | null;
  /** How that project uses the memory, undefined when it does not. */
  attachment: Attachment | undefined;
  browsing: boolean;
  busy: boolean;
  actions: MemoryActions;
}

const parsePenalty = (text: string) => (/^\d{1,3}$/.test(text.trim()) && Number(text) <= 100 ? Number(text) : null);

/** A memory: its size, how the open project uses it, and what can be done with it. */
export function TmMemoryRow({ memory, projectId, attachment, browsing, busy, actions }: Props) {
  const t = useT();
  const attached = attachment !== undefined && !attachment.writable;
  const [penalty, setPenalty] = useState(String(attachment?.penalty ?? 0));
  // The field follows what is stored once a change is saved (or refused).
  useEffect(() => setPenalty(String(attachment?.penalty ?? 0)), [attachment?.penalty]);

  const withPenalty = (then: (points: number) => void) => {
    const points = parsePenalty(penalty);
    if (points === null) actions.invalid(t('tmPenaltyInvalid'));
    else then(points);
  };
  const commitPenalty = () => {
    if (attached && parsePenalty(penalty) !== attachment.penalty) withPenalty((points) => actions.setAttachment(memory, points));
  };
  const toggle = (event: ChangeEvent<HTMLInputElement>) =>
    event.target.checked ? withPenalty((points) => actions.setAttachment(memory, points)) : actions.setAttachment(memory, null);
  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) actions.importInto(memory, file);
  };

  const own = projectId !== null && memory.projectId === projectId;
  return (
    <tr data-testid="tm-memory" aria-current={browsing ? 'true' : undefined}>
      <th scope="row">
        {memory.name}
        {memory.projectId !== null && !own && <span className="hint"> · {t('tmOtherProject', { n: memory.projectId })}</span>}
      </th>
      <td className="tm-count">{memory.units}</td>
      <td>
        {own ? (
          <span className="badge">{t('tmOwnMemory')}</span>
        ) : (
          projectId !== null && (
            <label>
              <input type="checkbox" checked={attached} onChange={toggle} disabled={busy} data-testid="tm-attach" /> {t('tmAttach')}
            </label>
          )
        )}
      </td>
      <td>
        {!own && projectId !== null && (
          <input
            type="number"
            min={0}
            max={100}
            className="tm-penalty"
            value={penalty}
            aria-label={t('tmPenaltyFor', { name: memory.name })}
            onChange={(event) => setPenalty(event.target.value)}
            onBlur={commitPenalty}
            onKeyDown={(event) => event.key === 'Enter' && commitPenalty()}
            disabled={busy}
            data-testid="tm-penalty"
          />
        )}
      </td>
      <td>
        <div className="tm-memory-actions">
          <button type="button" onClick={() => actions.browse(memory)} aria-pressed={browsing}>
            {t('tmBrowse')}
          </button>
          <label className="button-like">
            {t('tmImport')}
            <input type="file" accept=".tmx" onChange={chooseFile} disabled={busy} data-testid="tm-import-into" />
          </label>
          <button type="button" onClick={() => actions.exportTmx(memory)} disabled={busy}>
            {t('tmExport')}
          </button>
          <button type="button" onClick={() => actions.dedupe(memory)} disabled={busy}>
            {t('tmDeduplicate')}
          </button>
        </div>
      </td>
    </tr>
  );
}
