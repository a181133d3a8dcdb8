import type { ReactNode } from 'react';

type Range = { start: number; end: number };

/** Text with the matched stretches marked, as React text (never HTML). */
export function Marked({ text, ranges, lang }: { text: string; ranges: readonly Range[]; lang: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach((range, index) => {
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(<mark key={index}>{text.slice(range.start, range.end)}</mark>);
    at = range.end;
  });
  parts.push(text.slice(at));
  return <p lang={lang} className="concordance-text">{parts}</p>;
}
