import { useEffect, useId, useRef, useState } from 'react';
import { claimById, KNOWLEDGE, type Claim } from '@/lib/knowledge';
import type { Mention } from '@/lib/matching/matcher';
import { ClaimDetails } from '../shared/ClaimDetails';
import { VERDICT_LABEL } from '../shared/verdict-labels';

export interface FindingPopoverProps {
  mention: Mention;
  /** Whether to move focus into the card when it opens (keyboard and "show on page"). */
  focusOnOpen: boolean;
  counterSignalsOpen: boolean;
  onClose(): void;
  onOpenSummary(claimId: string): void;
}

/** What the page says against what the source says, rendered as text (page text is never HTML). */
function Comparison({ mention }: { mention: Mention }) {
  const page = mention.pageFigure?.text;
  const sourced = mention.sourcedFigure;
  if (!page || !sourced) return null;
  if (mention.verdict === 'distorted') {
    return (
      <p className="cs-compare cs-compare-differs">
        The number <strong className="cs-page-figure">{page}</strong> is the source's, but not what it says: {sourced.display} is the{' '}
        {sourced.measures}.
      </p>
    );
  }
  if (mention.verdict === 'mention') {
    return (
      <p className="cs-compare">
        This page says <strong className="cs-page-figure">{page}</strong>, about a different or narrower measure than the source's{' '}
        {sourced.display} ({sourced.measures}).
      </p>
    );
  }
  if (mention.verdict === 'differs') {
    return (
      <p className="cs-compare cs-compare-differs">
        This page says <strong className="cs-page-figure">{page}</strong>; the source says{' '}
        <strong>{sourced.display}</strong> ({sourced.measures}).
      </p>
    );
  }
  return (
    <p className="cs-compare">
      This page says <strong className="cs-page-figure">{page}</strong>, which matches the source: {sourced.display} ({sourced.measures}).
    </p>
  );
}

export function FindingPopover({ mention, focusOnOpen, counterSignalsOpen, onClose, onOpenSummary }: FindingPopoverProps) {
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const claims = mention.claimIds.map(claimById).filter((c): c is Claim => !!c);
  const [active, setActive] = useState(0);
  const claim = claims[Math.min(active, claims.length - 1)];

  useEffect(() => {
    if (focusOnOpen) closeRef.current?.focus();
  }, [focusOnOpen, mention]);

  if (!claim) return null;
  return (
    <section
      className={`cs-popover cs-verdict-${mention.verdict}`}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-verdict`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="cs-header">
        <span className="cs-brand">Countersignal</span>
        <span className={`cs-badge cs-badge-${mention.verdict}`} id={`${titleId}-verdict`}>
          {VERDICT_LABEL[mention.verdict]}
        </span>
        <button ref={closeRef} type="button" className="cs-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {claims.length > 1 && (
        <div className="cs-tabs" role="tablist" aria-label="Claims this mention points to">
          {claims.map((c, i) => (
            <button key={c.id} type="button" role="tab" aria-selected={i === active} onClick={() => setActive(i)}>
              {c.title}
            </button>
          ))}
        </div>
      )}
      <h2 id={titleId} className="cs-title">
        {claim.title}
      </h2>
      <Comparison mention={mention} />
      {mention.distortion && (
        <p className="cs-distortion" role="note">
          <strong>Careful, what is off:</strong> {mention.distortion.text} <strong>Correction:</strong> {mention.distortion.correction}
        </p>
      )}
      {mention.why && mention.why.length > 0 && (
        <p className="cs-why">
          Why this matched: {mention.why.map((w) => `“${w}”`).join(', ')}
        </p>
      )}
      <ClaimDetails claim={claim} counterSignalsOpen={counterSignalsOpen} />
      <footer className="cs-footer">
        <button type="button" className="cs-link" onClick={() => onOpenSummary(claim.id)}>
          Open the full summary
        </button>
        <span>Knowledge reviewed {KNOWLEDGE.reviewed}</span>
        <span className="cs-keys">
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>→</kbd>/<kbd>←</kbd> next/previous finding · <kbd>Esc</kbd> close
        </span>
      </footer>
    </section>
  );
}
