/** Decoding saved pages: byte-order marks, declared and undeclared legacy encodings, binary files. */
import { describe, expect, it } from 'vitest';
import { binaryKind, declaredCharset, decodeBytes, headerCharset } from '@/lib/audit/decode-bytes';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...xs: number[]) => Uint8Array.from(xs);
const ok = (d: ReturnType<typeof decodeBytes>) => {
  if (!d.ok) throw new Error(`expected text, got ${d.message}`);
  return d;
};

describe('decodeBytes', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(ok(decodeBytes(utf8('Huawei’s 4% — déjà'), { html: false }))).toMatchObject({ text: 'Huawei’s 4% — déjà', encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>hé</p>')]);
    expect(ok(decodeBytes(bom, { html: true })).text).toBe('<p>hé</p>');
  });

  it('reads UTF-16 with a byte-order mark, and guesses it without one', () => {
    const le = [0xff, 0xfe, ...[...'Nvidia 4%'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(ok(decodeBytes(Uint8Array.from(le), { html: false }))).toMatchObject({ text: 'Nvidia 4%', encoding: 'utf-16le' });
    const be = [...'Export controls on AI chips'].flatMap((c) => [0, c.charCodeAt(0)]);
    const guessed = ok(decodeBytes(Uint8Array.from(be), { html: false }));
    expect(guessed).toMatchObject({ text: 'Export controls on AI chips', encoding: 'utf-16be' });
    expect(guessed.note).toMatch(/no byte-order mark/);
  });

  it('decodes the charset a page declares, windows-1252 with its curly quotes', () => {
    const head = utf8('<meta charset="windows-1252"><p>Huawei');
    const page = new Uint8Array([...head, 0x92, 0x73, 0x20, 0x80, 0x35, 0x20, 0xe9, 0x3c]);
    expect(ok(decodeBytes(page, { html: true }))).toMatchObject({ text: '<meta charset="windows-1252"><p>Huawei’s €5 é<', encoding: 'windows-1252' });
  });

  it('decodes Shift_JIS declared through http-equiv, and a charset from the server', () => {
    const head = utf8('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>');
    expect(ok(decodeBytes(new Uint8Array([...head, 0x82, 0xa0]), { html: true })).text.endsWith('<p>あ')).toBe(true);
    expect(ok(decodeBytes(bytes(0xe9), { html: false, declared: headerCharset('text/plain; charset=ISO-8859-1') }))).toMatchObject({ text: 'é' });
  });

  it('falls back to windows-1252 for undeclared text that is not UTF-8, and says so', () => {
    const d = ok(decodeBytes(bytes(0x93, 0x34, 0x25, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9), { html: true }));
    expect(d.text).toBe('“4%” café');
    expect(d.encoding).toBe('windows-1252');
    expect(d.note).toMatch(/not valid UTF-8/);
  });

  it('keeps text declared UTF-8 with a few bad bytes, noting the replacement', () => {
    const d = ok(decodeBytes(new Uint8Array([...utf8('<meta charset=utf-8><p>4'), 0xff, 0x25]), { html: true }));
    expect(d.text).toContain('4\ufffd%');
    expect(d.note).toMatch(/invalid bytes/);
  });

  it('refuses an encoding it does not know, and binary files', () => {
    expect(decodeBytes(utf8('<meta charset="x-klingon"><p>hi'), { html: true })).toEqual({ ok: false, reason: 'encoding', message: 'unsupported encoding "x-klingon"' });
    expect(decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), { html: true })).toMatchObject({ ok: false, reason: 'binary', message: 'not text: PNG image' });
    expect(decodeBytes(utf8('%PDF-1.7 ...'), { html: false })).toMatchObject({ ok: false, reason: 'binary' });
    expect(binaryKind(bytes(0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01))).toMatch(/NUL/);
    expect(binaryKind(utf8('plain text\twith tabs\r\n'))).toBeNull();
  });

  it('finds declared charsets', () => {
    expect(declaredCharset(utf8("<head><meta charset='ISO-8859-2'>"))).toBe('iso-8859-2');
    expect(declaredCharset(utf8('<p>no declaration</p>'))).toBeUndefined();
    expect(headerCharset('text/html; charset="UTF-8"')).toBe('utf-8');
    expect(headerCharset(null)).toBeUndefined();
  });
});
