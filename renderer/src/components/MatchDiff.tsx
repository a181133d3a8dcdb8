import type { TmMatchT } from '../../../core/api/contract.ts';

/** The stored source against the current one: text only in the stored source struck out, new text underlined. */
export function MatchDiff({ diff }: { diff: TmMatchT['diff'] }) {
  return (
    <p className="match-source" lang="zh-Hant">
      {diff.map((part, index) =>
        part.op === 'equal' ? (
          <span key={index}>{part.text}</span>
        ) : part.op === 'delete' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <ins key={index}>{part.text}</ins>
        ),
      )}
    </p>
  );
}
