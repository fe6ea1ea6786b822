/**
 * `--urls FILE`: fetches each URL listed (one a line; blank lines and # comments ignored) for users
 * whose machine is online, a few at a time, with a timeout and the same size limit as files.
 * A failure (bad address, HTTP error, timeout, too large) becomes a skipped result.
 */
import { readFile } from 'node:fs/promises';
import { skipped, type ArticleResult } from '../lib/audit/article-result';
import { headerCharset } from '../lib/audit/decode-bytes';
import { kindOfPath, tooLargeMessage, type InputKind } from './input-kinds';

export interface FetchedPage {
  source: string;
  bytes: Uint8Array;
  kind: InputKind;
  charset?: string;
}

export async function readUrlList(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function kindOf(url: URL, contentType: string): InputKind {
  if (/markdown/i.test(contentType)) return 'markdown';
  if (/^text\/plain/i.test(contentType)) return 'text';
  if (/html|xml/i.test(contentType)) return 'html';
  return kindOfPath(url.pathname) ?? 'html';
}

export async function fetchPage(source: string, maxBytes: number, timeoutMs = 20_000): Promise<FetchedPage | ArticleResult> {
  let url: URL;
  try {
    url = new URL(source);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    return skipped(source, 'fetch-failed', 'not an http(s) URL');
  }
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.5' } });
    if (!response.ok) {
      await response.body?.cancel();
      return skipped(source, 'fetch-failed', `HTTP ${response.status} ${response.statusText}`.trim());
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      return skipped(source, 'too-large', tooLargeMessage(declared, maxBytes), declared);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > maxBytes) return skipped(source, 'too-large', tooLargeMessage(size, maxBytes), size);
        chunks.push(chunk);
      }
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const charset = headerCharset(contentType);
    return { source, bytes, kind: kindOf(url, contentType), ...(charset && { charset }) };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return skipped(source, 'fetch-failed', `could not fetch: ${why}`);
  }
}
