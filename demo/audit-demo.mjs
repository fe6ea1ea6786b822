// `npm run demo:audit`: audits the bundled sample articles (demo/articles), writes the HTML report
// to demo/out/audit-report.html and a screenshot of it to demo/out/audit-report.png (Chromium).
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'demo', 'out');
mkdirSync(out, { recursive: true });
const report = join(out, 'audit-report.html');
const run = spawnSync(process.execPath, [join(root, 'bin', 'countersignal.mjs'), 'audit', join('demo', 'articles'), '--html', report], {
  cwd: root,
  stdio: 'inherit',
});
if (run.status !== 0) process.exit(run.status ?? 1);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 1500 } });
await page.goto(pathToFileURL(report).href);
await page.screenshot({ path: join(out, 'audit-report.png') });
await browser.close();
console.log(`report: ${report}\nscreenshot: ${join(out, 'audit-report.png')}`);
