import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { ParagraphT } from '../../../core/api/contract.ts';
import type { ParagraphEdit } from '../hooks/useParagraphEdits.ts';
import { useT } from '../i18n/index.ts';

/** What a row needs to offer paragraph edits; App memoises it so rows do not re-render while typing. */
export interface ParagraphEditor {
  /** The document's last paragraph has nothing to merge with. */
  lastPosition: number;
  run: (edit: ParagraphEdit) => void;
}

interface Props {
  paragraph: ParagraphT;
  /** The read-only source text, where the translator puts the caret to split. */
  source: RefObject<HTMLElement | null>;
  active: boolean;
  editor: ParagraphEditor;
}

/** Where the selection starts inside `element`, in UTF-16 code units; null when it is elsewhere. */
export function caretOffsetIn(element: HTMLElement | null): number | null {
  const selection = window.getSelection();
  if (!element || !selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

/** The offset if a split there leaves text on both sides and does not cut a surrogate pair. */
function splitOffset(source: string, offset: number | null | undefined): number | null {
  if (offset === null || offset === undefined || offset <= 0 || offset >= source.length) return null;
  const code = source.charCodeAt(offset - 1);
  return code >= 0xd800 && code <= 0xdbff ? null : offset;
}

/**
 * The "⋯" menu of a row: split at the caret in the source, merge with the next paragraph,
 * exclude or include. The caret is read when the menu opens, before the click moves it.
 */
export function ParagraphActions({ paragraph, source, active, editor }: Props) {
  const t = useT();
  const menuId = useId();
  const hintId = useId();
  const [offset, setOffset] = useState<number | null | undefined>(undefined);
  const open = offset !== undefined;
  const pointerOffset = useRef<number | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const splitAt = splitOffset(paragraph.source, offset);
  const canMerge = paragraph.position < editor.lastPosition;

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOffset(undefined);
    if (refocus) trigger.current?.focus();
  };
  const toggle = (event: MouseEvent<HTMLButtonElement>) => {
    if (open) return close(false);
    // A click from the keyboard (detail 0) has no pointerdown before it.
    setOffset(event.detail === 0 ? caretOffsetIn(source.current) : pointerOffset.current);
  };
  const choose = (edit: ParagraphEdit) => {
    close(true);
    editor.run(edit);
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) items[(index + step + items.length) % items.length]?.focus();
    else if (event.key === 'Home') items[0]?.focus();
    else if (event.key === 'End') items.at(-1)?.focus();
    else if (event.key === 'Escape') close(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) close(false);
  };

  return (
    <div className="row-actions" onBlur={onBlur}>
      <button
        ref={trigger}
        type="button"
        className="row-actions-trigger"
        tabIndex={active || open ? 0 : -1}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('paragraphActions', { n: paragraph.position + 1 })}
        title={t('paragraphActions', { n: paragraph.position + 1 })}
        onPointerDown={() => (pointerOffset.current = caretOffsetIn(source.current))}
        onClick={toggle}
        data-testid="paragraph-actions"
      >
        ⋯
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" className="row-menu" aria-label={t('paragraphActions', { n: paragraph.position + 1 })} onKeyDown={onMenuKey}>
          <button
            type="button"
            role="menuitem"
            aria-disabled={splitAt === null}
            aria-describedby={splitAt === null ? hintId : undefined}
            onClick={() => splitAt !== null && choose({ type: 'split', paragraphId: paragraph.id, offset: splitAt })}
          >
            {t('splitHere')}
          </button>
          {splitAt === null && (
            <p id={hintId} className="menu-hint">
              {t('splitHint')}
            </p>
          )}
          <button
            type="button"
            role="menuitem"
            aria-disabled={!canMerge}
            onClick={() => canMerge && choose({ type: 'merge', paragraphId: paragraph.id })}
          >
            {t('mergeWithNext')}
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() => choose({ type: 'exclude', paragraphId: paragraph.id, excluded: paragraph.included })}
          >
            {t(paragraph.included ? 'excludeParagraph' : 'includeParagraph')}
          </button>
        </div>
      )}
    </div>
  );
}
