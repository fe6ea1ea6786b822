/**
 * One compiled pass that finds every entity alias, claim phrase and topic word in folded text,
 * plus a fuzzy fallback (fuse.js) for near-miss spellings of a few entity names, tried only on
 * candidate tokens so the scan stays linear.
 */
import Fuse from 'fuse.js';
import type { Claim, Entity } from '../knowledge/schema';
import { escapeRegExp } from './escape-regexp';
import { KANA_MONTH_COUNTERS, KATAKANA_MIDDLE_DOTS, MONTH_COUNT_BEFORE, UNSPACED_SCRIPT, foldHanTerm } from './han-script';
import { triePattern, triePatternsWithAndWithoutPrefixes } from './trie-pattern';

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

const MIDDLE_DOT = new RegExp(`[${KATAKANA_MIDDLE_DOTS}]`, 'g');
const KANA_MONTH = new RegExp(`(?<=${MONTH_COUNT_BEFORE.source.slice(1, -1)})[${KANA_MONTH_COUNTERS}](?=月)`, 'g');

/**
 * Folds an alias to its lookup key: lower case, runs of spaces and hyphens become one space; no
 * katakana middle dot, and ヶ月/カ月 read か月, as in folded page text.
 */
export function aliasKey(alias: string): string {
  return alias
    .replace(MIDDLE_DOT, '')
    .replace(KANA_MONTH, 'か')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\-\u2010-\u2015]+/g, ' ')
    .trim()
    .replace(/[\u3400-\u9fff]+/g, foldHanTerm);
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

export class AnchorIndex {
  private readonly byKey = new Map<string, AnchorInfo>();
  /** How many concept groups there are (slots of ConceptRef). */
  readonly groupCount: number;
  /** Terms written "distil*": the stem and what a word starting with it stands for, longest first. */
  private readonly stems: Array<[string, AnchorInfo]> = [];
  private readonly pattern: RegExp;
  /**
   * The same trie with the word prefixes in it (see the constructor), and a test for them on the
   * text of one match; null without prefixes.
   */
  private readonly prefixedPattern: RegExp | null;
  private readonly prefixTest: RegExp | null;
  /** Keys written in a script without spaces (Chinese): no word boundaries, tried only on such text. */
  private readonly unspacedPattern: RegExp | null;
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
    const add = (text: string, info: AnchorInfo) => {
      const key = aliasKey(text);
      const existing = this.byKey.get(key);
      if (!existing || TYPE_RANK[info.type] < TYPE_RANK[existing.type]) {
        this.byKey.set(key, info);
      } else if (TYPE_RANK[info.type] === TYPE_RANK[existing.type]) {
        this.byKey.set(key, { ...existing, claimIds: [...new Set([...existing.claimIds, ...info.claimIds])] });
      }
    };
    for (const e of entities) for (const a of e.aliases) add(a, { type: 'entity', claimIds: e.claims, entityId: e.id });
    for (const c of claims) {
      for (const p of c.phrases) add(p, { type: 'phrase', claimIds: [c.id] });
      for (const t of c.topicWords) add(t, { type: 'topic', claimIds: [c.id] });
    }
    // Concept terms join whatever the same key already is (an entity, a phrase) or stand alone.
    const stems = new Map<string, AnchorInfo>();
    let slot = 0;
    let claimSlot = 0;
    for (const c of claims) {
      if (!c.detect) continue;
      for (const g of c.detect.groups) {
        const ref: ConceptRef = { claimId: c.id, group: g.name, weight: g.weight, slot: slot++, claimSlot };
        for (const term of g.terms) {
          const stem = term.endsWith('*');
          const key = aliasKey(stem ? term.slice(0, -1) : term);
          const table = stem ? stems : this.byKey;
          const existing = table.get(key);
          table.set(key, existing
            ? { ...existing, concepts: [...(existing.concepts ?? []), ref] }
            : { type: 'concept', claimIds: [], concepts: [ref] });
        }
      }
      claimSlot++;
    }
    this.groupCount = slot;
    this.stems = [...stems].sort((a, b) => b[0].length - a[0].length);
    const byLength = (a: string, b: string) => b.length - a.length;
    const keys = [...this.byKey.keys()].filter((k) => !CJK.test(k)).sort(byLength);
    const cjkKeys = [...this.byKey.keys(), ...stems.keys()].filter((k) => CJK.test(k)).sort(byLength);
    const stemKeys = [...stems.keys()].filter((k) => !CJK.test(k)).sort(byLength);
    const cjkStems = new Set([...stems.keys()].filter((k) => CJK.test(k)));
    // Longest first, so "deepseek's r1 0528" wins over "deepseek"; an optional plural "s".
    // Literal alternatives between \b: V8 runs that several times faster than look-arounds or
    // character classes; find() scans a copy of the text with hyphens read as spaces instead.
    // Stems take any word ending. All Latin keys and stems as one trie (see trie-pattern.ts), so
    // hundreds of concept terms cost about what a few dozen alternatives did.
    // Both tries from one build (the keys are inserted once: this runs at every cold start).
    const { plain, prefixed } = triePatternsWithAndWithoutPrefixes(keys, stemKeys, wordPrefixes);
    this.pattern = new RegExp(`\\b${plain}s?\\b`, 'gi');
    this.prefixedPattern = wordPrefixes.length ? new RegExp(`\\b${prefixed}s?\\b`, 'gi') : null;
    this.prefixTest = wordPrefixes.length ? new RegExp(`\\b${triePattern([], [], wordPrefixes)}`, 'i') : null;
    // CJK terms ("华为", "ai芯片") need no word boundaries, except where a term starts or ends with
    // a Latin letter or digit. They are a pattern of their own, tried only on text that has CJK
    // characters, so that English text pays nothing for them.
    const cjk = cjkKeys.map((k) => {
      const stem = cjkStems.has(k) ? '[a-z]*' : '';
      return `${/^[a-z0-9]/.test(k) ? '(?<![a-z0-9])' : ''}${escapeRegExp(k)}${stem}${/[a-z0-9]$/.test(k) && !stem ? '(?![a-z0-9])' : ''}`;
    });
    this.unspacedPattern = cjk.length ? new RegExp(cjk.join('|'), 'g') : null;

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

  /**
   * Every alias, phrase or topic word in the text, left to right. The text is folded text, or
   * plain ASCII text in any case (the pattern ignores case). `unspaced` says the text may hold a
   * script written without spaces (plain ASCII text never does).
   */
  find(text: string, unspaced = false): Anchor[] {
    return this.scan(text, unspaced, false).anchors;
  }

  /**
   * find(), and whether a word of the text starts with one of the word prefixes, in the same pass:
   * the scan runs the trie that holds the prefixes too until its first match that has a prefixed
   * word in it (a word prefix alone, or a key such as "two scenarios"), then goes on from that
   * match's start with the plain trie. Until then the two tries match the same (a prefix only adds
   * alternatives, tried after the keys), so the anchors are exactly find()'s.
   */
  scan(text: string, unspaced = false, prefixes = true): Scan {
    const out: Anchor[] = [];
    const spaced = text.includes('-') ? text.replace(/-/g, ' ') : text;
    let prefixedWord = false;
    let m: RegExpExecArray | null;
    let from = 0;
    const fused = prefixes ? this.prefixedPattern : null;
    if (fused) {
      fused.lastIndex = 0;
      while ((m = fused.exec(spaced))) {
        const matched = this.matched(m[0]);
        if ((matched.prefixed ??= this.prefixTest!.test(m[0]))) {
          prefixedWord = true;
          from = m.index;
          break;
        }
        if (matched.info) out.push(anchorAt(matched.info, m.index, m.index + m[0].length));
      }
      if (!prefixedWord) from = spaced.length;
    }
    if (from < spaced.length) {
      this.pattern.lastIndex = from;
      while ((m = this.pattern.exec(spaced))) {
        const info = this.matched(m[0]).info;
        if (info) out.push(anchorAt(info, m.index, m.index + m[0].length));
      }
    }
    if (!unspaced || !this.unspacedPattern || !CJK.test(text)) return { anchors: out, prefixedWord };
    const more: Anchor[] = [];
    this.unspacedPattern.lastIndex = 0;
    while ((m = this.unspacedPattern.exec(spaced))) {
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
