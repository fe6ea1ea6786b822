/**
 * The audit pipeline on articles written for these tests: one input to findings, findings to the
 * per-claim audit, and the audit to CSV, HTML and an exit code.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes, auditFile } from '@/cli/audit-input';
import { aggregate, verdictColumns } from '@/lib/audit/aggregate';
import type { ArticleResult, Finding } from '@/lib/audit/article-result';
import { auditCsv, csvField } from '@/lib/audit/csv';
import { exitCode } from '@/lib/audit/exit-code';
import { htmlReport } from '@/lib/audit/html-report';
import { terminalTable } from '@/lib/audit/terminal-table';

const utf8 = (s: string) => new TextEncoder().encode(s);
const html = (title: string, paragraphs: string[]) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const ACCURATE = html('Export controls, explained', [
  "Anthropic's paper on AI leadership says Huawei will produce about 4% of Nvidia's aggregate compute in 2026.",
  "In the government's test, DeepSeek R1-0528 complied with 94% of overtly malicious requests under a jailbreak.",
  'Lawmakers are watching how export controls on AI chips are enforced.',
]);
const MISQUOTING = html('A briefing gets it wrong', [
  "Export controls on AI chips are back in the news after Anthropic's paper.",
  "A briefing claimed that Huawei will make 14 percent of Nvidia's compute in 2026.",
  'It also said that DeepSeek R1-0528 complied with 64% of malicious requests in a jailbreak test.',
]);
const DISTORTING = [
  '# How the 11x became a fact',
  '',
  'Anthropic, the AI lab, published a paper on export controls and AI chips.',
  '',
  'A columnist wrote that the United States already has 11 times more compute than China.',
].join('\n');
const UNRELATED = html('Weekend recipes', ['Whisk 250 ml of 2% milk with two eggs and rest the batter for 11 minutes.', 'Serve with thousands of blueberries.']);

describe('auditBytes', () => {
  it('finds consistent figures, misquotes and distortions with their sentences', () => {
    const accurate = auditBytes('accurate.html', utf8(ACCURATE), 'html');
    expect(accurate.status).toBe('audited');
    expect(accurate.findings.map((f) => [f.claimIds[0], f.verdict, f.pageFigure])).toEqual(
      expect.arrayContaining([
        ['huawei-compute-share', 'consistent', '4%'],
        ['deepseek-r1-0528-jailbreak', 'consistent', '94%'],
      ]),
    );
    const wrong = auditBytes('wrong.html', utf8(MISQUOTING), 'html');
    const differs = wrong.findings.filter((f) => f.verdict === 'differs');
    expect(differs.map((f) => [f.claimIds[0], f.pageFigure, f.sourcedFigure])).toEqual([
      ['huawei-compute-share', '14 percent', '4%'],
      ['deepseek-r1-0528-jailbreak', '64%', '94%'],
    ]);
    expect(differs[0]!.sentence).toBe("A briefing claimed that Huawei will make 14 percent of Nvidia's compute in 2026.");
    const distorting = auditBytes('column.md', utf8(DISTORTING), 'markdown');
    expect(distorting.title).toBe('How the 11x became a fact');
    expect(distorting.findings.find((f) => f.distortion)?.claimIds).toEqual(['us-compute-ratio-11x']);
  });

  it('keeps unrelated pages clean and says why an input was skipped', () => {
    expect(auditBytes('recipe.html', utf8(UNRELATED), 'html')).toMatchObject({ status: 'not-relevant', findings: [] });
    expect(auditBytes('empty.html', new Uint8Array(), 'html').skip).toEqual({ reason: 'empty', message: 'empty file' });
    expect(auditBytes('blank.html', utf8('<html><body> <img src=x> </body></html>'), 'html').skip).toMatchObject({ reason: 'empty', message: 'no readable text in the page' });
    expect(auditBytes('photo.html', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'html').skip).toMatchObject({ reason: 'binary', message: 'not text: JPEG image' });
    expect(auditBytes('odd.html', utf8('<meta charset="x-unknown"><p>4%'), 'html').skip?.reason).toBe('encoding');
  });

  it('reads a page in a legacy encoding and notes the guess', () => {
    // No charset declared, and a byte (0xe9, é in windows-1252) that is not UTF-8.
    const [before, after] = MISQUOTING.replace('<meta charset="utf-8">', '').split('A briefing claimed');
    const latin = new Uint8Array([...utf8(before!), ...utf8('Le r'), 0xe9, ...utf8('sum'), 0xe9, ...utf8(' claimed'), ...utf8(after!)]);
    const r = auditBytes('latin.html', latin, 'html');
    expect(r.encoding).toBe('windows-1252');
    expect(r.notes.join()).toMatch(/not valid UTF-8/);
    expect(r.findings.find((f) => f.verdict === 'differs')?.sentence).toBe("Le résumé claimed that Huawei will make 14 percent of Nvidia's compute in 2026.");
  });
});

describe('auditFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'countersignal-audit-unit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses files over the size limit without reading them, and reports unreadable paths', async () => {
    const big = join(dir, 'big.html');
    writeFileSync(big, ACCURATE.repeat(20));
    expect((await auditFile(big, 1024)).skip).toMatchObject({ reason: 'too-large', message: expect.stringMatching(/^too large: 0\.\d MB \(limit 0\.0 MB; raise it with --max-mb\)$/) });
    expect((await auditFile(big)).status).toBe('audited');
    const link = join(dir, 'dangling.html');
    symlinkSync(join(dir, 'nowhere.html'), link);
    expect((await auditFile(link)).skip).toEqual({ reason: 'unreadable', message: 'unreadable: not found (or a broken link)' });
  });
});

const finding = (claimId: string, verdict: string, extra: Partial<Finding> = {}): Finding => ({ claimIds: [claimId], verdict, sentence: `A sentence about ${claimId}.`, ...extra });
const article = (source: string, findings: Finding[], rest: Partial<ArticleResult> = {}): ArticleResult => ({ source, status: 'audited', notes: [], bytes: 100, textChars: 80, findings, ...rest });

describe('aggregate', () => {
  const results: ArticleResult[] = [
    article('a.html', [finding('huawei-compute-share', 'consistent', { pageFigure: '4%' }), finding('huawei-compute-share', 'differs', { pageFigure: '14%', sourcedFigure: '4%' })]),
    article('b.html', [finding('huawei-compute-share', 'consistent'), finding('us-compute-ratio-11x', 'consistent', { distortion: { text: 'x', correction: 'The 11x is conditional.' } })]),
    // Verdicts are open: a `distorted` verdict and one nobody knows yet are counted too.
    article('c.html', [finding('mythos-firefox', 'distorted'), finding('mythos-firefox', 'novel-verdict')]),
    { source: 'd.png', status: 'skipped', skip: { reason: 'binary', message: 'not text: PNG image' }, notes: [], bytes: 9, textChars: 0, findings: [] },
    article('e.html', [], { status: 'not-relevant', notes: ['not valid UTF-8 and no charset declared: decoded as windows-1252'] }),
  ];
  const audit = aggregate(results);

  it('counts articles, skips by reason, verdicts, misquotes and distortions', () => {
    expect(audit.summary).toMatchObject({
      inputs: 5,
      audited: 3,
      notRelevant: 1,
      skipped: 1,
      skippedByReason: { binary: 1 },
      findings: 6,
      findingsByVerdict: { consistent: 3, differs: 1, distorted: 1, 'novel-verdict': 1 },
      misquotes: 1,
      distortions: 2,
      articlesWithMisquotes: 1,
      articlesWithDistortions: 2,
    });
    expect(audit.summary.notes).toEqual({ 'not valid UTF-8 and no charset declared: decoded as windows-1252': 1 });
    expect(audit.verdicts).toEqual(['consistent', 'differs', 'distorted', 'mention', 'novel-verdict']);
    expect(verdictColumns(['mention', 'zeta', 'alpha'])).toEqual(['consistent', 'differs', 'distorted', 'mention', 'alpha', 'zeta']);
  });

  it('counts per claim the articles that state, misquote or distort it, with the offending sentences', () => {
    const huawei = audit.claims.find((c) => c.claimId === 'huawei-compute-share')!;
    expect(huawei).toMatchObject({ articles: 2, misquoting: 1, distorting: 0, clean: 1, articlesByVerdict: { consistent: 2, differs: 1 } });
    expect(huawei.offences).toEqual([{ article: 0, verdict: 'differs', sentence: 'A sentence about huawei-compute-share.', pageFigure: '14%', sourcedFigure: '4%' }]);
    expect(huawei.sources[0]).toEqual({ name: 'Anthropic: 2028: Two scenarios for global AI leadership', url: 'https://www.anthropic.com/research/2028-ai-leadership' });
    const mythos = audit.claims.find((c) => c.claimId === 'mythos-firefox')!;
    expect(mythos).toMatchObject({ articles: 1, distorting: 1, articlesByVerdict: { distorted: 1, 'novel-verdict': 1 } });
    expect(audit.claims.find((c) => c.claimId === 'us-compute-ratio-11x')!.offences[0]!.note).toBe('The 11x is conditional.');
    // Claims with the most misquoting or distorting articles first.
    expect(audit.claims.map((c) => c.claimId)).toEqual(['huawei-compute-share', 'us-compute-ratio-11x', 'mythos-firefox']);
  });

  it('writes CSV with a column per verdict, quoting and defusing formulas', () => {
    const csv = auditCsv(audit).split('\r\n');
    expect(csv[0]).toBe('source,status,skip_reason,message,title,site,date,encoding,claims,findings,misquotes,distortions,verdict_consistent,verdict_differs,verdict_distorted,verdict_mention,verdict_novel-verdict');
    expect(csv[1]).toBe('a.html,audited,,,,,,,1,2,1,0,1,1,0,0,0');
    expect(csv[4]).toBe('d.png,skipped,binary,not text: PNG image,,,,,0,0,0,0,0,0,0,0,0');
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('prints a table with one line per input and the summary', () => {
    const table = terminalTable(audit, 100);
    expect(table).toMatch(/a\.html +1 +1 +0 +ok/);
    expect(table).toMatch(/d\.png +0 +0 +0 +skipped: not text: PNG image/);
    expect(table).toContain('5 inputs: 3 audited, 1 not about AI policy, 1 skipped');
    expect(table).toContain('skipped by reason: binary 1');
  });

  it('escapes every page-derived string in the HTML report and links only to safe URLs', () => {
    const hostile = aggregate([
      article('<img src=x onerror=alert(1)>.html', [finding('huawei-compute-share', 'differs', { pageFigure: '14%', sentence: 'Huawei <script>alert(2)</script> makes 14% of Nvidia\'s "compute".' })], {
        title: '</title><script>alert(3)</script>',
        site: '<b>site</b>',
      }),
      { source: 'javascript:alert(4)', status: 'skipped', skip: { reason: 'fetch-failed', message: '<i>HTTP 500</i>' }, notes: [], bytes: 0, textChars: 0, findings: [] },
    ]);
    const page = htmlReport(hostile, { generatedAt: '2026-11-23T00:00:00Z', hrefOf: (s) => (s.startsWith('javascript') ? s : `file:///tmp/${s}`) });
    expect(page).not.toMatch(/<script|<img|<b>site|<i>HTTP|href="javascript/);
    expect(page).toContain('Huawei &lt;script&gt;alert(2)&lt;/script&gt; makes <mark>14%</mark> of Nvidia&#39;s &quot;compute&quot;.');
    expect(page).toContain('&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(page.match(/<svg class="claim-chart"/g)).toHaveLength(1);
    expect(page).toContain('<a href="https://www.anthropic.com/research/2028-ai-leadership">');
  });
});

describe('exitCode', () => {
  const withMisquote = [article('a', [finding('huawei-compute-share', 'differs')])];
  const withDistortion = [article('b', [finding('mythos-firefox', 'consistent', { distortion: { text: 't', correction: 'c' } })])];
  it('fails only when --fail-on names something the run found', () => {
    expect(exitCode(withMisquote, undefined)).toBe(0);
    expect(exitCode(withMisquote, 'differs')).toBe(1);
    expect(exitCode(withDistortion, 'differs')).toBe(0);
    expect(exitCode(withDistortion, 'differs,distorted')).toBe(1);
    expect(exitCode(withDistortion, 'distortion')).toBe(1);
    expect(exitCode(withMisquote, 'any')).toBe(1);
    expect(exitCode([article('c', [finding('x', 'mention')])], 'mention')).toBe(1);
  });
});
