#!/usr/bin/env node
// `npx countersignal audit PATH...`: runs the built CLI, building it first when it is missing or
// older than its sources (cli/, lib/), so no manual build step is ever needed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const built = join(root, '.output', 'cli', 'countersignal.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.[cm]?[jt]sx?$/.test(e.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale = () => {
  if (!existsSync(built) || !existsSync(join(root, 'cli'))) return !existsSync(built);
  const builtAt = statSync(built).mtimeMs;
  return Math.max(newestSource(join(root, 'cli')), newestSource(join(root, 'lib'))) > builtAt;
};

if (stale()) {
  const { buildCli } = await import(pathToFileURL(join(root, 'cli', 'build.mjs')).href);
  await buildCli();
}
await import(pathToFileURL(built).href);
