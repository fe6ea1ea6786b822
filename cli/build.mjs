// Builds the command-line tool into .output/cli (run by postinstall, and by bin/countersignal.mjs
// whenever a source is newer than the build).
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
    // Dependencies are bundled too: loading linkedom's hundreds of modules one by one costs each
    // worker most of a second. node-canvas (optional in linkedom) stays out.
    external: ['canvas'],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
