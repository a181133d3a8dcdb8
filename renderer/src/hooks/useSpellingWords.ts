import { useCallback, useEffect, useState } from 'react';
import type { MethodResult } from '../../../core/api/contract.ts';
import { api } from '../api.ts';

export interface SpellingWords {
  words: MethodResult<'listSpellingWords'>;
  add: (word: string) => Promise<void>;
  remove: (word: string) => Promise<void>;
}

/**
 * The project's own spelling dictionary. `onChanged` runs after each change, so the live check
 * drops (or shows again) the warnings about that word.
 */
export function useSpellingWords(projectId: number | null, onChanged: () => void, onError: (error: unknown) => void): SpellingWords {
  const [words, setWords] = useState<SpellingWords['words']>([]);

  const load = useCallback(() => {
    if (projectId === null) setWords([]);
    else api.listSpellingWords({ projectId }).then(setWords, onError);
  }, [projectId, onError]);
  useEffect(load, [load]);

  const change = useCallback(
    async (work: (projectId: number) => Promise<unknown>) => {
      if (projectId === null) return;
      await work(projectId).then(() => {
        load();
        onChanged();
      }, onError);
    },
    [projectId, load, onChanged, onError],
  );
  const add = useCallback((word: string) => change((id) => api.addSpellingWord({ projectId: id, word })), [change]);
  const remove = useCallback((word: string) => change((id) => api.removeSpellingWord({ projectId: id, word })), [change]);
  return { words, add, remove };
}
