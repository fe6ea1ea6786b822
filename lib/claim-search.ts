/** Fuzzy search (fuse.js) over every claim, its title and summary, and the entities and aliases that point to it. */
import Fuse from 'fuse.js';
import type { Claim, Entity } from './knowledge/schema';

interface SearchItem {
  claim: Claim;
  title: string;
  summary: string;
  names: string[];
}

export function createClaimSearch(claims: readonly Claim[], entities: readonly Entity[]) {
  const items: SearchItem[] = claims.map((claim) => ({
    claim,
    title: claim.title,
    summary: claim.summary,
    names: [
      ...entities.filter((e) => e.claims.includes(claim.id)).flatMap((e) => [e.name, ...e.aliases]),
      ...claim.phrases,
      ...claim.figures.filter((f) => f.role === 'headline').map((f) => f.display),
    ],
  }));
  const fuse = new Fuse(items, {
    keys: [
      { name: 'names', weight: 3 },
      { name: 'title', weight: 2 },
      { name: 'summary', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });
  return {
    /** Claims matching the query, best first; an empty query matches nothing. */
    search(query: string, limit = 8): Claim[] {
      const q = query.trim();
      if (!q) return [];
      return fuse.search(q, { limit }).map((r) => r.item.claim);
    },
  };
}
