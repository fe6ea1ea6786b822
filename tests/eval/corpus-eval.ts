/**
 * `npm run eval:corpus`: measures detection on real coverage. Loads the built extension
 * (.output/chrome-mv3, built if missing) in Chromium on every page of ../shared/corpus/pages,
 * served over http on a loopback port, reads the findings through the popup's public contract
 * (`popup.html?tabId=N`, `[data-claim-id][data-verdicts]`) and scores them against
 * ../shared/corpus/labels.json: recall over `expect`, precision (found ids that are expected or
 * allowed / found ids), and the verdict checks (consistent, differs, noDiffers, forbidAll).
 * Prints a table per page and a last line of figures; exits non-zero below 0.95 / 0.95 or on any
 * failed verdict check. A development tool, not part of `npm test`: the corpus is not in the repo.
 *
 * Env: CORPUS_DIR (default ../shared/corpus), EVAL_PORT (default 4713), CHROMIUM_PATH.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, extensionDir } from '../e2e/extension-fixture';

interface Label {
  expect?: string[];
  allow?: string[];
  consistent?: string[];
  differs?: string[];
  noDiffers?: string[] | true;
  forbidAll?: boolean;
}

const corpusDir = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
const port = Number(process.env.EVAL_PORT ?? 4713);
const MIN_RECALL = 0.95;
const MIN_PRECISION = 0.95;
/** A misquote flag: `distorted` mentions are misquotes too (the statement differs from the source). */
const MISQUOTE = ['differs', 'distorted'];

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (!existsSync(join(corpusDir, 'labels.json')) || !existsSync(join(corpusDir, 'pages'))) {
  fail(`eval:corpus: no corpus at ${corpusDir} (expected labels.json and pages/). Set CORPUS_DIR to a corpus folder.`);
}
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.log('eval:corpus: no build in .output/chrome-mv3, building it…');
  execSync('npm run build', { stdio: 'inherit' });
}

const labels = JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8')) as Record<string, Label>;
const pages = readdirSync(join(corpusDir, 'pages')).filter((f) => f.endsWith('.html')).sort();

const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
  const file = join(corpusDir, 'pages', name);
  if (!pages.includes(name)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
});
await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));

const profile = mkdtempSync(join(tmpdir(), 'countersignal-eval-'));
const context: BrowserContext = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs(),
  viewport: { width: 1200, height: 900 },
});

async function worker() {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker');
}
const extensionId = new URL((await worker()).url()).host;

async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return (await worker()).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id;
  });
}

/** Claim id -> verdicts, as the popup lists them for the page. */
async function findingsOf(name: string): Promise<Map<string, string[]>> {
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/${encodeURIComponent(name)}`);
    // A scan-done mark, or a quiet page (an unrelated page may still get a mark; wait a little either way).
    await page
      .waitForFunction(() => performance.getEntriesByName('countersignal:scan-done').length >= 1, undefined, { timeout: 20_000 })
      .catch(() => undefined);
    const tabId = await tabIdOf(page);
    const popup = await context.newPage();
    try {
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      // The popup renders its status or its list: read the contract until two reads agree (a
      // loaded machine may still be delivering the tab's report).
      await popup.waitForLoadState('load');
      const read = () =>
        popup
          .locator('[data-claim-id][data-verdicts]')
          .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-claim-id')}=${e.getAttribute('data-verdicts') ?? ''}`).join(';'));
      let last = await read();
      for (let i = 0; i < 12; i++) {
        await popup.waitForTimeout(last ? 400 : 600);
        const now = await read();
        if (now && now === last) break;
        last = now;
      }
      const found = last ? last.split(';').map((pair) => pair.split('=') as [string, string]) : [];
      return new Map(found.map(([id, v]) => [id, v.split(/\s+/).filter(Boolean)]));
    } finally {
      await popup.close();
    }
  } finally {
    await page.close();
  }
}

let expectedTotal = 0;
let expectedFound = 0;
let foundTotal = 0;
let foundOk = 0;
const failedChecks: string[] = [];
const rows: string[][] = [];

for (const name of pages) {
  const label = labels[name];
  if (!label) {
    rows.push([name, '-', '-', 'no label', '']);
    continue;
  }
  const found = await findingsOf(name);
  const ids = [...found.keys()];
  const expected = label.expect ?? [];
  const okIds = new Set([...expected, ...(label.allow ?? [])]);
  const missed = expected.filter((id) => !found.has(id));
  const extra = label.forbidAll ? ids : ids.filter((id) => !okIds.has(id));
  expectedTotal += expected.length;
  expectedFound += expected.length - missed.length;
  foundTotal += ids.length;
  foundOk += ids.length - extra.length;

  const checks: string[] = [];
  if (label.forbidAll && ids.length) checks.push(`forbidAll: found ${ids.join(',')}`);
  for (const id of label.consistent ?? []) if (!found.get(id)?.includes('consistent')) checks.push(`${id} not consistent (${found.get(id)?.join('/') ?? 'missing'})`);
  for (const id of label.differs ?? []) if (!found.get(id)?.some((v) => MISQUOTE.includes(v))) checks.push(`${id} not flagged (${found.get(id)?.join('/') ?? 'missing'})`);
  const noDiffers = label.noDiffers === true ? ids : (label.noDiffers ?? []);
  for (const id of noDiffers) if (found.get(id)?.some((v) => MISQUOTE.includes(v))) checks.push(`${id} falsely flagged (${found.get(id)!.join('/')})`);
  failedChecks.push(...checks.map((c) => `${name}: ${c}`));

  rows.push([
    name,
    `${expected.length - missed.length}/${expected.length}`,
    `${ids.length - extra.length}/${ids.length}`,
    [missed.length ? `missed ${missed.join(',')}` : '', extra.length ? `extra ${extra.join(',')}` : ''].filter(Boolean).join('; '),
    checks.join('; '),
    [...found].map(([id, v]) => `${id}:${v.join('/')}`).join(' '),
  ]);
}

await context.close();
server.close();
rmSync(profile, { recursive: true, force: true });

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
console.log(['page'.padEnd(widths[0]!), 'recall'.padEnd(widths[1]!), 'prec.'.padEnd(widths[2]!), 'errors / failed checks'].join('  '));
for (const r of rows) {
  console.log([r[0]!.padEnd(widths[0]!), r[1]!.padEnd(widths[1]!), r[2]!.padEnd(widths[2]!), [r[3], r[4]].filter(Boolean).join(' | ')].join('  '));
  if (process.env.EVAL_VERBOSE && r[5]) console.log(`    found: ${r[5]}`);
}
const recall = expectedTotal ? expectedFound / expectedTotal : 1;
const precision = foundTotal ? foundOk / foundTotal : 1;
const passed = recall >= MIN_RECALL && precision >= MIN_PRECISION && failedChecks.length === 0;
console.log(
  `eval:corpus pages=${pages.length} recall=${recall.toFixed(3)} (${expectedFound}/${expectedTotal}) precision=${precision.toFixed(3)} (${foundOk}/${foundTotal}) failed-verdict-checks=${failedChecks.length} ${passed ? 'PASS' : 'FAIL'}`,
);
process.exit(passed ? 0 : 1);
