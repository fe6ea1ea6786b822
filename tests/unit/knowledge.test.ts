import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, CLAIMS, ENTITIES, sourceById } from '@/lib/knowledge';
import { ALLOWED_URLS, CONTRACT_CLAIM_IDS } from '@/lib/knowledge/allowed-urls';
import { knowledgeSchema } from '@/lib/knowledge/schema';
import { extractFigures } from '@/lib/matching/figure-extractor';
import { aliasKey, CJK } from '@/lib/matching/anchor-index';
import { DETECTION } from '@/lib/knowledge/detection';

// The facts inventory lives beside the repository (shared with the project); checked when present.
const FACTS_PATH = resolve(__dirname, '../../../shared/knowledge/FACTS.md');
const facts = existsSync(FACTS_PATH) ? readFileSync(FACTS_PATH, 'utf8') : null;

describe('knowledge base', () => {
  it('validates against the schema', () => {
    const result = knowledgeSchema.safeParse(KNOWLEDGE);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has every contract claim id', () => {
    const ids = CLAIMS.map((c) => c.id);
    for (const id of CONTRACT_CLAIM_IDS) expect(ids).toContain(id);
  });

  it.runIf(facts)('contract ids and URLs match the facts inventory', () => {
    const factIds = [...facts!.matchAll(/^### ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
    factIds.push('the-paper');
    expect(new Set(CONTRACT_CLAIM_IDS)).toEqual(new Set(factIds));
    const factUrls = new Set([...facts!.matchAll(/https:\/\/[^\s)]+/g)].map((m) => m[0]));
    for (const url of ALLOWED_URLS) expect(factUrls).toContain(url);
  });

  it('uses only URLs from the facts inventory', () => {
    const urls = JSON.stringify(KNOWLEDGE).match(/https?:\/\/[^"\s)]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(ALLOWED_URLS).toContain(url);
  });

  it('has no duplicate claim ids, entity ids or aliases', () => {
    const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dup(CLAIMS.map((c) => c.id))).toEqual([]);
    expect(dup(ENTITIES.map((e) => e.id))).toEqual([]);
    expect(dup(ENTITIES.flatMap((e) => e.aliases.map(aliasKey)))).toEqual([]);
    // A phrase may name two claims (the remote-access loophole), but not twice the same one.
    for (const c of CLAIMS) expect(dup(c.phrases.map(aliasKey)), c.id).toEqual([]);
  });

  it('gives every claim a source, a caveat and a counter-signal, each with a known source', () => {
    for (const claim of CLAIMS) {
      expect(claim.sources.length, claim.id).toBeGreaterThan(0);
      expect(claim.caveats.length, claim.id).toBeGreaterThan(0);
      expect(claim.counterSignals.length, claim.id).toBeGreaterThan(0);
      const refs = [
        ...claim.sources,
        ...claim.caveats.map((n) => n.source),
        ...claim.counterSignals.map((n) => n.source),
        ...claim.figures.map((f) => f.source),
        ...(claim.quoteSource ? [claim.quoteSource] : []),
      ];
      for (const ref of refs) expect(sourceById(ref), `${claim.id}: ${ref}`).toBeDefined();
    }
  });

  it('has at least two caveats wherever the facts give them', () => {
    for (const claim of CLAIMS) expect(claim.caveats.length, claim.id).toBeGreaterThanOrEqual(2);
  });

  it('compiles every distortion signal, and each distortion names a figure of its claim', () => {
    for (const claim of CLAIMS) {
      for (const d of claim.distortions) {
        for (const source of d.signals ?? []) expect(() => new RegExp(source), `${claim.id}: ${source}`).not.toThrow();
        if (d.appliesTo) expect(claim.figures.map((f) => f.display), claim.id).toContain(d.appliesTo);
      }
    }
  });

  it('keeps concept groups usable: known claims, named groups that exist, terms that can match', () => {
    const ids = new Set(CLAIMS.map((c) => c.id));
    for (const id of Object.keys(DETECTION)) expect(ids, id).toContain(id);
    for (const claim of CLAIMS) {
      const detect = claim.detect;
      if (!detect) continue;
      const names = detect.groups.map((g) => g.name);
      expect(new Set(names).size, claim.id).toBe(names.length);
      for (const name of [...(detect.require ?? []), ...(detect.subject ?? [])]) expect(names, `${claim.id}: ${name}`).toContain(name);
      // The threshold can be reached.
      expect(detect.groups.reduce((sum, g) => sum + g.weight, 0), claim.id).toBeGreaterThanOrEqual(detect.threshold);
      for (const g of detect.groups) {
        for (const term of g.terms) {
          // Latin terms must end in a letter or digit (a word boundary follows) or be a stem.
          if (!CJK.test(term)) expect(term, `${claim.id}/${g.name}`).toMatch(/^[a-z0-9][\s\S]*(?:[a-z0-9]|\*)$/);
          expect(term.slice(0, -1).includes('*'), `${claim.id}/${g.name}: ${term}`).toBe(false);
        }
      }
    }
  });

  it('points every entity at existing claims', () => {
    const ids = new Set(CLAIMS.map((c) => c.id));
    for (const e of ENTITIES) for (const id of e.claims) expect(ids, `${e.id} -> ${id}`).toContain(id);
  });

  it("parses every figure's display text back to its values", () => {
    for (const claim of CLAIMS) {
      for (const figure of claim.figures) {
        const parsed = extractFigures(figure.display.toLowerCase());
        expect(parsed.length, `${claim.id}: ${figure.display}`).toBeGreaterThan(0);
        const first = parsed[0]!;
        expect(first.kind, `${claim.id}: ${figure.display}`).toBe(figure.kind);
        expect(first.value, `${claim.id}: ${figure.display}`).toBeCloseTo(figure.value, 6);
        if (figure.value2 !== undefined) expect(first.value2, `${claim.id}: ${figure.display}`).toBeCloseTo(figure.value2, 6);
      }
    }
  });

  it('keeps the headline figures exact', () => {
    const fig = (id: string) => CLAIMS.find((c) => c.id === id)!.figures.filter((f) => f.role === 'headline');
    expect(fig('huawei-compute-share').map((f) => f.value)).toEqual([4, 2]);
    expect(fig('deepseek-r1-0528-jailbreak').map((f) => f.value)).toEqual([94, 8]);
    expect(fig('supermicro-diversion').map((f) => f.value)).toEqual([2.5e9]);
    expect(fig('us-compute-ratio-11x').map((f) => f.value)).toEqual([11]);
    expect(fig('remote-access-bill-vote').map((f) => [f.value, f.value2])).toEqual([[369, 22]]);
    expect(fig('chinese-labs-safety-evals').map((f) => [f.value, f.value2])).toEqual([[3, 13]]);
    expect(fig('scenario-one-lead').map((f) => [f.value, f.value2])).toEqual([[12, 24]]);
  });

  it('rejects broken data', () => {
    const broken = structuredClone(KNOWLEDGE);
    broken.claims[1]!.caveats = [];
    broken.claims[2]!.figures[0]!.kind = 'percentage' as never;
    broken.sources[0]!.url = 'http://example.com/not-https';
    const result = knowledgeSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.length).toBeGreaterThanOrEqual(3);
  });
});
