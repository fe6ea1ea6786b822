/**
 * `npm run bench`: the built extension in Chromium on a generated long article (1x = 2 MB of
 * text, and 4x), against baselines measured on the same page in the same run:
 * - mark.js `markRegExp` with one RegExp over the same alias list (a well-known highlighter);
 * - the floor: one TreeWalker pass that only reads every text node.
 * Reports medians of several runs as a table and as JSON (bench/out/page-bench.json).
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KNOWLEDGE } from '../lib/knowledge';
import { aliasKey } from '../lib/matching/anchor-index';
import { startFixtureServer } from '../tests/serve-fixtures.mjs';
import { articleHtml } from './generate-article';
import { escapeRegExp } from '../lib/matching/escape-regexp';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = [1, 4];
const BYTES_1X = 2_000_000;
const PORT = 4581;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extensionDir = resolve('.output/chrome-mv3');
const outDir = resolve('bench/out');
const require = createRequire(import.meta.url);
const markJs = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

// The same alias list the matcher compiles, as one RegExp (what mark.js is given).
const aliasSource = [
  ...new Set([...KNOWLEDGE.entities.flatMap((e) => e.aliases), ...KNOWLEDGE.claims.flatMap((c) => [...c.phrases, ...c.topicWords])].map(aliasKey)),
]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Long tasks of the whole page life, from before any script runs.
const LONGTASK_INIT = `window.__longtasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m: { name: string; value: number }) => [m.name, m.value]));
}

async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.addInitScript(LONGTASK_INIT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('HeapProfiler.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return { page, cdp };
}

/**
 * The longest main-thread task after DOMContentLoaded: the content script starts after it (at
 * document_idle), so the parsing of the page's own HTML is not counted against it.
 */
const longestAfterDcl = (page: Page) =>
  page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const tasks = (window as unknown as { __longtasks: Array<[number, number]> }).__longtasks ?? [];
    return Math.max(0, ...tasks.filter(([start]) => start >= nav.domContentLoadedEventEnd).map(([, d]) => d));
  });

interface Run {
  extScriptMs: number;
  /** The content script's own account of its main-thread time (performance.measure detail). */
  extBusyMs: number;
  extHeapMB: number;
  extLongestTaskMs: number;
  dclToScanMs: number;
  highlights: number;
  markScriptMs: number;
  markLongestTaskMs: number;
  floorScriptMs: number;
}

async function runOnce(withExt: BrowserContext, plain: BrowserContext, url: string): Promise<Run> {
  // With the extension: wait for its last scan, then let the page settle.
  const ext = await openPage(withExt, url);
  await ext.page.waitForFunction(() => performance.getEntriesByName('countersignal:scan-done').length > 0, null, { timeout: 60_000 });
  await ext.page.waitForTimeout(500);
  const extMetrics = await metrics(ext.cdp);
  const { dclToScanMs, highlights, busyMs } = await ext.page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const marks = performance.getEntriesByName('countersignal:scan-done');
    const busy = performance.getEntriesByName('countersignal:scan').reduce((n, m) => n + ((m as PerformanceMeasure).detail?.busyMs ?? 0), 0);
    const count = ['consistent', 'differs', 'mention'].reduce((n, v) => n + (CSS.highlights.get(`countersignal-${v}`)?.size ?? 0), 0);
    return { dclToScanMs: marks.at(-1)!.startTime - nav.domContentLoadedEventStart, highlights: count, busyMs: busy };
  });
  const extLongestTaskMs = await longestAfterDcl(ext.page);
  await ext.page.close();

  // The same page without the extension, held open as long.
  const base = await openPage(plain, url);
  await base.page.waitForTimeout(Math.max(500, dclToScanMs + 500));
  const baseMetrics = await metrics(base.cdp);

  // mark.js markRegExp with the same alias list, on that page.
  await base.page.addScriptTag({ content: markJs });
  const beforeMark = await metrics(base.cdp);
  await base.page.evaluate((source) => {
    const Mark = (window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp, o: object): void } }).Mark;
    new Mark(document.body).markRegExp(new RegExp(`\\b(?:${source})\\b`, 'gi'), { acrossElements: false });
  }, aliasSource);
  const afterMark = await metrics(base.cdp);
  const markLongestTaskMs = await longestAfterDcl(base.page);
  await base.page.close();

  // The floor: one TreeWalker pass reading every text node.
  const floor = await openPage(plain, url);
  const beforeFloor = await metrics(floor.cdp);
  const floorWallMs = await floor.page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (walker.nextNode()) n += (walker.currentNode as Text).data.length;
    return n >= 0 ? performance.now() - t0 : 0;
  });
  const afterFloor = await metrics(floor.cdp);
  await floor.page.close();

  return {
    extScriptMs: (extMetrics.ScriptDuration! - baseMetrics.ScriptDuration!) * 1000,
    extBusyMs: busyMs,
    extHeapMB: (extMetrics.JSHeapUsedSize! - baseMetrics.JSHeapUsedSize!) / 1e6,
    extLongestTaskMs,
    dclToScanMs,
    highlights,
    markScriptMs: (afterMark.ScriptDuration! - beforeMark.ScriptDuration!) * 1000,
    markLongestTaskMs,
    // A single synchronous pass: its wall time is its main-thread time (ScriptDuration rounds it away).
    floorScriptMs: Math.max((afterFloor.ScriptDuration! - beforeFloor.ScriptDuration!) * 1000, floorWallMs),
  };
}

async function main() {
  mkdirSync(join(outDir, 'pages'), { recursive: true });
  for (const size of SIZES) writeFileSync(join(outDir, 'pages', `article-${size}x.html`), articleHtml(BYTES_1X * size));
  const server = await startFixtureServer(PORT, join(outDir, 'pages'));
  const profile = mkdtempSync(join(tmpdir(), 'countersignal-bench-'));
  const withExt = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...BASE_ARGS],
  });
  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: BASE_ARGS });
  const plain = await browser.newContext();
  const results: Record<string, unknown>[] = [];
  try {
    for (const size of SIZES) {
      const url = `http://127.0.0.1:${PORT}/article-${size}x.html`;
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(withExt, plain, url));
      const m = (k: keyof Run) => Number(median(runs.map((r) => r[k])).toFixed(1));
      results.push({
        size: `${size}x`,
        textMB: (BYTES_1X * size) / 1e6,
        highlights: m('highlights'),
        extensionScriptMs: m('extScriptMs'),
        extensionBusyMs: m('extBusyMs'),
        markJsScriptMs: m('markScriptMs'),
        floorScriptMs: m('floorScriptMs'),
        // The larger of the two accounts of the extension's time, against mark.js.
        ratioVsMarkJs: Number((Math.max(m('extScriptMs'), m('extBusyMs')) / m('markScriptMs')).toFixed(2)),
        longestTaskMs: m('extLongestTaskMs'),
        markJsLongestTaskMs: m('markLongestTaskMs'),
        dclToScanDoneMs: m('dclToScanMs'),
        heapAddedMB: m('extHeapMB'),
      });
    }
  } finally {
    await withExt.close();
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }

  const content = readFileSync(join(extensionDir, 'content-scripts/content.js'));
  const popover = readFileSync(join(extensionDir, 'popover-ui.js'));
  const bundle = {
    contentScriptKB: Number((content.length / 1024).toFixed(1)),
    contentScriptGzipKB: Number((gzipSync(content, { level: 9 }).length / 1024).toFixed(1)),
    popoverChunkGzipKB: Number((gzipSync(popover, { level: 9 }).length / 1024).toFixed(1)),
  };
  const one = results[0] as Record<string, number>;
  const four = results[1] as Record<string, number>;
  const cost = (r: Record<string, number>) => Math.max(r.extensionScriptMs!, r.extensionBusyMs!);
  const growth = Number((cost(four) / cost(one)).toFixed(2));
  const budgets = [
    ['script time <= mark.js markRegExp (ratio <= 1.0), 1x and 4x', one.ratioVsMarkJs! <= 1 && four.ratioVsMarkJs! <= 1],
    ['no main-thread task over 50 ms, 1x and 4x', one.longestTaskMs! <= 50 && four.longestTaskMs! <= 50],
    ['annotation done within 500 ms of DOMContentLoaded at 1x', one.dclToScanDoneMs! <= 500],
    ['heap added under 10 MB, 1x', one.heapAddedMB! < 10],
    ['cost grows linearly (4x page: <= 5x script time)', growth <= 5],
    ['content script <= 80 KB gzipped', bundle.contentScriptGzipKB <= 80],
  ] as const;
  console.table(results);
  console.table([bundle]);
  console.log(`script time growth 1x -> 4x: ${growth}x`);
  for (const [name, ok] of budgets) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
  const report = { date: new Date().toISOString(), runs: RUNS, results, bundle, growth, budgets: Object.fromEntries(budgets) };
  writeFileSync(join(outDir, 'page-bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written: ${join(outDir, 'page-bench.json')}`);
  if (budgets.some(([, ok]) => !ok)) process.exitCode = 1;
}

await main();
