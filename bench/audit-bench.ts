/**
 * `npm run bench:audit`: the audit command end to end (process start, file walking, reading,
 * decoding, Readability on linkedom, matching, JSON output) over generated coverage: N saved
 * pages of 5-10 KB of article text each. Prints articles per second (median of runs) with the
 * machine's core count and load, checks the target (200/s) and writes bench/out/audit-bench.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { coveragePage } from './generate-coverage';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET = 200;

const dir = mkdtempSync(join(tmpdir(), 'countersignal-audit-bench-'));
let textBytes = 0;
for (let i = 0; i < ARTICLES; i++) {
  const size = 5000 + ((i * 2654435761) % 5001);
  textBytes += size;
  writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.html`), coveragePage(i, size));
}

const times: number[] = [];
let findings = 0;
const load = loadavg()[0]!;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, ['bin/countersignal.mjs', 'audit', dir, '--json', '--quiet'], { maxBuffer: 1 << 30 });
  times.push(performance.now() - t0);
  const audit = JSON.parse(out.toString()) as { summary: { audited: number; notRelevant: number; findings: number } };
  if (audit.summary.audited + audit.summary.notRelevant !== ARTICLES) throw new Error(`read ${audit.summary.audited + audit.summary.notRelevant} of ${ARTICLES}`);
  findings = audit.summary.findings;
}
rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const rate = ARTICLES / (median / 1000);
const result = {
  date: new Date().toISOString(),
  articles: ARTICLES,
  averageTextKB: +(textBytes / ARTICLES / 1024).toFixed(1),
  findings,
  runsMs: times.map((t) => Math.round(t)),
  medianMs: Math.round(median),
  articlesPerSecond: Math.round(rate),
  cores: availableParallelism(),
  loadAverageAtStart: +load.toFixed(2),
  target: TARGET,
};
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/audit-bench.json', JSON.stringify(result, null, 2) + '\n');
console.log(
  `audit: ${ARTICLES} articles (${result.averageTextKB} KB of text each on average, ${findings} findings) ` +
    `in ${result.medianMs} ms (median of ${RUNS}): ${result.articlesPerSecond} articles/s ` +
    `on ${result.cores} cores, load average ${result.loadAverageAtStart} at start (target ${TARGET}/s)`,
);
if (rate < TARGET) {
  console.error(`below the target of ${TARGET} articles/s`);
  process.exitCode = 1;
}
