import { useId, useMemo, useState } from 'react';
import { CLAIMS, ENTITIES } from '@/lib/knowledge';
import { createClaimSearch } from '@/lib/claim-search';
import { localizeClaim } from '@/lib/knowledge/translations';
import { useI18n } from '../shared/i18n';

/** Fuzzy search over every claim, entity and alias. */
export function ClaimSearch({ onOpen }: { onOpen(claimId: string): void }) {
  const { t, lang } = useI18n();
  const search = useMemo(() => createClaimSearch(CLAIMS, ENTITIES), []);
  const [query, setQuery] = useState('');
  const id = useId();
  const results = search.search(query);
  return (
    <section aria-labelledby={`${id}-h`} className="search">
      <h2 id={`${id}-h`}>{t('searchHeading')}</h2>
      <input
        type="search"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() && (
        <ul className="plain results" aria-label={t('searchResults')}>
          {results.length === 0 && <li className="muted">{t('searchNone', query)}</li>}
          {results.map((c) => (
            <li key={c.id}>
              <button type="button" className="link" onClick={() => onOpen(c.id)}>
                {localizeClaim(c, lang).title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
