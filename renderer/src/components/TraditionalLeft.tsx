import { useTraditionalLeft, type Leftover } from '../hooks/useTraditionalLeft.ts';
import { useT } from '../i18n/index.ts';

interface Pair {
  char: string;
  simplified: string;
  count: number;
}

/** One entry per distinct character, in order of first appearance. */
function distinct(found: readonly Leftover[]): Pair[] {
  const pairs = new Map<string, Pair>();
  for (const { char, simplified } of found) {
    const key = `${char}\u0000${simplified}`;
    const pair = pairs.get(key);
    if (pair) pair.count += 1;
    else pairs.set(key, { char, simplified, count: 1 });
  }
  return [...pairs.values()];
}

/** The live "Traditional characters left" check under the Simplified cell being worked on. */
export function TraditionalLeft({ text }: { text: string }) {
  const t = useT();
  const pairs = distinct(useTraditionalLeft(text));
  return (
    <div className="leftover" role="status" data-testid="traditional-left">
      {pairs.length > 0 && (
        <>
          <span className="leftover-title">{t('leftoverTitle')}</span>
          {pairs.map(({ char, simplified, count }) => (
            <span key={`${char}${simplified}`} className="leftover-pair">
              <mark lang="zh-Hant">{char}</mark> → <span lang="zh-Hans">{simplified}</span>
              {count > 1 && <span className="leftover-count"> ×{count}</span>}
            </span>
          ))}
        </>
      )}
    </div>
  );
}
