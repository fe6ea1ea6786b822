/**
 * The baseline the bench holds the extension against: a small MV3 extension, written by the bench,
 * that runs mark.js `markRegExp` with one RegExp over the same alias list as a content script at
 * `document_idle` (a plain highlighter on its own ground: isolated world, same pages, same run).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { KNOWLEDGE } from '../lib/knowledge';
import { aliasKey } from '../lib/matching/anchor-index';
import { escapeRegExp } from '../lib/matching/escape-regexp';

/** Marked by the baseline when it has highlighted the page. */
export const BASELINE_DONE_MARK = 'baseline:done';

/** The same alias list the matcher compiles, longest first, as one RegExp source. */
export function aliasPatternSource(): string {
  const keys = new Set(
    [...KNOWLEDGE.entities.flatMap((e) => e.aliases), ...KNOWLEDGE.claims.flatMap((c) => [...c.phrases, ...c.topicWords])].map(aliasKey),
  );
  return `\\b(?:${[...keys].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})s?\\b`;
}

/** Writes the baseline extension into `dir` and returns it. */
export function writeBaselineExtension(dir: string): string {
  const require = createRequire(import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mark.min.js'), readFileSync(require.resolve('mark.js/dist/mark.min.js')));
  writeFileSync(
    join(dir, 'highlight.js'),
    `new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(aliasPatternSource())}, 'gi'), {
  acrossElements: false,
  done: () => performance.mark(${JSON.stringify(BASELINE_DONE_MARK)}),
});\n`,
  );
  const manifest = {
    manifest_version: 3,
    name: 'mark.js baseline',
    version: '1.0.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['mark.min.js', 'highlight.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}
