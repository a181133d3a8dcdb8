import { useEffect, useState, type KeyboardEvent } from 'react';
import type { CellT, TargetLangT } from '../../../core/api/contract.ts';

const STATUS_LABEL: Record<CellT['status'], string> = {
  empty: 'Empty',
  auto: 'Automatic draft',
  draft: 'Draft',
  translated: 'Translated',
  reviewed: 'Reviewed',
};

interface Props {
  paragraphId: number;
  lang: TargetLangT;
  cell: CellT;
  onFocus: () => void;
  onEdit: (text: string) => void;
  onConfirm: () => void;
  /** Text inserted from outside (a TM match); replaces the cell's text. */
  inserted: { text: string; serial: number } | null;
}

export function TargetCell({ paragraphId, lang, cell, onFocus, onEdit, onConfirm, inserted }: Props) {
  const [text, setText] = useState(cell.text);
  useEffect(() => {
    if (inserted) setText(inserted.text);
  }, [inserted]);

  const change = (value: string) => {
    setText(value);
    onEdit(value);
  };
  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onConfirm();
    }
  };
  const label = lang === 'en' ? 'English' : '简体中文';
  return (
    <div className={`cell target status-${cell.status}`}>
      <textarea
        lang={lang}
        value={text}
        aria-label={`${label}, paragraph ${paragraphId}`}
        data-testid={`target-${lang}`}
        spellCheck={lang === 'en'}
        onChange={(event) => change(event.target.value)}
        onFocus={onFocus}
        onKeyDown={keyDown}
      />
      <div className="cell-footer">
        <span className="status" data-testid={`status-${lang}`} title={STATUS_LABEL[cell.status]}>
          {STATUS_LABEL[cell.status]}
        </span>
        <button type="button" className="confirm" onClick={onConfirm} title="Confirm (Ctrl+Enter)" disabled={text.trim() === ''}>
          ✓ Confirm
        </button>
      </div>
    </div>
  );
}
