import { useCallback, useEffect, useState } from 'react';
import type { SpellingVariant } from '../../../core/qa/spelling.ts';
import { api } from '../api.ts';

export interface SpellingVariantState {
  /** Null until the project's setting has been read. */
  variant: SpellingVariant | null;
  change: (variant: SpellingVariant) => Promise<void>;
}

/**
 * The English spelling the project is checked against. `onChanged` runs once the new setting is
 * stored, so the QA results are checked again under the other dictionary.
 */
export function useSpellingVariant(projectId: number | null, onChanged: () => void, onError: (error: unknown) => void): SpellingVariantState {
  const [variant, setVariant] = useState<SpellingVariant | null>(null);

  useEffect(() => {
    setVariant(null);
    if (projectId === null) return;
    let current = true;
    api.getSpellingVariant({ projectId }).then((result) => current && setVariant(result.variant), onError);
    return () => {
      current = false;
    };
  }, [projectId, onError]);

  const change = useCallback(
    async (next: SpellingVariant) => {
      if (projectId === null) return;
      await api.setSpellingVariant({ projectId, variant: next }).then((result) => {
        setVariant(result.variant);
        onChanged();
      }, onError);
    },
    [projectId, onChanged, onError],
  );
  return { variant, change };
}
