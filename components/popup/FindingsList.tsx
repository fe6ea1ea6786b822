import { claimById } from '@/lib/knowledge';
import type { ClaimFinding } from '@/lib/page-report';
import { VERDICT_LABEL } from '../shared/verdict-labels';

export interface FindingsListProps {
  findings: ClaimFinding[];
  onShow(claimId: string): void;
  onOpen(claimId: string): void;
}

/**
 * The claims found on the page, differing ones first. Public contract: one element per claim with
 * data-claim-id and data-verdicts (the space-separated verdicts among its mentions).
 */
export function FindingsList({ findings, onShow, onOpen }: FindingsListProps) {
  return (
    <ul className="plain findings" aria-label="Claims found on this page">
      {findings.map((f) => {
        const claim = claimById(f.claimId);
        const headline = claim?.figures.filter((x) => x.role === 'headline').map((x) => x.display) ?? [];
        return (
          <li key={f.claimId} className="finding panel" data-claim-id={f.claimId} data-verdicts={f.verdicts.join(' ')}>
            <div className="finding-head">
              {/* A distorted claim also lists "differs" for tools; its badge says which kind. */}
              {f.verdicts.filter((v) => v !== 'differs' || f.differences.length > 0 || !f.verdicts.includes('distorted')).map((v) => (
                <span key={v} className={`badge badge-${v}`}>
                  {VERDICT_LABEL[v]}
                </span>
              ))}
              <span className="muted">
                {f.mentions} mention{f.mentions === 1 ? '' : 's'}
              </span>
            </div>
            <button type="button" className="link finding-title" onClick={() => onOpen(f.claimId)}>
              {claim?.title ?? f.claimId}
            </button>
            {f.differences.map((d) => (
              <p key={d.page} className="finding-diff">
                This page says <strong>{d.page}</strong>; the source says <strong>{d.sourced}</strong>.
              </p>
            ))}
            {f.differences.length === 0 && f.pageFigures.length > 0 && (
              <p className="finding-figures">
                This page says <strong>{f.pageFigures.join(', ')}</strong>
                {headline.length > 0 && <> · sourced: {headline.join(', ')}</>}
              </p>
            )}
            {f.why && f.why.length > 0 && <p className="finding-why muted">Matched on: {f.why.map((w) => `“${w}”`).join(', ')}</p>}
            {f.distortions.map((d) => (
              <p key={d.text} className="finding-distortion">
                <strong>Careful:</strong> {d.text} {d.correction}
              </p>
            ))}
            <button type="button" className="btn" onClick={() => onShow(f.claimId)}>
              Show on page
            </button>
          </li>
        );
      })}
    </ul>
  );
}
