/**
 * Adds the words of each language's lexicon to the knowledge base's claims and entities, so the
 * matcher reads every language the same way: one alias list, one set of cues per figure.
 */
import type { Claim, Entity } from '../schema';
import { foldHanTerm } from '../../matching/han-script';
import type { Lexicon } from './schema';

const union = (a: readonly string[], b: readonly string[] | undefined) => (b?.length ? [...new Set([...a, ...b])] : [...a]);

/** A negative-lookahead signal ("the sentence says nothing of ..."), as the knowledge base writes them. */
const NOTHING_OF = /^\^\(\?!\[\\s\\S\]\*\(\?:/;

/** Problems of a lexicon against the knowledge base (unknown ids, figures or distortions); empty when it fits. */
export function lexiconProblems(lexicon: Lexicon, claims: readonly Claim[], entities: readonly Entity[]): string[] {
  const problems: string[] = [];
  const entityIds = new Set(entities.map((e) => e.id));
  for (const id of Object.keys(lexicon.entities)) if (!entityIds.has(id)) problems.push(`${lexicon.lang}: unknown entity ${id}`);
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const [id, words] of Object.entries(lexicon.claims)) {
    const claim = byId.get(id);
    if (!claim) {
      problems.push(`${lexicon.lang}: unknown claim ${id}`);
      continue;
    }
    for (const group of Object.keys(words.detect ?? {})) {
      if (!claim.detect?.groups.some((g) => g.name === group)) problems.push(`${lexicon.lang}: ${id} has no concept group ${group}`);
    }
    for (const display of Object.keys(words.cues ?? {})) {
      if (!claim.figures.some((f) => f.display === display)) problems.push(`${lexicon.lang}: ${id} has no figure ${display}`);
    }
    for (const d of words.distortions ?? []) {
      const target = claim.distortions.find((x) => x.text.toLowerCase().includes(d.about.toLowerCase()));
      if (!target) problems.push(`${lexicon.lang}: ${id} has no distortion about "${d.about}"`);
      else if (d.absentWords && !target.signals?.some((s) => NOTHING_OF.test(s))) {
        problems.push(`${lexicon.lang}: ${id} distortion "${d.about}" has no "nothing of" signal`);
      }
    }
  }
  return problems;
}

export function applyLexicons(
  claims: readonly Claim[],
  entities: readonly Entity[],
  lexicons: readonly Lexicon[],
): { claims: Claim[]; entities: Entity[] } {
  if (!lexicons.length) return { claims: [...claims], entities: [...entities] };
  const mergedEntities = entities.map((e) => {
    let aliases = e.aliases;
    for (const lx of lexicons) aliases = union(aliases, lx.entities[e.id]);
    return aliases === e.aliases ? e : { ...e, aliases };
  });
  const mergedClaims = claims.map((c) => {
    const words = lexicons.map((lx) => lx.claims[c.id]).filter((w) => !!w);
    if (!words.length) return c;
    let { phrases, topicWords } = c;
    for (const w of words) {
      phrases = union(phrases, w.phrases);
      topicWords = union(topicWords, w.topicWords);
    }
    const figures = c.figures.map((f) => {
      const extra = words.flatMap((w) => w.cues?.[f.display] ?? []);
      return extra.length ? { ...f, cues: union(f.cues, extra) } : f;
    });
    const distortions = c.distortions.map((d) => {
      const entries = words.flatMap((w) => w.distortions ?? []).filter((x) => d.text.toLowerCase().includes(x.about.toLowerCase()));
      if (!entries.length) return d;
      // Signals and words are folded as page text is (Traditional and Japanese forms of Han characters).
      const absent = entries.flatMap((x) => x.absentWords ?? []).map(foldHanTerm);
      let signals = (d.signals ?? []).map((s) => (absent.length && NOTHING_OF.test(s) ? s.replace(NOTHING_OF, (m) => `${m}${absent.join('|')}|`) : s));
      signals = union(signals, entries.flatMap((x) => x.signals ?? []).map(foldHanTerm));
      return { ...d, signals };
    });
    const detect = c.detect && {
      ...c.detect,
      groups: c.detect.groups.map((g) => {
        const extra = words.flatMap((w) => w.detect?.[g.name] ?? []);
        return extra.length ? { ...g, terms: union(g.terms, extra) } : g;
      }),
    };
    return { ...c, phrases, topicWords, figures, distortions, ...(detect && { detect }) };
  });
  return { claims: mergedClaims, entities: mergedEntities };
}
