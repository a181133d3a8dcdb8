import { useMemo } from 'react';
import type { CellStatusT } from '../../../core/api/contract.ts';
import { useT } from '../i18n/index.ts';
import type { ChangeRow } from '../returned-file.ts';
import { diffText, type DiffPart } from '../text-diff.ts';
import { STATUS_LABEL } from './TargetCell.tsx';

interface Props {
  rows: readonly ChangeRow[];
  /** The accepted rows' keys, with a checkbox per row; null when the file applies as a whole. */
  selected: ReadonlySet<string> | null;
  onToggle: (key: string, on: boolean) => void;
}

/**
 * Every changed cell of a returned file: the source for context, then the cell as the
 * workbench has it and as the file has it, removed words struck out and new ones marked.
 */
export function ChangeTable({ rows, selected, onToggle }: Props) {
  const t = useT();
  const diffs = useMemo(() => rows.map((row) => diffText(row.before.text, row.after.text)), [rows]);
  return (
    <div className="change-table">
      <table>
        <thead>
          <tr>
            {selected && <th className="accept">{t('reviewHeadApply')}</th>}
            <th className="number">{t('columnNumber')}</th>
            <th className="column">{t('reviewHeadColumn')}</th>
            <th>{t('reviewHeadSource')}</th>
            <th>{t('reviewHeadBefore')}</th>
            <th>{t('reviewHeadAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const column = t(row.lang === 'en' ? 'columnEnglish' : 'columnSimplified');
            return (
              <tr key={row.key} data-testid="review-change" className={row.changedSinceExport ? 'warned' : undefined}>
                {selected && (
                  <td className="accept">
                    <input
                      type="checkbox"
                      checked={selected.has(row.key)}
                      onChange={(event) => onToggle(row.key, event.target.checked)}
                      aria-label={`${t('reviewHeadApply')}: ${row.number}, ${column}`}
                    />
                  </td>
                )}
                <td className="number">{row.number}</td>
                <td className="column" lang={row.lang}>
                  {column}
                </td>
                <td className="source" lang="zh-Hant">
                  {row.source}
                </td>
                <td className="before">
                  <DiffSide parts={diffs[index]!} side="delete" lang={row.lang} />
                  <Status status={row.before.status} />
                  {row.changedSinceExport && (
                    <p className="since-export" data-testid="changed-since-export">
                      <span aria-hidden="true">⚠ </span>
                      {t('reviewChangedSinceExport')}
                    </p>
                  )}
                </td>
                <td className="after">
                  <DiffSide parts={diffs[index]!} side="insert" lang={row.lang} />
                  {row.after.status && <Status status={row.after.status} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** One side of a diff: the text before with its deletions, or after with its insertions. */
function DiffSide({ parts, side, lang }: { parts: readonly DiffPart[]; side: 'delete' | 'insert'; lang: string }) {
  const t = useT();
  const shown = parts.filter((part) => part.op === 'equal' || part.op === side);
  if (shown.length === 0) return <p className="cell-text empty">{t('reviewEmptyCell')}</p>;
  const Mark = side === 'delete' ? 'del' : 'ins';
  return (
    <p className="cell-text" lang={lang} data-testid={side === 'delete' ? 'before-text' : 'after-text'}>
      {shown.map((part, index) => (part.op === 'equal' ? <span key={index}>{part.text}</span> : <Mark key={index}>{part.text}</Mark>))}
    </p>
  );
}

/** A cell's status under its text; an empty cell already says "(empty)". */
function Status({ status }: { status: CellStatusT }) {
  const t = useT();
  if (status === 'empty') return null;
  return <span className={`change-status status-${status}`}>{t(STATUS_LABEL[status])}</span>;
}
