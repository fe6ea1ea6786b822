import { useEffect, useId, useRef, useState } from 'react';
import { claimById, KNOWLEDGE, type Claim } from '@/lib/knowledge';
import { localizeClaim, localizeDate, localizeDistortion, localizeFigure } from '@/lib/knowledge/translations';
import type { Mention } from '@/lib/matching/matcher';
import { ClaimDetails } from '../shared/ClaimDetails';
import { useI18n } from '../shared/i18n';
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
  const { rich, lang } = useI18n();
  const page = mention.pageFigure?.text;
  if (!page || !mention.sourcedFigure) return null;
  const owner = mention.claimIds.find((id) => claimById(id)?.figures.includes(mention.sourcedFigure!)) ?? mention.claimIds[0] ?? '';
  const sourced = localizeFigure(owner, mention.sourcedFigure, lang);
  const pageFigure = (
    <strong key="p" className="cs-page-figure">
      {page}
    </strong>
  );
  if (mention.verdict === 'distorted') {
    return <p className="cs-compare cs-compare-differs">{rich('cardDistorted', [pageFigure, sourced.display, sourced.measures])}</p>;
  }
  if (mention.verdict === 'mention') {
    return <p className="cs-compare">{rich('cardRelated', [pageFigure, sourced.display, sourced.measures])}</p>;
  }
  if (mention.verdict === 'differs') {
    return (
      <p className="cs-compare cs-compare-differs">
        {rich('cardDiffers', [pageFigure, <strong key="s">{sourced.display}</strong>, sourced.measures])}
      </p>
    );
  }
  return <p className="cs-compare">{rich('cardMatches', [pageFigure, sourced.display, sourced.measures])}</p>;
}

export function FindingPopover({ mention, focusOnOpen, counterSignalsOpen, onClose, onOpenSummary }: FindingPopoverProps) {
  const { t, rich, lang } = useI18n();
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const claims = mention.claimIds.map(claimById).filter((c): c is Claim => !!c);
  const [active, setActive] = useState(0);
  const claim = claims[Math.min(active, claims.length - 1)];

  useEffect(() => {
    if (focusOnOpen) closeRef.current?.focus();
  }, [focusOnOpen, mention]);

  if (!claim) return null;
  const distortion = mention.distortion && localizeDistortion(mention.claimIds, mention.distortion, lang);
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
          {t(VERDICT_LABEL[mention.verdict])}
        </span>
        <button ref={closeRef} type="button" className="cs-close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {claims.length > 1 && (
        <div className="cs-tabs" role="tablist" aria-label={t('cardTabs')}>
          {claims.map((c, i) => (
            <button key={c.id} type="button" role="tab" aria-selected={i === active} onClick={() => setActive(i)}>
              {localizeClaim(c, lang).title}
            </button>
          ))}
        </div>
      )}
      <h2 id={titleId} className="cs-title">
        {localizeClaim(claim, lang).title}
      </h2>
      <Comparison mention={mention} />
      {distortion && (
        <p className="cs-distortion" role="note">
          {rich('cardDistortion', [<strong key="c">{t('careful')}</strong>, distortion.text, distortion.correction])}
        </p>
      )}
      {mention.why && mention.why.length > 0 && (
        <p className="cs-why">
          {t('cardWhy', mention.why.map((w) => `“${w}”`).join(', '))}
        </p>
      )}
      <ClaimDetails claim={claim} counterSignalsOpen={counterSignalsOpen} />
      <footer className="cs-footer">
        <button type="button" className="cs-link" onClick={() => onOpenSummary(claim.id)}>
          {t('cardOpenSummary')}
        </button>
        <span>{t('cardReviewed', localizeDate(KNOWLEDGE.reviewed, lang))}</span>
        <span className="cs-keys">
          {rich('cardKeys', [
            <>
              <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>→</kbd>/<kbd>←</kbd>
            </>,
            <kbd>Esc</kbd>,
          ])}
        </span>
      </footer>
    </section>
  );
}
