/** The audit as a plain-text table for a terminal: one line per input, then the summary. Pure. */
import type { Audit } from './aggregate';

const pad = (s: string, n: number, right = false) => (s.length > n ? `${s.slice(0, n - 1)}…` : right ? s.padStart(n) : s.padEnd(n));

export function terminalTable(audit: Audit, width = 100): string {
  const numW = 8;
  const statusW = 14;
  const nameW = Math.max(20, width - 3 * numW - 9 - statusW - 2);
  const lines: string[] = [];
  const row = (label: string, claims: string, misquotes: string, distortions: string, status: string) =>
    `${pad(label, nameW)} ${pad(claims, numW, true)} ${pad(misquotes, numW + 2, true)} ${pad(distortions, numW + 4, true)}  ${status}`;
  lines.push(row('article', 'claims', 'misquotes', 'distortions', 'status'));
  lines.push('-'.repeat(Math.min(width, nameW + 3 * numW + 9 + statusW + 2)));
  for (const a of audit.articles) {
    const label = a.title ? `${a.source} — ${a.title}` : a.source;
    const status = a.status === 'skipped' ? `skipped: ${a.skip?.message ?? ''}` : a.status === 'not-relevant' ? 'not about AI policy' : a.notes.length ? `ok (${a.notes.join('; ')})` : 'ok';
    lines.push(row(label, String(a.counts.claims), String(a.counts.misquotes), String(a.counts.distortions), status));
  }
  const s = audit.summary;
  lines.push('');
  lines.push(`${s.inputs} inputs: ${s.audited} audited, ${s.notRelevant} not about AI policy, ${s.skipped} skipped`);
  const reasons = Object.entries(s.skippedByReason);
  if (reasons.length) lines.push(`skipped by reason: ${reasons.map(([r, n]) => `${r} ${n}`).join(', ')}`);
  const notes = Object.entries(s.notes);
  if (notes.length) lines.push(`notes: ${notes.map(([r, n]) => `${r} (${n})`).join(', ')}`);
  lines.push(
    `${s.findings} findings (${audit.verdicts.map((v) => `${v} ${s.findingsByVerdict[v] ?? 0}`).join(', ')}); ` +
      `${s.misquotes} misquotes in ${s.articlesWithMisquotes} articles, ${s.distortions} distortions in ${s.articlesWithDistortions} articles`,
  );
  return lines.join('\n') + '\n';
}
