/** The audit as CSV (RFC 4180), one row per input: for scripts and spreadsheets. Pure. */
import type { Audit } from './aggregate';

/** Quotes a field when needed; a leading = + - @ is prefixed so spreadsheets do not run it as a formula. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function auditCsv(audit: Audit): string {
  const header = ['source', 'status', 'skip_reason', 'message', 'title', 'site', 'date', 'encoding', 'claims', 'findings', 'misquotes', 'distortions', ...audit.verdicts.map((v) => `verdict_${v}`)];
  const rows = audit.articles.map((a) => [
    a.source,
    a.status,
    a.skip?.reason,
    a.skip?.message ?? a.notes.join('; '),
    a.title,
    a.site,
    a.date,
    a.encoding,
    a.counts.claims,
    a.counts.findings,
    a.counts.misquotes,
    a.counts.distortions,
    ...audit.verdicts.map((v) => a.counts.byVerdict[v] ?? 0),
  ]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
