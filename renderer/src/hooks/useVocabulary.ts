import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodResult, VocabularyEntryT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';

type VocabularyChange = MethodResult<'saveVocabularyEntry'>;
export type Refresh = VocabularyChange['refresh'];
export type VocabularyInput = MethodInput<'saveVocabularyEntry'>;

/** The vocabulary that applies to a project: the global entries and the project's own. */
const appliesTo = (projectId: number | null) => (entry: VocabularyEntryT) => entry.projectId === null || entry.projectId === projectId;

/**
 * The vocabulary table as the panel shows it. Each change comes back with the entry as
 * stored, which replaces the local copy (no second fetch), and with what it redrafted.
 */
export function useVocabulary(projectId: number | null, onChanged: (refresh: Refresh) => void) {
  const [entries, setEntries] = useState<VocabularyEntryT[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.listVocabulary({}).then(
      (list) => current && setEntries(list.filter(appliesTo(projectId))),
      (error: unknown) => current && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [projectId]);

  const apply = useCallback(
    async (change: Promise<VocabularyChange>, removed = false) => {
      const { entry, refresh } = await change;
      setEntries((list) => {
        const others = (list ?? []).filter((e) => e.id !== entry.id);
        if (removed) return others;
        const at = (list ?? []).findIndex((e) => e.id === entry.id);
        return at < 0 ? [...others, entry] : [...others.slice(0, at), entry, ...others.slice(at)];
      });
      onChanged(refresh);
    },
    [onChanged],
  );

  const save = useCallback((input: VocabularyInput) => apply(api.saveVocabularyEntry(input)), [apply]);
  const setEnabled = useCallback((id: number, enabled: boolean) => apply(api.setVocabularyEnabled({ id, enabled })), [apply]);
  const remove = useCallback((id: number) => apply(api.deleteVocabularyEntry({ id }), true), [apply]);

  return { entries, loadError, save, setEnabled, remove };
}
