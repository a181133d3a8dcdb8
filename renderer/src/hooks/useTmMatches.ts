import { useCallback, useEffect, useState } from 'react';
import type { TmMatchT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';

/** The memories' matches for the active paragraph, looked up when it changes or the memories do. */
export function useTmMatches(paragraphId: number | null, onError: (error: unknown) => void) {
  const [matches, setMatches] = useState<TmMatchT[]>([]);
  // Bumped when the memories change (attachments, penalties, units), so the lookup runs again.
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    if (paragraphId === null) return;
    let current = true;
    api.findTmMatches({ paragraphId }).then((found) => current && setMatches(found), onError);
    return () => {
      current = false;
    };
  }, [paragraphId, revision, onError]);

  const clear = useCallback(() => setMatches([]), []);
  const memoriesChanged = useCallback(() => setRevision((n) => n + 1), []);
  return { matches, clear, memoriesChanged };
}
