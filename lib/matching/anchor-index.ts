/**
 * One compiled pass that finds every entity alias, claim phrase and topic word in folded text,
 * plus a fuzzy fallback (fuse.js) for near-miss spellings of a few entity names, tried only on
 * candidate tokens so the scan stays linear.
 */
import Fuse from 'fuse.js';
import type { Claim, Entity } from '../knowledge/schema';

export type AnchorType = 'entity' | 'phrase' | 'topic';

export interface AnchorInfo {
  type: AnchorType;
  claimIds: readonly string[];
  entityId?: string;
}

export interface Anchor extends AnchorInfo {
  start: number;
  end: number;
}

/** Folds an alias to its lookup key: lower case, runs of spaces and hyphens become one space. */
export function aliasKey(alias: string): string {
  return alias
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\-\u2010-\u2015]+/g, ' ')
    .trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function aliasSource(key: string): string {
  return key.split(' ').map(escape).join('[\\s-]');
}

const TYPE_RANK: Record<AnchorType, number> = { entity: 0, phrase: 1, topic: 2 };

export class AnchorIndex {
  private readonly byKey = new Map<string, AnchorInfo>();
  private readonly pattern: RegExp;
  private readonly fuse: Fuse<{ key: string; info: AnchorInfo }> | null;
  private readonly fuzzyFirstLetters: Set<string>;
  private readonly fuzzyLengths: Set<number>;
  private readonly fuzzyCache = new Map<string, AnchorInfo | null>();

  constructor(claims: readonly Claim[], entities: readonly Entity[]) {
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
    const keys = [...this.byKey.keys()].sort((a, b) => b.length - a.length);
    // Longest first, so "deepseek's r1 0528" wins over "deepseek"; an optional plural "s".
    this.pattern = new RegExp(`(?<![a-z0-9])(?:${keys.map(aliasSource).join('|')})(?:'?s)?(?![a-z0-9])`, 'g');

    const fuzzyItems: { key: string; info: AnchorInfo }[] = [];
    for (const e of entities) {
      if (!e.fuzzy) continue;
      for (const a of e.aliases) {
        const key = aliasKey(a).replace(/[\s']/g, '');
        if (/^[a-z]+$/.test(key) && key.length >= 6) fuzzyItems.push({ key, info: { type: 'entity', claimIds: e.claims, entityId: e.id } });
      }
    }
    this.fuse = fuzzyItems.length ? new Fuse(fuzzyItems, { keys: ['key'], threshold: 0.25, includeScore: true, ignoreLocation: true }) : null;
    this.fuzzyFirstLetters = new Set(fuzzyItems.map((i) => i.key[0]!));
    this.fuzzyLengths = new Set(fuzzyItems.flatMap((i) => [-1, 0, 1].map((d) => i.key.length + d)));
  }

  /** Every alias, phrase or topic word in the folded text, left to right. */
  find(text: string): Anchor[] {
    const out: Anchor[] = [];
    this.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.pattern.exec(text))) {
      const info = this.lookup(m[0]);
      if (info) out.push({ ...info, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  private lookup(matched: string): AnchorInfo | undefined {
    const key = aliasKey(matched);
    return this.byKey.get(key) ?? this.byKey.get(key.replace(/'?s$/, ''));
  }

  /**
   * Near-miss spellings of fuzzy entities ("deepseak", "huawai", "super-micr0"): tokens (or two
   * adjacent tokens written apart) that are not exact aliases, filtered by first letter and length
   * before fuse.js is asked; results are cached per token.
   */
  findFuzzy(text: string, exact: readonly Anchor[]): Anchor[] {
    if (!this.fuse) return [];
    const out: Anchor[] = [];
    const token = /[a-z][a-z0-9]*/g;
    let prev: { start: number; end: number; word: string } | null = null;
    let m: RegExpExecArray | null;
    let e = 0;
    while ((m = token.exec(text))) {
      const cur = { start: m.index, end: m.index + m[0].length, word: m[0] };
      while (e < exact.length && exact[e]!.end <= cur.start) e++;
      const covered = e < exact.length && exact[e]!.start < cur.end;
      if (!covered) {
        // Two tokens written apart ("deep seek", "super micr0").
        if (prev && cur.start - prev.end === 1 && /[\s-]/.test(text[prev.end]!)) {
          const joined = this.resolveFuzzy(prev.word + cur.word);
          if (joined) {
            if (out.at(-1)?.start === prev.start) out.pop();
            out.push({ ...joined, start: prev.start, end: cur.end });
            prev = null;
            continue;
          }
        }
        const single = this.resolveFuzzy(cur.word);
        if (single) out.push({ ...single, start: cur.start, end: cur.end });
      }
      prev = covered ? null : cur;
    }
    return out;
  }

  private resolveFuzzy(word: string): AnchorInfo | null {
    if (!this.fuzzyFirstLetters.has(word[0]!) || !this.fuzzyLengths.has(word.length)) return null;
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
