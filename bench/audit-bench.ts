/**
 * `npm run bench:audit`: the audit command end to end (process start, file walking, reading,
 * decoding, Readability on linkedom, matching, JSON output) over generated coverage: N saved
 * pages of 5-10 KB of article text each. Prints articles per second (median of runs) with the
 * machine's core count and load, and the CPU time the run used (all threads, from GNU time), so
 * that a run on a loaded machine still says what the command costs: CPU ms per article, and the
 * rate that cost allows on this many cores. Checks the target (200/s) against the measured rate;
 * when the machine is loaded beyond its cores the check is reported but does not fail.
 * Writes bench/out/audit-bench.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
const cpus: number[] = [];
let findings = 0;
const load = loadavg()[0]!;
const GNU_TIME = '/usr/bin/time';
for (let r = 0; r < RUNS; r++) {
  const args = ['bin/countersignal.mjs', 'audit', dir, '--json', '--quiet'];
  const t0 = performance.now();
  let out: Buffer;
  if (existsSync(GNU_TIME)) {
    const run = spawnSync(GNU_TIME, ['-f', 'cpu %U %S', process.execPath, ...args], { maxBuffer: 1 << 30 });
    times.push(performance.now() - t0);
    const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr.toString());
    if (run.status !== 0 || !m) throw new Error(`audit failed: ${run.stderr.toString().slice(-500)}`);
    cpus.push((Number(m[1]) + Number(m[2])) * 1000);
    out = run.stdout;
  } else {
    out = execFileSync(process.execPath, args, { maxBuffer: 1 << 30 });
    times.push(performance.now() - t0);
  }
  const audit = JSON.parse(out.toString()) as { summary: { audited: number; notRelevant: number; findings: number } };
  if (audit.summary.audited + audit.summary.notRelevant !== ARTICLES) throw new Error(`read ${audit.summary.audited + audit.summary.notRelevant} of ${ARTICLES}`);
  findings = audit.summary.findings;
}
rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const rate = ARTICLES / (median / 1000);
const cores = availableParallelism();
cpus.sort((a, b) => a - b);
const cpuMs = cpus.length ? cpus[Math.floor(cpus.length / 2)]! : undefined;
const loaded = load > cores;
const result = {
  date: new Date().toISOString(),
  articles: ARTICLES,
  averageTextKB: +(textBytes / ARTICLES / 1024).toFixed(1),
  findings,
  runsMs: times.map((t) => Math.round(t)),
  medianMs: Math.round(median),
  articlesPerSecond: Math.round(rate),
  cores,
  loadAverageAtStart: +load.toFixed(2),
  ...(cpuMs !== undefined && {
    cpuMs: Math.round(cpuMs),
    cpuMsPerArticle: +(cpuMs / ARTICLES).toFixed(2),
    /** The rate the CPU cost allows with every core to itself (an upper bound). */
    articlesPerSecondCpuBound: Math.round((ARTICLES * cores) / (cpuMs / 1000)),
  }),
  target: TARGET,
};
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/audit-bench.json', JSON.stringify(result, null, 2) + '\n');
console.log(
  `audit: ${ARTICLES} articles (${result.averageTextKB} KB of text each on average, ${findings} findings) ` +
    `in ${result.medianMs} ms (median of ${RUNS}): ${result.articlesPerSecond} articles/s ` +
    `on ${cores} cores, load average ${result.loadAverageAtStart} at start (target ${TARGET}/s)`,
);
if (cpuMs !== undefined) {
  console.log(`CPU: ${result.cpuMsPerArticle} ms per article (all threads), i.e. at most ${result.articlesPerSecondCpuBound} articles/s on ${cores} free cores`);
}
if (rate < TARGET) {
  console.error(`below the target of ${TARGET} articles/s${loaded ? ` (the machine is loaded: load average ${load.toFixed(1)} on ${cores} cores; not counted as a failure)` : ''}`);
  if (!loaded) process.exitCode = 1;
}
