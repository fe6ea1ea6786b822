/** Escapes text for HTML element content and quoted attribute values. Pure. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** An href only for http(s) and file URLs; anything else (javascript:, data:) yields null. */
export function safeHref(url: string): string | null {
  return /^(https?|file):\/\//i.test(url) ? escapeHtml(url) : null;
}
