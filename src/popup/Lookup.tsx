import { useEffect, useState } from 'preact/hooks';
import type { DatasetSummary, LookupHit } from '../shared/messages';
import { send } from '../shared/send';
import { plural, t } from '../ui/strings';
import { ClaimCard } from './ClaimCard';

/** Results follow the typing, but not every keystroke: ~120 ms of quiet first. */
export const LOOKUP_DEBOUNCE_MS = 120;

type Results =
  | { status: 'waiting' }
  | { status: 'ready'; query: string; hits: LookupHit[]; suggestion?: string }
  | { status: 'error'; detail: string };

/** The search field over every claim of every dataset; `onQuery` hears what the reader types. */
export function SearchBox({ query, onQuery }: { query: string; onQuery: (q: string) => void }) {
  return (
    <div class="search" role="search">
      <label class="sr-only" for="lookup">
        {t('lookupLabel')}
      </label>
      <input
        id="lookup"
        class="search-input"
        type="search"
        value={query}
        placeholder={t('lookupPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        aria-describedby="lookup-hint"
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <p id="lookup-hint" class="sr-only">
        {t('lookupHint')}
      </p>
    </div>
  );
}

/**
 * The look-up's results for `query` (asked of the background, which searches locally), each with
 * its status, dataset and date; a "did you mean" when a corrected spelling finds more, which puts
 * that spelling in the box (`onQuery`).
 */
export function LookupResults({
  query,
  datasets,
  onQuery,
}: {
  query: string;
  datasets: readonly DatasetSummary[];
  onQuery?: (q: string) => void;
}) {
  const [results, setResults] = useState<Results>({ status: 'waiting' });

  useEffect(() => {
    let alive = true;
    const timer = setTimeout(() => {
      send({ type: 'lookup:search', query, limit: 10 })
        .then(
          (r) =>
            alive &&
            setResults({
              status: 'ready',
              query,
              hits: r.hits,
              ...(r.suggestion ? { suggestion: r.suggestion } : {}),
            }),
        )
        .catch(
          (err: unknown) =>
            alive &&
            setResults({ status: 'error', detail: err instanceof Error ? err.message : String(err) }),
        );
    }, LOOKUP_DEBOUNCE_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [query]);

  const shown = query.trim();
  const summary =
    results.status === 'ready'
      ? results.hits.length > 0
        ? plural('lookupResults', results.hits.length, shown)
        : t('lookupNone', shown)
      : results.status === 'error'
        ? t('lookupError', results.detail)
        : '';
  return (
    <section class="section lookup" aria-labelledby="lookup-heading">
      <h2 id="lookup-heading" class="section-title section-title--plain">
        {summary || '\u00a0'}
      </h2>
      {/* The same words, said as the results change: a heading is not announced by itself. */}
      <p class="sr-only" role="status">
        {summary}
      </p>
      {results.status === 'ready' && results.suggestion && onQuery ? (
        <p class="lookup-suggestion">
          <button type="button" class="link-button" onClick={() => onQuery(results.suggestion!)}>
            {t('lookupDidYouMean', results.suggestion)}
          </button>
        </p>
      ) : null}
      {results.status === 'ready' && results.hits.length > 0 ? (
        <ul class="cards">
          {results.hits.map((hit, i) => (
            <li key={`${hit.datasetId}:${hit.claim.id}`}>
              <ClaimCard
                id={`hit-${i}`}
                claim={hit.claim}
                verdict={hit.verdict}
                datasetId={hit.datasetId}
                datasetAsOf={hit.datasetAsOf}
                datasets={datasets}
                {...(hit.alternatives ? { alternatives: hit.alternatives } : {})}
                showSource
              />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
