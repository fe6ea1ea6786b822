/**
 * The files an audit reads: each path given, and every .html/.htm/.txt/.md file under each folder
 * given (recursively, in a stable order, without following links to folders). A path that cannot
 * be read is kept, so that it is reported rather than silently dropped.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { kindOfPath } from './input-kinds';

export interface CollectedInputs {
  files: string[];
  /** Paths given on the command line that could not be opened (reported as unreadable). */
  missing: string[];
}

async function walk(dir: string, out: string[], seen: Set<string>): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    out.push(dir);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      await walk(path, out, seen);
    } else if (kindOfPath(e.name) && !seen.has(path)) {
      // Files and links to files (a broken link is kept, and reported as unreadable).
      seen.add(path);
      out.push(path);
    }
  }
}

export async function collectInputs(paths: readonly string[]): Promise<CollectedInputs> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      missing.push(p);
      continue;
    }
    if (isDir) await walk(p, files, seen);
    else if (!seen.has(p)) {
      seen.add(p);
      files.push(p);
    }
  }
  return { files, missing };
}
