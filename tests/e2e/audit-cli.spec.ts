/**
 * The built `countersignal audit` command end to end, over a folder of pages written here (good,
 * misquoting, distorting, unrelated, and every kind of bad input), and over URLs served on the
 * loopback; then its HTML report opened in Chromium. No extension involved.
 */
import { chromium, expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURE_PORT } from '../../playwright.config';

const CLI = resolve('bin/countersignal.mjs');

function runCli(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { maxBuffer: 64 << 20, ...(cwd && { cwd }) }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const page = (title: string, body: string, head = '<meta charset="utf-8">') =>
  `<!doctype html><html><head>${head}<title>${title}</title><meta property="og:site_name" content="Example Times"></head>` +
  `<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${body}</article><footer>Example Times</footer></body></html>`;

interface AuditJson {
  summary: { inputs: number; audited: number; notRelevant: number; skipped: number; skippedByReason: Record<string, number>; misquotes: number; distortions: number };
  verdicts: string[];
  claims: Array<{ claimId: string; articles: number; misquoting: number; distorting: number }>;
  articles: Array<{ source: string; status: string; skip?: { reason: string; message: string }; title?: string; site?: string; encoding?: string; notes: string[]; findings: Array<{ claimIds: string[]; verdict: string; pageFigure?: string; distortion?: unknown }> }>;
}

let dir: string;
const bySource = (audit: AuditJson, name: string) => audit.articles.find((a) => a.source.endsWith(name))!;

test.describe('countersignal audit', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'countersignal-audit-e2e-'));
    const pages = join(dir, 'pages');
    mkdirSync(join(pages, 'nested', 'deeper'), { recursive: true });
    writeFileSync(
      join(pages, 'accurate.html'),
      page('What the chip paper says', "<p>Anthropic's paper on AI leadership estimates that Huawei will produce 4% of Nvidia's aggregate compute in 2026.</p><p>Export controls on AI chips, it argues, are what keep that gap open.</p>"),
    );
    writeFileSync(
      join(pages, 'nested', 'misquote.htm'),
      page('Numbers gone astray', "<p>Export controls on AI chips dominate the debate over Anthropic's paper.</p><p>One memo said Huawei will make 14 percent of Nvidia's compute in 2026.</p><p>It added that DeepSeek R1-0528 complied with 64% of malicious requests under a jailbreak.</p>"),
    );
    writeFileSync(join(pages, 'nested', 'deeper', 'column.md'), '# The gap that is not there yet\n\nAnthropic, the AI lab, wrote about export controls and AI chips.\n\nA pundit said the United States already has 11 times more compute than China.\n');
    writeFileSync(join(pages, 'digest.txt'), 'Evening digest\n\nLawmakers said the Remote Access Security Act passed the House 369-22, and export controls on AI chips were debated again.\n');
    writeFileSync(join(pages, 'recipe.html'), page('Pancakes', '<p>Whisk 250 ml of 2% milk with two eggs and rest the batter for 11 minutes.</p>'));
    // A hostile page: markup in its title and text must come out as text in the report.
    writeFileSync(
      join(pages, 'hostile.html'),
      page('&lt;img src=x onerror=alert(1)&gt; Chips', "<p>Anthropic's AI chips paper: &lt;script&gt;alert(2)&lt;/script&gt; Huawei will make 40% of Nvidia's compute, a post on export controls claimed.</p>"),
    );
    // Non-UTF-8 without a declaration (é as 0xe9 in windows-1252).
    writeFileSync(
      join(pages, 'legacy.html'),
      Buffer.concat([Buffer.from("<html><head><title>R"), Buffer.from([0xe9]), Buffer.from("sum</title></head><body><p>Anthropic's AI chips paper says Huawei will produce 4% of Nvidia's aggregate compute, under export controls.</p></body></html>")]),
    );
    // Bad inputs: binary, empty, blank, broken, too large, unreadable.
    writeFileSync(join(pages, 'photo.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(pages, 'empty.md'), '');
    writeFileSync(join(pages, 'blank.html'), '<html><body><div> </div><img src="x.png"></body></html>');
    writeFileSync(join(pages, 'broken.html'), "<html><body><div><p>Anthropic's AI chips paper and export controls: DeepSeek R1-0528 complied with 94% of overtly malicious requests under a jailbreak<div><<b>>unclosed <i>tags");
    writeFileSync(join(pages, 'unknown-charset.html'), '<meta charset="x-martian"><p>AI chips</p>');
    const paragraph = `<p>${'Officials debated export rules for cloud services all week long. '.repeat(20)}</p>\n`;
    writeFileSync(join(pages, 'huge.html'), `<html><body>${paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length))}</body></html>`);
    symlinkSync(join(pages, 'gone.html'), join(pages, 'dangling.html'));
    writeFileSync(join(pages, 'notes.json'), '{"ignored": true}');
  });

  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('audits a folder recursively, counts bad inputs by reason and fails on a misquote when asked', async () => {
    const report = join(dir, 'report.html');
    const run = await runCli(['audit', join(dir, 'pages'), join(dir, 'missing-folder'), '--json', '--html', report, '--fail-on', 'differs']);
    expect(run.code, run.stderr).toBe(1);
    const audit = JSON.parse(run.stdout) as AuditJson;
    expect(audit.summary).toMatchObject({
      inputs: 15,
      audited: 7,
      notRelevant: 1,
      skipped: 7,
      skippedByReason: { binary: 1, empty: 2, encoding: 1, 'too-large': 1, unreadable: 2 },
    });
    expect(audit.articles.some((a) => a.source.endsWith('notes.json'))).toBe(false);
    expect(bySource(audit, 'huge.html').skip).toEqual({ reason: 'too-large', message: 'too large: 50.0 MB (limit 10.0 MB; raise it with --max-mb)' });
    expect(bySource(audit, 'photo.html').skip?.message).toBe('not text: PNG image');
    expect(bySource(audit, 'dangling.html').skip?.message).toBe('unreadable: not found (or a broken link)');
    expect(bySource(audit, 'missing-folder').skip?.reason).toBe('unreadable');
    expect(bySource(audit, 'unknown-charset.html').skip?.message).toBe('unsupported encoding "x-martian"');
    expect(bySource(audit, 'blank.html').skip?.message).toBe('no readable text in the page');
    for (const a of audit.articles.filter((x) => x.status === 'skipped')) expect(run.stderr).toContain(`skipped ${a.source}: ${a.skip!.message}`);

    const misquote = bySource(audit, 'misquote.htm');
    expect(misquote).toMatchObject({ status: 'audited', title: 'Numbers gone astray', site: 'Example Times' });
    expect(misquote.findings.filter((f) => f.verdict === 'differs').map((f) => `${f.claimIds[0]} ${f.pageFigure}`)).toEqual([
      'huawei-compute-share 14 percent',
      'deepseek-r1-0528-jailbreak 64%',
    ]);
    expect(bySource(audit, 'column.md').findings.some((f) => f.distortion && f.claimIds.includes('us-compute-ratio-11x'))).toBe(true);
    expect(bySource(audit, 'digest.txt').findings.map((f) => f.verdict)).toContain('consistent');
    expect(bySource(audit, 'recipe.html').status).toBe('not-relevant');
    const legacy = bySource(audit, 'legacy.html');
    expect(legacy).toMatchObject({ status: 'audited', title: 'Résum', encoding: 'windows-1252' });
    expect(legacy.notes[0]).toMatch(/decoded as windows-1252/);
    expect(bySource(audit, 'broken.html').findings.map((f) => f.verdict)).toContain('consistent');
    const huawei = audit.claims.find((c) => c.claimId === 'huawei-compute-share')!;
    expect(huawei).toMatchObject({ articles: 4, misquoting: 2 });
    expect(audit.verdicts.slice(0, 4)).toEqual(['consistent', 'differs', 'distorted', 'mention']);

    // The HTML report, opened in Chromium: no console error, the charts drawn, hostile text inert.
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(pathToFileURL(report).href);
      await expect(tab.locator('h1')).toHaveText('Countersignal audit');
      const section = tab.locator('section[data-claim-id="huawei-compute-share"]');
      await expect(section).toContainText('4 articles state or name it; 2 misquote it');
      const chart = section.locator('svg.claim-chart');
      await expect(chart).toBeVisible();
      const bar = await chart.locator('rect.bar-misquoting').boundingBox();
      const full = await chart.locator('rect.bar-articles').boundingBox();
      expect(bar!.width).toBeGreaterThan(0);
      expect(full!.width).toBeCloseTo(bar!.width * 2, -1);
      await expect(section.locator('mark', { hasText: '14 percent' })).toBeVisible();
      await expect(tab.locator('section.claim svg.claim-chart')).toHaveCount(audit.claims.length);
      await expect(tab.locator('a[href^="https://www.anthropic.com/"]').first()).toBeVisible();
      await expect(tab.locator('#skipped tbody tr')).toHaveCount(7);
      await expect(tab.getByText('<script>alert(2)</script>', { exact: false }).first()).toBeVisible();
      await expect(tab.locator('img')).toHaveCount(0);
      expect(await tab.evaluate(() => document.scripts.length)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  test('prints CSV and a table, and exits 0 when --fail-on is not given', async () => {
    const csv = await runCli(['audit', join(dir, 'pages', 'nested'), '--csv']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toMatch(/^source,status,skip_reason,.*,verdict_consistent,verdict_differs,verdict_distorted,verdict_mention/);
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes('misquote.htm'))).toMatch(/,audited,.*,Numbers gone astray,Example Times,/);

    const table = await runCli(['audit', 'accurate.html', 'photo.html'], join(dir, 'pages'));
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^accurate\.html — What the chip paper says +2 +0 +0 +ok$/m);
    expect(table.stdout).toContain('skipped: not text: PNG image');
    expect(table.stdout).toContain('2 inputs: 1 audited, 0 not about AI policy, 1 skipped');
  });

  test('fetches --urls from a server (loopback here) and reports failed fetches', async () => {
    const list = join(dir, 'urls.txt');
    const base = `http://127.0.0.1:${FIXTURE_PORT}`;
    // A port nothing listens on: one the system just handed out and took back.
    const closed = await new Promise<number>((done) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => done(port));
      });
    });
    writeFileSync(list, `# coverage to check\n${base}/sample-article.html\n${base}/unrelated.html\n\n${base}/no-such-page.html\nhttp://127.0.0.1:${closed}/refused.html\nnot a url\n`);
    const run = await runCli(['audit', '--urls', list, '--json', '--fail-on', 'differs,distorted']);
    expect(run.code).toBe(1);
    const audit = JSON.parse(run.stdout) as AuditJson;
    expect(audit.summary).toMatchObject({ inputs: 5, audited: 1, notRelevant: 1, skipped: 3, skippedByReason: { 'fetch-failed': 3 } });
    const sample = bySource(audit, '/sample-article.html');
    expect(sample.encoding).toBe('utf-8');
    expect(sample.findings.filter((f) => f.verdict === 'differs').length).toBeGreaterThan(0);
    expect(bySource(audit, '/no-such-page.html').skip?.message).toBe('HTTP 404 Not Found');
    expect(bySource(audit, 'refused.html').skip?.message).toMatch(/^could not fetch: ECONNREFUSED/);
    expect(bySource(audit, 'not a url').skip?.message).toBe('not an http(s) URL');
  });

  test('explains a usage error with exit code 2', async () => {
    const run = await runCli(['audit']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no PATH or --urls given');
    expect(run.stderr).toContain('Usage: countersignal audit');
  });
});
