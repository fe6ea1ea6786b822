/**
 * `countersignal audit PATH... [--urls FILE]`: checks a body of saved coverage against the
 * paper's sourced figures, in parallel on worker threads, and reports as a terminal table, JSON,
 * CSV and/or a self-contained HTML report.
 */
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { skipped, type ArticleResult } from '../lib/audit/article-result';
import { aggregate, type Audit } from '../lib/audit/aggregate';
import { auditCsv } from '../lib/audit/csv';
import { EXIT_USAGE, exitCode } from '../lib/audit/exit-code';
import { htmlReport } from '../lib/audit/html-report';
import { terminalTable } from '../lib/audit/terminal-table';
import { KNOWLEDGE } from '../lib/knowledge';
import { DEFAULT_MAX_BYTES } from './input-kinds';
import { collectInputs } from './collect-inputs';
import { fetchPage, readUrlList } from './fetch-urls';
import { ProgressBar } from './progress-bar';
import { WorkerPool } from './worker-pool';

const USAGE = `Usage: countersignal audit [options] PATH...

Checks saved articles (.html, .htm, .txt, .md; folders are read recursively) against the sourced
figures of Anthropic's paper "2028: Two scenarios for global AI leadership".

Options:
  --urls FILE        also fetch and audit the URLs listed in FILE (one a line)
  --json             print the audit as JSON instead of the table
  --csv              print one CSV row per input instead of the table
  --html FILE        write a self-contained HTML report to FILE
  --fail-on LIST     exit with code 1 when the run finds any of LIST (comma-separated):
                     differs (a misquoted figure), distorted / distortion, any, or a verdict name
  --jobs N           worker threads (default: the number of cores)
  --max-mb N         skip inputs larger than N MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
  --quiet            no progress bar and no messages on stderr
  -h, --help         show this help
`;

const URL_CONCURRENCY = 6;

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      urls: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      html: { type: 'string' },
      'fail-on': { type: 'string' },
      jobs: { type: 'string' },
      'max-mb': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function usageError(message: string): number {
  process.stderr.write(`countersignal: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}

export function auditJson(audit: Audit, generatedAt: string): string {
  return JSON.stringify(
    { tool: 'countersignal audit', generatedAt, knowledgeReviewed: KNOWLEDGE.reviewed, ...audit },
    null,
    2,
  );
}

export async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'audit') return usageError(command ? `unknown command "${command}"` : 'no command given');
  if (values.json && values.csv) return usageError('choose one of --json and --csv');
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usageError('--jobs needs a whole number of at least 1');
  const maxBytes = values['max-mb'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-mb']) * 1024 * 1024;
  if (!(maxBytes > 0)) return usageError('--max-mb needs a positive number');

  const urls: string[] = [];
  for (const file of values.urls ?? []) {
    try {
      urls.push(...(await readUrlList(file)));
    } catch (error) {
      return usageError(`cannot read the URL list ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const { files, missing } = await collectInputs(paths);
  const total = files.length + missing.length + urls.length;
  if (!total) return usageError(paths.length || urls.length ? 'no .html, .htm, .txt or .md files found' : 'no PATH or --urls given');

  const quiet = values.quiet === true;
  const progress = new ProgressBar(total, process.stderr, !quiet && process.stderr.isTTY === true && total > 20);
  const pool = new WorkerPool(new URL('./audit-worker.mjs', import.meta.url), { size: Math.min(jobs, files.length + urls.length || 1) });
  const results: ArticleResult[] = new Array(total);
  const done = (i: number) => (r: ArticleResult) => {
    results[i] = r;
    progress.tick();
  };
  const work: Promise<void>[] = [];
  missing.forEach((p, i) => done(files.length + i)(skipped(p, 'unreadable', 'unreadable: not found')));
  files.forEach((path, i) => work.push(pool.run({ type: 'file', path, maxBytes }).then(done(i))));
  const urlBase = files.length + missing.length;
  let nextUrl = 0;
  const fetcher = async () => {
    while (nextUrl < urls.length) {
      const i = nextUrl++;
      const page = await fetchPage(urls[i]!, maxBytes);
      if ('status' in page) done(urlBase + i)(page);
      else await pool.run({ type: 'bytes', source: page.source, bytes: page.bytes, kind: page.kind, ...(page.charset && { charset: page.charset }) }).then(done(urlBase + i));
    }
  };
  for (let k = 0; k < Math.min(URL_CONCURRENCY, urls.length); k++) work.push(fetcher());
  await Promise.all(work);
  await pool.close();
  progress.finish();

  const generatedAt = new Date().toISOString();
  const audit = aggregate(results);
  if (values.json) process.stdout.write(auditJson(audit, generatedAt) + '\n');
  else if (values.csv) process.stdout.write(auditCsv(audit));
  else process.stdout.write(terminalTable(audit, Math.max(80, process.stdout.columns ?? 120)));
  if ((values.json || values.csv) && !quiet) {
    for (const a of audit.articles) if (a.status === 'skipped') process.stderr.write(`countersignal: skipped ${a.source}: ${a.skip?.message}\n`);
  }
  if (values.html) {
    const hrefOf = (source: string) => (/^https?:\/\//i.test(source) ? source : pathToFileURL(resolve(source)).href);
    await writeFile(values.html, htmlReport(audit, { generatedAt, hrefOf }));
    if (!quiet) process.stderr.write(`countersignal: report written to ${values.html}\n`);
  }
  return exitCode(results, values['fail-on']);
}
