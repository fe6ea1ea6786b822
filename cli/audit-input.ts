/**
 * Audits one input (a saved file, or a fetched page's bytes): read, decode, extract the article,
 * find the paper's claims in it. Never throws: every failure becomes a skipped result with a
 * message that says why.
 */
import { open } from 'node:fs/promises';
import { decodeBytes } from '../lib/audit/decode-bytes';
import { skipped, type ArticleResult } from '../lib/audit/article-result';
import { createClaimFinder } from '../lib/audit/find-claims';
import { plainTextBlocks } from '../lib/audit/plain-text-blocks';
import { extractHtml } from './extract-html';
import { DEFAULT_MAX_BYTES, kindOfPath, tooLargeMessage, type InputKind } from './input-kinds';

const finder = createClaimFinder();

/** Audits decoded or raw bytes of one input. */
export function auditBytes(source: string, bytes: Uint8Array, kind: InputKind, declaredCharset?: string): ArticleResult {
  try {
    if (bytes.length === 0) return skipped(source, 'empty', 'empty file');
    const decoded = decodeBytes(bytes, { html: kind === 'html', ...(declaredCharset && { declared: declaredCharset }) });
    if (!decoded.ok) return skipped(source, decoded.reason, decoded.message, bytes.length);
    const notes = decoded.note ? [decoded.note] : [];
    let article: { title?: string; site?: string; date?: string; blocks: string[] };
    if (kind === 'html') {
      const html = extractHtml(decoded.text);
      article = html;
      if (!html.readable && html.blocks.length) notes.push('no article found by Readability: read the whole page');
    } else {
      article = plainTextBlocks(decoded.text, kind === 'markdown');
    }
    const textChars = article.blocks.reduce((n, b) => n + b.length, 0);
    const meta = {
      ...(article.title && { title: article.title }),
      ...(article.site && { site: article.site }),
      ...(article.date && { date: article.date }),
      encoding: decoded.encoding,
    };
    if (!textChars) return { ...skipped(source, 'empty', kind === 'html' ? 'no readable text in the page' : 'no text', bytes.length), ...meta };
    const { relevant, findings } = finder.find(article.blocks);
    return { source, status: relevant ? 'audited' : 'not-relevant', ...meta, notes, bytes: bytes.length, textChars, findings };
  } catch (error) {
    return skipped(source, 'unparseable', `could not be read as ${kind}: ${(error as Error).message}`, bytes.length);
  }
}

const describe = (error: NodeJS.ErrnoException) =>
  error.code === 'ENOENT'
    ? 'not found (or a broken link)'
    : error.code === 'EACCES' || error.code === 'EPERM'
      ? 'permission denied'
      : error.code === 'EISDIR'
        ? 'is a directory'
        : error.message;

/** Reads and audits one file, refusing files above `maxBytes` without reading them. */
export async function auditFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ArticleResult> {
  const kind = kindOfPath(path) ?? 'text';
  let bytes: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const { size, isFile } = await handle.stat().then((s) => ({ size: s.size, isFile: s.isFile() }));
      if (!isFile) return skipped(path, 'unreadable', 'not a regular file');
      if (size > maxBytes) return skipped(path, 'too-large', tooLargeMessage(size, maxBytes), size);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return skipped(path, 'unreadable', `unreadable: ${describe(error as NodeJS.ErrnoException)}`);
  }
  return auditBytes(path, bytes, kind);
}
