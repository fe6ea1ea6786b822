/**
 * The audit as one self-contained HTML page a person opens: summary, per claim how many articles
 * state, misquote or distort it (with a chart, the sources and the offending sentences), what was
 * skipped and why, and every article. Every string that comes from a page or a file name is
 * escaped; the page runs no script and loads nothing (a Content-Security-Policy says so). Pure.
 */
import { KNOWLEDGE } from '../knowledge';
import type { Audit, ClaimAudit, Offence } from './aggregate';
import { claimChartSvg } from './claim-chart';
import { escapeHtml as esc, safeHref } from './escape-html';

export interface HtmlReportOptions {
  /** When the report was made (ISO string). */
  generatedAt: string;
  /** A link for an article's source (a file:// URL for a file), if any. */
  hrefOf?: (source: string) => string | undefined;
}

const STYLE = `
:root{color-scheme:light;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d232a;background:#f6f7f9}
body{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.2rem;margin:0 0 8px}
.muted{color:#5b6570}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:10px 14px;min-width:120px}
.card b{display:block;font-size:1.4rem}
section.claim{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:16px;margin:16px 0}
.claim-head{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;justify-content:space-between}
.claim-chart text{font:12px system-ui,sans-serif;fill:#1d232a}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:.9rem;background:#fff}
th,td{border-bottom:1px solid #e5e8ec;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
mark{background:#fde2c8;padding:0 2px}.v-differs{color:#c0392b;font-weight:600}.v-distorted,.note{color:#9a6400}
details{margin-top:8px}ul.sources{margin:4px 0;padding-left:18px}
`;

function articleLink(audit: Audit, index: number, opts: HtmlReportOptions): string {
  const a = audit.articles[index]!;
  const label = esc(a.title || a.source);
  const raw = opts.hrefOf?.(a.source) ?? a.source;
  const href = safeHref(raw);
  const site = a.site ? ` <span class="muted">(${esc(a.site)})</span>` : '';
  return (href ? `<a href="${href}">${label}</a>` : label) + site;
}

/** The sentence with the article's figure marked (both escaped). */
function markedSentence(o: Offence): string {
  const at = o.pageFigure ? o.sentence.indexOf(o.pageFigure) : -1;
  if (at < 0) return esc(o.sentence);
  return `${esc(o.sentence.slice(0, at))}<mark>${esc(o.pageFigure!)}</mark>${esc(o.sentence.slice(at + o.pageFigure!.length))}`;
}

function claimSection(audit: Audit, claim: ClaimAudit, scale: number, opts: HtmlReportOptions): string {
  const sources = claim.sources
    .map((s) => {
      const href = s.url ? safeHref(s.url) : null;
      return `<li>${href ? `<a href="${href}">${esc(s.name)}</a>` : esc(s.name)}</li>`;
    })
    .join('');
  const verdicts = audit.verdicts
    .filter((v) => claim.articlesByVerdict[v])
    .map((v) => `${esc(v)}: ${claim.articlesByVerdict[v]}`)
    .join(' · ');
  const rows = claim.offences
    .map(
      (o) =>
        `<tr><td>${articleLink(audit, o.article, opts)}</td><td class="v-${esc(o.verdict)}">${esc(o.verdict)}</td>` +
        `<td>${markedSentence(o)}${o.note ? `<div class="note">Known distortion. ${esc(o.note)}</div>` : ''}</td>` +
        `<td>${o.pageFigure ? esc(o.pageFigure) : ''}</td><td>${o.sourcedFigure ? esc(o.sourcedFigure) : ''}</td></tr>`,
    )
    .join('');
  const offences = claim.offences.length
    ? `<details open><summary>${claim.offences.length} offending sentence${claim.offences.length === 1 ? '' : 's'}</summary>` +
      `<table><thead><tr><th>article</th><th>verdict</th><th>sentence</th><th>article says</th><th>source says</th></tr></thead><tbody>${rows}</tbody></table></details>`
    : '<p class="muted">No misquote or distortion found.</p>';
  return (
    `<section class="claim" id="claim-${esc(claim.claimId)}" data-claim-id="${esc(claim.claimId)}">` +
    `<div class="claim-head"><div><h2>${esc(claim.title)}</h2>` +
    `<p><b>${claim.articles}</b> article${claim.articles === 1 ? '' : 's'} state or name it; <b>${claim.misquoting}</b> misquote it; <b>${claim.distorting}</b> distort it.</p>` +
    `<p class="muted">Articles by verdict: ${verdicts || 'none'}</p>` +
    `<div>Sources:<ul class="sources">${sources}</ul></div></div>${claimChartSvg(claim, scale)}</div>${offences}</section>`
  );
}

export function htmlReport(audit: Audit, opts: HtmlReportOptions): string {
  const s = audit.summary;
  const scale = Math.max(1, ...audit.claims.map((c) => c.articles));
  const card = (n: number, label: string) => `<div class="card"><b>${n}</b>${esc(label)}</div>`;
  const skipped = audit.articles
    .filter((a) => a.status === 'skipped')
    .map((a) => `<tr><td>${esc(a.source)}</td><td>${esc(a.skip?.reason ?? '')}</td><td>${esc(a.skip?.message ?? '')}</td></tr>`)
    .join('');
  const reasons = Object.entries(s.skippedByReason)
    .map(([r, n]) => `${esc(r)}: ${n}`)
    .join(' · ');
  const articleRows = audit.articles
    .map((a, i) => {
      const status = a.status === 'skipped' ? `skipped (${esc(a.skip?.reason ?? '')})` : a.status === 'not-relevant' ? 'not about AI policy' : 'audited';
      return (
        `<tr><td>${articleLink(audit, i, opts)}</td><td>${esc(a.date ?? '')}</td><td>${status}${a.notes.length ? `<div class="muted">${esc(a.notes.join('; '))}</div>` : ''}</td>` +
        `<td class="n">${a.counts.claims}</td><td class="n">${a.counts.misquotes}</td><td class="n">${a.counts.distortions}</td>` +
        audit.verdicts.map((v) => `<td class="n">${a.counts.byVerdict[v] ?? 0}</td>`).join('') +
        '</tr>'
      );
    })
    .join('');
  const paper = KNOWLEDGE.paper;
  const paperHref = safeHref(paper.url);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Countersignal audit: ${s.inputs} inputs</title><style>${STYLE}</style></head>
<body>
<h1>Countersignal audit</h1>
<p class="muted">How ${s.audited + s.notRelevant} articles report the figures of ${paperHref ? `<a href="${paperHref}">${esc(paper.title)}</a>` : esc(paper.title)} (${esc(paper.publisher)}, ${esc(paper.date)}). Knowledge base reviewed ${esc(KNOWLEDGE.reviewed)}; report made ${esc(opts.generatedAt)}.</p>
<div class="cards">${card(s.inputs, 'inputs')}${card(s.audited, 'audited')}${card(s.notRelevant, 'not about AI policy')}${card(s.skipped, 'skipped')}${card(s.findings, 'findings')}${card(s.misquotes, `misquotes (${s.articlesWithMisquotes} articles)`)}${card(s.distortions, `distortions (${s.articlesWithDistortions} articles)`)}</div>
<h2>Claims</h2>
${audit.claims.length ? audit.claims.map((c) => claimSection(audit, c, scale, opts)).join('\n') : '<p>No claim of the paper was found.</p>'}
${s.skipped ? `<h2>Skipped (${s.skipped})</h2><p class="muted">${reasons}</p><table id="skipped"><thead><tr><th>input</th><th>reason</th><th>message</th></tr></thead><tbody>${skipped}</tbody></table>` : ''}
<h2>Articles</h2>
<table id="articles"><thead><tr><th>article</th><th>date</th><th>status</th><th>claims</th><th>misquotes</th><th>distortions</th>${audit.verdicts.map((v) => `<th>${esc(v)}</th>`).join('')}</tr></thead><tbody>${articleRows}</tbody></table>
</body></html>
`;
}
