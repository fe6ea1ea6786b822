/**
 * Bytes to text, the way a browser would: a byte-order mark first, then the charset the server
 * or the page declares, then UTF-8 if the bytes are valid UTF-8, else windows-1252 (what browsers
 * assume for undeclared legacy pages), with a note saying so. Binary files are recognised and
 * refused. Pure: uses only TextDecoder.
 */

export type Decoded =
  | { ok: true; text: string; encoding: string; note?: string }
  | { ok: false; reason: 'binary' | 'encoding'; message: string };

/** Signatures of common binary formats that end up in folders of saved pages. */
const MAGIC: Array<[string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

const SNIFF = 8192;

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/** UTF-16 without a byte-order mark: ASCII text leaves every other byte zero. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Why the bytes are not text, or null if they may be. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) return name;
  const n = Math.min(bytes.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary data (NUL bytes)';
    // C0 controls other than tab, line feed, form feed, carriage return and escape.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1 ? 'binary data (control bytes)' : null;
}

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** The charset parameter of a Content-Type header value. */
export function headerCharset(contentType: string | null | undefined): string | undefined {
  return contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase() : undefined;
}

/**
 * windows-1252's characters at 0x80-0x9F (curly quotes, dashes, the euro sign…). Some Node
 * versions decode windows-1252 as ISO-8859-1 and leave C1 control characters there instead.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes a file's or response's bytes.
 * @param declared the charset a server declared (Content-Type), if any
 * @param html whether to look for a charset declared in the markup
 */
export function decodeBytes(bytes: Uint8Array, { declared, html }: { declared?: string; html: boolean }): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const utf16 = utf16Guess(bytes);
  if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes), encoding: utf16, note: `no byte-order mark: read as ${utf16}` };
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, reason: 'binary', message: `not text: ${kind}` };

  const label = declared ?? (html ? declaredCharset(bytes) : undefined);
  if (label) {
    const decoder = decoderFor(label);
    if (!decoder) return { ok: false, reason: 'encoding', message: `unsupported encoding "${label}"` };
    if (decoder.encoding === 'utf-8') {
      try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
      } catch {
        return { ok: true, text: decoder.decode(bytes), encoding: 'utf-8', note: 'declared UTF-8 but has invalid bytes (replaced with U+FFFD)' };
      }
    }
    return { ok: true, text: decodeWith(decoder, bytes), encoding: decoder.encoding };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      ok: true,
      text: decodeWith(new TextDecoder('windows-1252'), bytes),
      encoding: 'windows-1252',
      note: 'not valid UTF-8 and no charset declared: decoded as windows-1252',
    };
  }
}
