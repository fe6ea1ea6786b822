/**
 * One compiled pass that finds every entity alias, claim phrase and topic word in folded text,
 * plus a fuzzy fallback (fuse.js) for near-miss spellings of a few entity names, tried only on
 * candidate tokens so the scan stays linear.
 */
import Fuse from 'fuse.js';
import type { Claim, Entity } from '../knowledge/schema';
import { escapeRegExp } from './escape-regexp';
import { UNSPACED_SCRIPT } from './han-script';
import { normalizeText } from './normalized-text';
import { triePattern } from './trie-pattern';

export type AnchorType = 'entity' | 'phrase' | 'topic' | 'concept';

/** A term's place in a claim's concept groups (see the knowledge schema's `detect`). */
export interface ConceptRef {
  claimId: string;
  group: string;
  weight: number;
  /** Ordinal of this claim's group among all groups, and of the claim among claims with groups. */
  slot: number;
  claimSlot: number;
}

export interface AnchorInfo {
  type: AnchorType;
  /** Claims the anchor names or places (entity, phrase, topic); empty for a bare concept term. */
  claimIds: readonly string[];
  entityId?: string;
  /** Concept groups the term belongs to, whatever its type. */
  concepts?: readonly ConceptRef[];
}

/** Han, kana, hangul: scripts written without spaces, so their terms need no word boundaries. */
export const CJK = UNSPACED_SCRIPT;

export interface Anchor extends AnchorInfo {
  start: number;
  end: number;
}

/** A text the scan matched: the anchor it is (none for a word that only looks like one), and whether a word in it starts with a word prefix (asked when needed). */
interface MatchedText {
  info: AnchorInfo | undefined;
  prefixed: boolean | undefined;
}

/** What one scan of a text finds: the anchors, and whether a word starts with one of the scan's word prefixes. */
export interface Scan {
  anchors: Anchor[];
  prefixedWord: boolean;
}

/** An alias that is its own key (every step of aliasKey leaves it as it is). */
const OWN_KEY = /^[a-z0-9.'$&:()%+,/]+(?: [a-z0-9.'$&:()%+,/]+)*$/;

/**
 * Folds an alias to its lookup key: folded exactly as page text is (normalized-text.ts: case,
 * compatibility forms, quotes, dashes, katakana middle dots, ヶ月 as か月, Traditional characters),
 * then runs of spaces and hyphens as one space.
 */
export function aliasKey(alias: string): string {
  // Most terms are written as their key already: lower-case ASCII, single spaces, no hyphen.
  if (OWN_KEY.test(alias)) return alias;
  return normalizeText(alias).text.replace(/[\s-]+/g, ' ').trim();
}

function anchorAt(info: AnchorInfo, start: number, end: number): Anchor {
  return { type: info.type, claimIds: info.claimIds, entityId: info.entityId, concepts: info.concepts, start, end };
}

/** Two left-to-right anchor lists as one, without overlaps (the longer of two overlapping anchors wins). */
function mergeAnchors(a: readonly Anchor[], b: readonly Anchor[]): Anchor[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Anchor[] = [];
  for (const anchor of all) {
    const last = out[out.length - 1];
    if (!last || anchor.start >= last.end) out.push(anchor);
    else if (anchor.end - anchor.start > last.end - last.start) out[out.length - 1] = anchor;
  }
  return out;
}

const TYPE_RANK: Record<AnchorType, number> = { entity: 0, phrase: 1, topic: 2, concept: 3 };

/** A term of the knowledge base before it is keyed: a name, phrase or topic word (info), or a concept term. */
interface Term {
  text: string;
  info?: AnchorInfo;
  concept?: ConceptRef;
  stem?: boolean;
}

/**
 * Characters that put a term's key in a script written without spaces (Han, kana, Hangul, and the
 * forms that fold to them): such a term never has a Latin key, and a Latin term never has such a key.
 */
export const WRITTEN_UNSPACED = /[\u2e80-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f]/;

const byLength = (a: string, b: string) => b.length - a.length;

export class AnchorIndex {
  private readonly byKey = new Map<string, AnchorInfo>();
  /** How many concept groups there are (slots of ConceptRef). */
  readonly groupCount: number;
  /** Terms written "distil*": the stem and what a word starting with it stands for, longest first. */
  private stems: Array<[string, AnchorInfo]> = [];
  /**
   * Every key and stem, and the word prefixes (see the constructor), as one trie matched against
   * lower-cased text: a pattern without the `i` flag compiles in about half the time, and a page
   * pays for one compilation of it, not two.
   */
  private readonly pattern: RegExp;
  /** A test for a word prefix on the text of one match; null without prefixes. */
  private readonly prefixTest: RegExp | null;
  /** Keys written in a script without spaces (Chinese): no word boundaries, tried only on such text; undefined until first needed. */
  private unspacedPattern: RegExp | null | undefined;
  /** Terms written in such a script, not yet keyed (see unspaced()). */
  private pendingUnspaced: Term[] = [];
  /** Stem terms by key ("distil" for "distil*"). */
  private readonly stemTable = new Map<string, AnchorInfo>();
  private readonly fuse: Fuse<{ key: string; info: AnchorInfo }> | null;
  private readonly candidates: RegExp | null;
  private readonly capitalizedCandidates: RegExp | null;
  private readonly fuzzyLengths: Set<number>;
  private readonly fuzzyCache = new Map<string, AnchorInfo | null>();
  /** What a matched text stands for, and whether it holds a prefixed word: one map read per match. */
  private readonly matchCache = new Map<string, MatchedText>();

  /**
   * `wordPrefixes` (lower case letters): scan() also says whether a word of the text starts with
   * one of them, in any case ("ten", "Tenfold"), at the cost of one pass, not two.
   */
  constructor(claims: readonly Claim[], entities: readonly Entity[], wordPrefixes: readonly string[] = []) {
    const terms: Term[] = [];
    for (const e of entities) for (const a of e.aliases) terms.push({ text: a, info: { type: 'entity', claimIds: e.claims, entityId: e.id } });
    for (const c of claims) {
      for (const p of c.phrases) terms.push({ text: p, info: { type: 'phrase', claimIds: [c.id] } });
      for (const t of c.topicWords) terms.push({ text: t, info: { type: 'topic', claimIds: [c.id] } });
    }
    // Concept terms join whatever the same key already is (an entity, a phrase) or stand alone.
    let slot = 0;
    let claimSlot = 0;
    for (const c of claims) {
      if (!c.detect) continue;
      for (const g of c.detect.groups) {
        const ref: ConceptRef = { claimId: c.id, group: g.name, weight: g.weight, slot: slot++, claimSlot };
        for (const term of g.terms) {
          const stem = term.endsWith('*');
          terms.push({ text: stem ? term.slice(0, -1) : term, concept: ref, stem });
        }
      }
      claimSlot++;
    }
    this.groupCount = slot;
    // Terms in a script written without spaces (over half of them, from the Chinese and Japanese
    // lexicons) are keyed and compiled when a text first holds such a script (see unspaced()).
    // Their keys never meet a Latin one, so adding them later gives each key what it would have
    // had; Latin terms are added now, in order.
    for (const term of terms) {
      if (WRITTEN_UNSPACED.test(term.text)) this.pendingUnspaced.push(term);
      else this.addTerm(term);
    }
    this.sortStems();
    const keys = [...this.byKey.keys()].filter((k) => !CJK.test(k)).sort(byLength);
    const stemKeys = [...this.stemTable.keys()].filter((k) => !CJK.test(k)).sort(byLength);
    // Longest first, so "deepseek's r1 0528" wins over "deepseek"; an optional plural "s".
    // Literal alternatives between \b: V8 runs that several times faster than look-arounds or
    // character classes; find() scans a copy of the text with hyphens read as spaces instead.
    // Stems take any word ending. All Latin keys and stems as one trie (see trie-pattern.ts), so
    // hundreds of concept terms cost about what a few dozen alternatives did.
    // The word prefixes ride in the same trie: a match that is only a prefixed word ("tenfold")
    // stands for no anchor, and a prefix is tried after every longer key, so the anchors are the
    // same as without it (a prefixed word holds no word boundary where a key could start).
    this.pattern = new RegExp(`\\b${triePattern(keys, stemKeys, wordPrefixes)}s?\\b`, 'g');
    this.prefixTest = wordPrefixes.length ? new RegExp(`\\b${triePattern([], [], wordPrefixes)}`) : null;

    const fuzzyItems: { key: string; info: AnchorInfo }[] = [];
    for (const e of entities) {
      if (!e.fuzzy) continue;
      for (const a of e.aliases) {
        const key = aliasKey(a);
        if (/^[a-z]{6,}$/.test(key)) fuzzyItems.push({ key, info: { type: 'entity', claimIds: e.claims, entityId: e.id } });
      }
    }
    this.fuse = fuzzyItems.length ? new Fuse(fuzzyItems, { keys: ['key'], threshold: 0.25, includeScore: true, ignoreLocation: true }) : null;
    this.fuzzyLengths = new Set(fuzzyItems.flatMap((i) => [-1, 0, 1].map((d) => i.key.length + d)));
    const prefixes = [...new Set(fuzzyItems.map((i) => i.key.slice(0, 2)))];
    const candidate = (first: string[], rest: string) =>
      new RegExp(`\\b((?:${first.join('|')})${rest}{1,10})\\b(?=[\\s-](${rest}{1,10})\\b)?`, 'g');
    this.candidates = prefixes.length ? candidate(prefixes, '[a-z0-9]') : null;
    // Names are written with a capital: "Deepseak", "HUAWAI", "Super Micr0".
    this.capitalizedCandidates = prefixes.length
      ? candidate(prefixes.map((p) => `${p[0]!.toUpperCase()}[${p[1]}${p[1]!.toUpperCase()}]`), '[a-zA-Z0-9]')
      : null;
  }

  /** Adds a term under its key: a name, phrase or topic word by rank, a concept term to the concepts of its key. */
  private addTerm(term: Term): void {
    const key = aliasKey(term.text);
    if (term.info) {
      const info = term.info;
      const existing = this.byKey.get(key);
      if (!existing || TYPE_RANK[info.type] < TYPE_RANK[existing.type]) {
        this.byKey.set(key, info);
      } else if (TYPE_RANK[info.type] === TYPE_RANK[existing.type]) {
        this.byKey.set(key, { ...existing, claimIds: [...new Set([...existing.claimIds, ...info.claimIds])] });
      }
      return;
    }
    const table = term.stem ? this.stemTable : this.byKey;
    const existing = table.get(key);
    table.set(key, existing
      ? { ...existing, concepts: [...(existing.concepts ?? []), term.concept!] }
      : { type: 'concept', claimIds: [], concepts: [term.concept!] });
  }

  /** The stems, longest first (the first that starts a key is the one it stands for). */
  private sortStems(): void {
    this.stems = [...this.stemTable].sort((a, b) => b[0].length - a[0].length);
  }

  /**
   * The pattern of the terms written without spaces, built on first use: their keys join the
   * tables, then one alternation of them all (null when there are none).
   */
  private unspaced(): RegExp | null {
    if (this.unspacedPattern !== undefined) return this.unspacedPattern;
    for (const term of this.pendingUnspaced) this.addTerm(term);
    this.pendingUnspaced = [];
    this.sortStems();
    const cjkStems = new Set([...this.stemTable.keys()].filter((k) => CJK.test(k)));
    const cjkKeys = [...this.byKey.keys(), ...cjkStems].filter((k) => CJK.test(k)).sort(byLength);
    // CJK terms ("华为", "ai芯片") need no word boundaries, except where a term starts or ends with
    // a Latin letter or digit. They are a pattern of their own, tried only on text that has CJK
    // characters, so that English text pays nothing for them.
    const cjk = cjkKeys.map((k) => {
      const stem = cjkStems.has(k) ? '[a-z]*' : '';
      return `${/^[a-z0-9]/.test(k) ? '(?<![a-z0-9])' : ''}${escapeRegExp(k)}${stem}${/[a-z0-9]$/.test(k) && !stem ? '(?![a-z0-9])' : ''}`;
    });
    this.unspacedPattern = cjk.length ? new RegExp(cjk.join('|'), 'g') : null;
    return this.unspacedPattern;
  }

  /**
   * Every alias, phrase or topic word in the text, left to right. The text is folded text, or
   * plain ASCII text in any case. `unspaced` says the text may hold a script written without
   * spaces (plain ASCII text never does).
   */
  find(text: string, unspaced = false): Anchor[] {
    return this.scan(text, unspaced).anchors;
  }

  /**
   * find(), and whether a word of the text starts with one of the word prefixes, from the same
   * pass (a word prefix alone, or a key such as "two scenarios", says so).
   */
  scan(text: string, unspaced = false): Scan {
    const out: Anchor[] = [];
    // The pattern is lower case: lower-casing keeps the offsets of plain ASCII text, and folded
    // text is lower case already.
    const lower = text.toLowerCase();
    const spaced = lower.includes('-') ? lower.replace(/-/g, ' ') : lower;
    let prefixedWord = false;
    let m: RegExpExecArray | null;
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    while ((m = pattern.exec(spaced))) {
      const matched = this.matched(m[0]);
      if (!prefixedWord && this.prefixTest) prefixedWord = matched.prefixed ??= this.prefixTest.test(m[0]);
      if (matched.info) out.push(anchorAt(matched.info, m.index, m.index + m[0].length));
    }
    const unspacedPattern = unspaced && CJK.test(text) ? this.unspaced() : null;
    if (!unspacedPattern) return { anchors: out, prefixedWord };
    const more: Anchor[] = [];
    unspacedPattern.lastIndex = 0;
    while ((m = unspacedPattern.exec(spaced))) {
      const info = this.matched(m[0]).info;
      if (info) more.push(anchorAt(info, m.index, m.index + m[0].length));
    }
    return { anchors: more.length ? mergeAnchors(out, more) : out, prefixedWord };
  }

  /** The cached entry of a matched text, made on its first match. */
  private matched(text: string): MatchedText {
    let matched = this.matchCache.get(text);
    if (!matched) {
      matched = { info: this.lookup(text), prefixed: undefined };
      if (this.matchCache.size > 10_000) this.matchCache.clear();
      this.matchCache.set(text, matched);
    }
    return matched;
  }

  /** What a matched text stands for (asked once per distinct text, see matched()). */
  private lookup(matched: string): AnchorInfo | undefined {
    const key = aliasKey(matched);
    // The word as written, its singular and a stem may each belong to concept groups.
    const whole = this.byKey.get(key);
    const single = key.endsWith('s') ? this.byKey.get(key.slice(0, -1)) : undefined;
    const stem = this.stems.find(([s]) => key.startsWith(s))?.[1];
    const exact = whole ?? single;
    const concepts = [whole, single, stem].flatMap((i) => i?.concepts ?? []);
    const info = exact ?? stem;
    if (info && concepts.length) return { ...info, concepts: [...new Map(concepts.map((c) => [`${c.claimId} ${c.group}`, c])).values()] };
    return info;
  }


  /**
   * Near-miss spellings of fuzzy entities ("Deepseak", "Huawai", "Super Micr0"): words (or two
   * words written apart) that start like a fuzzy alias and are not exact aliases. A RegExp finds
   * the candidates; fuse.js is asked once per distinct word. When `cased` is given (the original
   * text, with the same offsets as the folded one), only capitalised words are candidates.
   */
  findFuzzy(text: string, exact: readonly Anchor[], cased?: string): Anchor[] {
    const re = cased ? this.capitalizedCandidates : this.candidates;
    if (!re) return [];
    const source = cased ?? text;
    const out: Anchor[] = [];
    re.lastIndex = 0;
    let e = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(source))) {
      const start = m.index;
      const first = cased ? m[1]!.toLowerCase() : m[1]!;
      const second = cased ? m[2]?.toLowerCase() : m[2];
      const firstEnd = start + first.length;
      const secondEnd = second ? firstEnd + 1 + second.length : firstEnd;
      while (e < exact.length && exact[e]!.end <= start) e++;
      if (e < exact.length && exact[e]!.start < secondEnd) continue;
      const joined = second ? this.resolveFuzzy(first + second) : null;
      if (joined) {
        out.push(anchorAt(joined, start, secondEnd));
        re.lastIndex = secondEnd;
        continue;
      }
      const single = this.resolveFuzzy(first);
      if (single) out.push(anchorAt(single, start, firstEnd));
    }
    return out;
  }

  private resolveFuzzy(word: string): AnchorInfo | null {
    if (!this.fuzzyLengths.has(word.length)) return null;
    const cached = this.fuzzyCache.get(word);
    if (cached !== undefined) return cached;
    const hit = this.fuse!.search(word, { limit: 1 })[0];
    // The first two letters must agree too: "supermarket" is not "supermicro".
    const ok = hit && hit.score !== undefined && hit.score <= 0.25 && hit.item.key.slice(0, 2) === word.slice(0, 2) && !this.byKey.has(word);
    const result = ok ? hit.item.info : null;
    if (this.fuzzyCache.size > 50_000) this.fuzzyCache.clear();
    this.fuzzyCache.set(word, result);
    return result;
  }
}
