/** Which files the audit reads, as what, and how large an input may be. */
import { extname } from 'node:path';

export type InputKind = 'html' | 'text' | 'markdown';

export const AUDITED_EXTENSIONS: Record<string, InputKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

export const kindOfPath = (path: string): InputKind | undefined => AUDITED_EXTENSIONS[extname(path).toLowerCase()];

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
export const tooLargeMessage = (bytes: number, max: number) => `too large: ${mb(bytes)} (limit ${mb(max)}; raise it with --max-mb)`;
