import { useCallback, useEffect, useState } from 'react';
import { api } from '../api.ts';
import { useT } from '../i18n/index.ts';
import { SearchForm } from './SearchForm.tsx';
import { TmUnitItem, type TmHit } from './TmUnitItem.tsx';

const PAGE = 50;

interface Props {
  memory: { id: number; name: string };
  /** An edit or a deletion changed the memory: unit counts and matches are out of date. */
  onChanged: (report: string) => void;
  onError: (error: unknown) => void;
}

/** One memory's units, newest first, or those containing a search term; a page at a time. */
export function TmUnitBrowser({ memory, onChanged, onError }: Props) {
  const t = useT();
  const [term, setTerm] = useState('');
  const [shown, setShown] = useState<{ query: string; hits: TmHit[]; more: boolean } | null>(null);

  const load = useCallback(
    async (query: string, before: readonly TmHit[]) => {
      try {
        const page = await api.listTmUnits({ tmId: memory.id, query, offset: before.length, limit: PAGE });
        setShown({ query, hits: [...before, ...page.hits], more: page.more });
      } catch (error) {
        onError(error);
      }
    },
    [memory.id, onError],
  );
  useEffect(() => {
    void load('', []);
  }, [load]);

  const replace = (unitId: number, next: TmHit | null) =>
    setShown((current) => current && { ...current, hits: current.hits.flatMap((hit) => (hit.unitId !== unitId ? [hit] : next ? [next] : [])) });

  return (
    <section className="tm-browser" aria-label={t('tmUnitsOf', { name: memory.name })}>
      <h3>{t('tmUnitsOf', { name: memory.name })}</h3>
      <SearchForm
        value={term}
        onChange={setTerm}
        onSearch={(query) => void load(query, [])}
        label={t('tmSearchUnits')}
        submitLabel={t('tmSearch')}
        testId="tm-unit-search"
      />
      {shown?.hits.length === 0 && <p className="hint">{t('tmNoUnits')}</p>}
      <ul className="tm-units">
        {shown?.hits.map((hit) => (
          <TmUnitItem
            key={hit.unitId}
            hit={hit}
            onSaved={(saved) => {
              replace(hit.unitId, saved);
              onChanged(t('tmUnitSaved'));
            }}
            onDeleted={() => {
              replace(hit.unitId, null);
              onChanged(t('tmUnitDeleted'));
            }}
            onError={onError}
          />
        ))}
      </ul>
      {shown?.more && (
        <button type="button" onClick={() => void load(shown.query, shown.hits)}>
          {t('tmShowMore')}
        </button>
      )}
    </section>
  );
}
