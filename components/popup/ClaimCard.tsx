import { useEffect, useRef } from 'react';
import { claimById, KNOWLEDGE } from '@/lib/knowledge';
import { ClaimDetails } from '../shared/ClaimDetails';

/** A claim's full card in the popup. */
export function ClaimCard({ claimId, onBack }: { claimId: string; onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [claimId]);
  const claim = claimById(claimId);
  if (!claim) return <p className="error">Unknown claim: {claimId}</p>;
  return (
    <article className="claim-card" aria-labelledby="claim-card-title" data-claim-card={claim.id}>
      <button type="button" className="link" onClick={onBack}>
        ← Back
      </button>
      <h2 id="claim-card-title" tabIndex={-1} ref={heading}>
        {claim.title}
      </h2>
      <ClaimDetails claim={claim} counterSignalsOpen />
      <p className="muted">Last reviewed {claim.lastReviewed}. Knowledge base reviewed {KNOWLEDGE.reviewed}.</p>
    </article>
  );
}
