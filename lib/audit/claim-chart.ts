/**
 * A per-claim chart as inline SVG: how many articles state the claim, and how many of them agree
 * with the source, misquote it or distort it. Bars share one scale across the report. Pure.
 */
import type { ClaimAudit } from './aggregate';
import { escapeHtml } from './escape-html';

const ROWS: Array<{ key: 'articles' | 'clean' | 'misquoting' | 'distorting'; label: string; color: string }> = [
  { key: 'articles', label: 'state it', color: '#4b6584' },
  { key: 'clean', label: 'agree / name it', color: '#20803a' },
  { key: 'misquoting', label: 'misquote it', color: '#c0392b' },
  { key: 'distorting', label: 'distort it', color: '#d68910' },
];

const WIDTH = 420;
const LABEL = 120;
const BAR_H = 16;
const GAP = 6;

export function claimChartSvg(claim: ClaimAudit, scaleMax: number): string {
  const max = Math.max(1, scaleMax);
  const barSpace = WIDTH - LABEL - 40;
  const height = ROWS.length * (BAR_H + GAP) + GAP;
  const summary = ROWS.map((r) => `${claim[r.key]} ${r.label}`).join(', ');
  const bars = ROWS.map((r, i) => {
    const y = GAP + i * (BAR_H + GAP);
    const value = claim[r.key];
    const w = value ? Math.max(2, Math.round((value / max) * barSpace)) : 0;
    return (
      `<text x="${LABEL - 6}" y="${y + BAR_H - 4}" text-anchor="end">${r.label}</text>` +
      `<rect class="bar bar-${r.key}" x="${LABEL}" y="${y}" width="${w}" height="${BAR_H}" rx="2" fill="${r.color}" data-value="${value}"></rect>` +
      `<text x="${LABEL + w + 6}" y="${y + BAR_H - 4}">${value}</text>`
    );
  }).join('');
  return (
    `<svg class="claim-chart" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(`${claim.title}: ${summary}`)}">` +
    `<title>${escapeHtml(summary)}</title>${bars}</svg>`
  );
}
