import { useId, useMemo, useState } from 'react';
import { CLAIMS, ENTITIES } from '@/lib/knowledge';
import { createClaimSearch } from '@/lib/claim-search';

/** Fuzzy search over every claim, entity and alias. */
export function ClaimSearch({ onOpen }: { onOpen(claimId: string): void }) {
  const search = useMemo(() => createClaimSearch(CLAIMS, ENTITIES), []);
  const [query, setQuery] = useState('');
  const id = useId();
  const results = search.search(query);
  return (
    <section aria-labelledby={`${id}-h`} className="search">
      <h2 id={`${id}-h`}>Look up a claim</h2>
      <input
        type="search"
        aria-label="Search claims, names and figures"
        placeholder="Huawei, DeepSeek, 369-22…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() && (
        <ul className="plain results" aria-label="Search results">
          {results.length === 0 && <li className="muted">No claim matches “{query}”.</li>}
          {results.map((c) => (
            <li key={c.id}>
              <button type="button" className="link" onClick={() => onOpen(c.id)}>
                {c.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
