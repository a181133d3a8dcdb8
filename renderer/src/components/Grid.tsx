import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { forwardRef, useCallback, useImperativeHandle, useRef } from 'react';
import type { ParagraphT, TargetLangT } from '../../../core/api/contract.ts';
import { useT } from '../i18n/index.ts';
import { ParagraphRow, type RowHandlers } from './ParagraphRow.tsx';

export interface GridHandle {
  /** Scrolls the paragraph into view and puts the caret in its cell. */
  focusCell(paragraphId: number, lang: TargetLangT): void;
}

interface Props extends RowHandlers {
  title: string;
  rows: readonly ParagraphT[];
  totalCount: number;
  activeParagraphId: number | null;
}

const FOCUS_ATTEMPTS = 10;

/**
 * The virtualised grid: only the rows near the viewport are in the DOM, so a long document
 * opens and types as fast as a short one. The active row always stays mounted, so focus
 * and caret survive scrolling.
 */
export const Grid = forwardRef<GridHandle, Props>(function Grid({ title, rows, totalCount, activeParagraphId, ...handlers }, ref) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const activeIndex = rows.findIndex((p) => p.id === activeParagraphId);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((a, b) => a - b);
    },
    [activeIndex],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 110,
    overscan: 5,
    getItemKey: (index) => rows[index]?.id ?? index,
    rangeExtractor,
  });

  useImperativeHandle(
    ref,
    () => ({
      focusCell(paragraphId, lang) {
        const index = rows.findIndex((p) => p.id === paragraphId);
        if (index < 0) return;
        virtualizer.scrollToIndex(index, { align: 'auto' });
        const tryFocus = (attempt: number) => {
          const selector = `[data-paragraph="${paragraphId}"] textarea[lang="${lang}"]`;
          const cell = scroller.current?.querySelector<HTMLTextAreaElement>(selector);
          if (cell) cell.focus({ preventScroll: true });
          else if (attempt < FOCUS_ATTEMPTS) requestAnimationFrame(() => tryFocus(attempt + 1));
        };
        tryFocus(0);
      },
    }),
    [rows, virtualizer],
  );

  return (
    <div role="grid" className="grid" aria-label={title} aria-rowcount={totalCount + 1}>
      <div role="row" className="row header" aria-rowindex={1}>
        <div role="columnheader">{t('columnNumber')}</div>
        <div role="columnheader">{t('columnSource')}</div>
        <div role="columnheader">{t('columnEnglish')}</div>
        <div role="columnheader">{t('columnSimplified')}</div>
      </div>
      <div className="grid-body" ref={scroller} role="rowgroup">
        {rows.length === 0 && <p className="empty-state">{t('noMatchesForFilter')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const paragraph = rows[item.index];
            if (!paragraph) return null;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="virtual-row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <ParagraphRow
                  paragraph={paragraph}
                  active={paragraph.id === activeParagraphId}
                  rowIndex={paragraph.position + 2}
                  {...handlers}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});
