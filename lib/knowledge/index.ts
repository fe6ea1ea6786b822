/** The knowledge base: the single source of truth for matching and for everything the UI shows. */
import { CLAIMS } from './claims';
import { ENTITIES } from './entities';
import { LEXICONS } from './lexicon';
import { PAPER } from './paper';
import { SOURCES, sourceById } from './sources';
import type { Claim, Knowledge } from './schema';

export const KNOWLEDGE: Knowledge = {
  reviewed: '2026-11-23',
  paper: PAPER,
  sources: [...SOURCES],
  claims: CLAIMS,
  entities: ENTITIES,
  lexicons: [...LEXICONS],
};

const claimsById = new Map<string, Claim>(CLAIMS.map((c) => [c.id, c]));

export function claimById(id: string): Claim | undefined {
  return claimsById.get(id);
}

export { CLAIMS, ENTITIES, PAPER, SOURCES, sourceById };
export type { Claim, Entity, Figure, FigureKind, Source, Verdict, Paper, Note, CounterSignal } from './schema';
