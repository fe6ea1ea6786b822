/** The toolbar badge for a tab: the number of distinct claims found; "!" and a warm colour when a figure differs. */
import type { PageReport } from './page-report';

export function badgeFor(report: PageReport | null): { text: string; color: string } {
  if (!report || report.status !== 'scanned' || report.claims.length === 0) return { text: '', color: '#3b5bb0' };
  const differs = report.claims.some((c) => c.verdicts.includes('differs'));
  const count = String(report.claims.length);
  return differs ? { text: `${count}!`, color: '#c2410c' } : { text: count, color: '#11734f' };
}
