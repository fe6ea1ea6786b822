import { chromium } from '@playwright/test';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer } from '../tests/serve-fixtures.mjs';
import { articleHtml } from './generate-article';
import { mainThreadTasks, markTime, rendererOf, startProfileAndTrace } from './trace-tasks';
mkdirSync('/tmp/diag/p6', { recursive: true });
writeFileSync('/tmp/diag/p6/a.html', articleHtml(2_000_000 * Number(process.env.SIZE ?? 1)));
const server = await startFixtureServer(4597, '/tmp/diag/p6');
const ext = resolve('.output/chrome-mv3');
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/d-'), { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1200, height: 900 }, args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-background-networking'] });
for (let i = 0; i < 2; i++) {
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:4597/health');
const cdp = await ctx.newCDPSession(page);
const rec = await startProfileAndTrace(cdp, 250);
await page.goto(`http://127.0.0.1:4597/a.html`);
await page.waitForFunction(() => performance.getEntriesByName('countersignal:scan-done').length > 0, null, { timeout: 60000 });
await page.waitForTimeout(300);
const { events } = await rec.stop();
if (i === 0) { await page.close(); continue; }
const pid = rendererOf(events, ['countersignal:scan'])!;
const t0 = markTime(events, 'countersignal:scan')!;
const tid = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')!.tid;
for (const e of events.filter((e) => e.pid === pid && e.tid === tid && ((e.name === 'RunTask' && (e.dur ?? 0) > 1500) || e.name === 'UpdateLayoutTree' || e.name === 'FireIdleCallback' || e.name === 'RunYieldContinuation' || e.name === 'FireAnimationFrame')).sort((a, b) => a.ts - b.ts)) {
  const rel = (e.ts - t0) / 1000; if (rel < -100 || rel > 400) continue;
  console.log(rel.toFixed(1).padStart(8), e.name, ((e.dur ?? 0) / 1000).toFixed(1));
}
}
await ctx.close(); server.close();
