import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, PAPER, SOURCES } from '@/lib/knowledge';
import { translationGaps } from '@/lib/knowledge/translations/completeness';
import { localizeClaim, localizeDistortion, localizePaper, TRANSLATIONS } from '@/lib/knowledge/translations';
import type { KnowledgeTranslation } from '@/lib/knowledge/translations/types';
import { ZH_HANS } from '@/lib/knowledge/translations/zh-hans';
import { ZH_HANT } from '@/lib/knowledge/translations/zh-hant.generated';
import { traditionalKnowledgeModule } from '@/lib/i18n/traditional';
import { numbersIn, numbersMissing } from './numbers-in-text';

/** Every (English, translated) pair of reader-facing strings, with a readable path. */
function pairs(t: KnowledgeTranslation): Array<[path: string, english: string, translated: string]> {
  const out: Array<[string, string, string]> = [];
  for (const claim of KNOWLEDGE.claims) {
    const c = t.claims[claim.id];
    if (!c) continue;
    const at = `claims.${claim.id}`;
    out.push([`${at}.title`, claim.title, c.title], [`${at}.summary`, claim.summary, c.summary]);
    if (claim.quote && c.quote) out.push([`${at}.quote`, claim.quote, c.quote]);
    for (const f of claim.figures) {
      const tf = c.figures[f.display];
      if (tf) out.push([`${at}.figures[${f.display}].display`, f.display, tf.display], [`${at}.figures[${f.display}].measures`, f.measures, tf.measures]);
    }
    for (const n of claim.caveats) if (c.caveats[n.text]) out.push([`${at}.caveats`, n.text, c.caveats[n.text]!]);
    for (const n of claim.counterSignals) if (c.counterSignals[n.text]) out.push([`${at}.counterSignals`, n.text, c.counterSignals[n.text]!]);
    for (const d of claim.distortions) {
      const td = c.distortions[d.text];
      if (td) out.push([`${at}.distortions.text`, d.text, td.text], [`${at}.distortions.correction`, d.correction, td.correction]);
    }
  }
  const p = t.paper;
  out.push(['paper.date', PAPER.date, p.date]);
  for (const x of PAPER.thesis) if (p.thesis[x]) out.push(['paper.thesis', x, p.thesis[x]]);
  for (const group of ['scenarios', 'fronts', 'asks'] as const) {
    for (const item of PAPER[group]) {
      const ti = p[group][item.name];
      if (ti) out.push([`paper.${group}`, item.name, ti.name], [`paper.${group}`, item.text, ti.text]);
    }
  }
  for (const n of [...PAPER.framing, ...PAPER.interestedParty]) if (p.notes[n.text]) out.push(['paper.notes', n.text, p.notes[n.text]!]);
  for (const m of PAPER.misstatements) if (p.misstatements[m]) out.push(['paper.misstatements', m, p.misstatements[m]]);
  for (const s of SOURCES) {
    const ts = t.sources[s.id];
    if (ts) out.push([`sources.${s.id}.name`, s.name, ts.name]);
    if (ts && 'date' in s && s.date) out.push([`sources.${s.id}.date`, s.date, ts.date ?? '']);
  }
  return out;
}

describe('knowledge translations', () => {
  it.each([
    ['zh-Hans', ZH_HANS],
    ['zh-Hant', ZH_HANT],
  ])('%s translates every reader-facing string of the knowledge base, and nothing else', (_lang, t) => {
    // A gap is listed by path: a claim, field or (English) item added or changed without its translation.
    expect(translationGaps(KNOWLEDGE, t)).toEqual({ missing: [], extra: [] });
  });

  it('reports precisely what is missing or extra', () => {
    const claim = KNOWLEDGE.claims.find((c) => c.id === 'huawei-compute-share')!;
    expect(claim.caveats[0]!.text).toMatch(/^These are projections, not measurements; the 2027 figure /);
    const edited = structuredClone(ZH_HANS);
    delete edited.claims[claim.id]!.caveats[claim.caveats[0]!.text];
    edited.claims[claim.id]!.counterSignals['A counter-signal nobody wrote.'] = '没人写过的反向信号。';
    delete edited.claims['four-fronts'];
    const gaps = translationGaps(KNOWLEDGE, edited);
    expect(gaps.missing).toEqual(['claims.huawei-compute-share.caveats["These are projections, not measurements; the 2027 figure …"]', 'claims.four-fronts']);
    expect(gaps.extra).toEqual(['claims.huawei-compute-share.counterSignals["A counter-signal nobody wrote."]']);
  });

  it('states every number of the English text in the Simplified Chinese (figures, dates, model names)', () => {
    const all = pairs(ZH_HANS);
    expect(all.length).toBeGreaterThan(200);
    const wrong = all.filter(([, en, zh]) => numbersMissing(en, zh).length > 0).map(([path, en, zh]) => `${path}: ${numbersMissing(en, zh).join(', ')} missing from ${zh} (English: ${en})`);
    expect(wrong).toEqual([]);
  });

  it('writes the text in Chinese, keeping the paper’s quotations in English only beside a translation', () => {
    const notChinese = pairs(ZH_HANS).filter(([path, , zh]) => !path.includes('.display') && !path.startsWith('sources.') && !/\p{Script=Han}/u.test(zh));
    expect(notChinese).toEqual([]);
    // A thesis line quotes the paper in English and renders it in Chinese, marked as a translation.
    for (const line of Object.values(ZH_HANS.paper.thesis)) expect(line).toMatch(/“[A-Za-z][^”]+”（译文：“[^”]+”）/);
  });

  it('the Traditional file is the current conversion of the Simplified one, with every number unchanged', () => {
    const onDisk = readFileSync('lib/knowledge/translations/zh-hant.generated.ts', 'utf8');
    expect(onDisk, 'run npm run i18n:traditional').toBe(traditionalKnowledgeModule(ZH_HANS));
    const hans = pairs(ZH_HANS);
    const hant = pairs(ZH_HANT);
    expect(hant.length).toBe(hans.length);
    hans.forEach(([path, , s], i) => expect(numbersIn(hant[i]![2]), path).toEqual(numbersIn(s)));
    // The conversion really converts (a sample of script-specific characters).
    expect(ZH_HANT.claims['huawei-compute-share']!.title).toContain('華為');
  });

  it('localizes a claim, keeping ids, values and sources, and falls back to English for a gap', () => {
    const claim = KNOWLEDGE.claims.find((c) => c.id === 'deepseek-r1-0528-jailbreak')!;
    const zh = localizeClaim(claim, 'zh-Hans');
    expect(zh.title).toContain('DeepSeek R1-0528');
    expect(zh.title).toContain('94%');
    expect(zh.quote).toBe(claim.quote);
    expect(zh.quoteTranslation).toContain('94%');
    expect(zh.figures.map((f) => [f.kind, f.value, f.source])).toEqual(claim.figures.map((f) => [f.kind, f.value, f.source]));
    expect(zh.sources).toEqual(claim.sources);
    expect(localizeClaim(claim, 'en')).toBe(claim);

    const gap = { ...claim, caveats: [{ text: 'A caveat added in English only.', source: 'caisi' }] };
    expect(localizeClaim(gap, 'zh-Hant').caveats[0]!.text).toBe('A caveat added in English only.');
    const distortion = claim.distortions[0]!;
    expect(localizeDistortion([claim.id], distortion, 'zh-Hant').text).toContain('DeepSeek');
    expect(localizeDistortion([claim.id], { text: 'unknown', correction: 'x' }, 'zh-Hans').text).toBe('unknown');
  });

  it('localizes the paper overview with its English title kept', () => {
    const zh = localizePaper(PAPER, 'zh-Hans');
    expect(zh.title).toBe(PAPER.title);
    expect(zh.titleTranslation).toBe(TRANSLATIONS['zh-Hans'].paper.title);
    expect(zh.scenarios.map((s) => s.name)).toEqual(['情景一：民主国家领先', '情景二：接近对等']);
    expect(zh.date).toBe('2026年5月14日');
  });
});
