import { useCallback, useEffect, useState } from 'react';
import type { ConcordanceResultT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import type { ConcordanceRequest } from '../hooks/useTerminology.ts';
import { useT } from '../i18n/index.ts';
import { Marked } from './Marked.tsx';
import { SearchForm } from './SearchForm.tsx';

interface Props {
  documentId: number | null;
  /** A term to search for at once (Ctrl+K on a selection). */
  request: ConcordanceRequest | null;
}

/** Substring search over every memory the document's project uses: sources and both targets. */
export function ConcordancePanel({ documentId, request }: Props) {
  const t = useT();
  const [term, setTerm] = useState('');
  const [result, setResult] = useState<ConcordanceResultT | null>(null);
  const [error, setError] = useState<string | null>(null);

  const search = useCallback(
    async (wanted: string) => {
      if (documentId === null || wanted.trim() === '') return;
      setError(null);
      try {
        setResult(await api.concordance({ documentId, term: wanted }));
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      }
    },
    [documentId],
  );
  useEffect(() => {
    if (!request) return;
    setTerm(request.term);
    void search(request.term);
  }, [request, search]);

  return (
    <div className="concordance">
      <SearchForm
        value={term}
        onChange={setTerm}
        onSearch={(wanted) => void search(wanted)}
        label={t('concordancePlaceholder')}
        submitLabel={t('concordanceSearch')}
        testId="concordance-term"
      />
      {error && <p className="notice" role="alert">{error}</p>}
      {result && result.hits.length === 0 && <p className="hint">{t('concordanceNone')}</p>}
      <ol className="matches">
        {result?.hits.map((hit) => (
          <li key={hit.unitId} className="match" data-testid="concordance-hit">
            <div className="match-origin">
              {hit.tmName} · {hit.origin} · {hit.updatedAt.slice(0, 10)}
            </div>
            <Marked text={hit.source} ranges={hit.highlights.source} lang="zh-Hant" />
            {hit.en !== null && <Marked text={hit.en} ranges={hit.highlights.en} lang="en" />}
            {hit.zhHans !== null && <Marked text={hit.zhHans} ranges={hit.highlights.zhHans} lang="zh-Hans" />}
          </li>
        ))}
      </ol>
      {result?.more && <p className="hint">{t('concordanceMore')}</p>}
    </div>
  );
}
