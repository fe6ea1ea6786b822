// Builds the command-line tool into .output/cli (run by postinstall, and by bin/countersignal.mjs
// whenever a source is newer than the build). Dependencies stay in node_modules.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outdir = join(root, '.output', 'cli');

export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: { countersignal: 'cli/run-cli.ts', 'audit-worker': 'cli/audit-worker.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
