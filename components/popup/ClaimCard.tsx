import { useEffect, useRef } from 'react';
import { claimById, KNOWLEDGE } from '@/lib/knowledge';
import { localizeClaim, localizeDate } from '@/lib/knowledge/translations';
import { ClaimDetails } from '../shared/ClaimDetails';
import { useI18n } from '../shared/i18n';

/** A claim's full card in the popup. */
export function ClaimCard({ claimId, onBack }: { claimId: string; onBack(): void }) {
  const { t, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [claimId]);
  const claim = claimById(claimId);
  if (!claim) return <p className="error">{t('claimUnknown', claimId)}</p>;
  return (
    <article className="claim-card" aria-labelledby="claim-card-title" data-claim-card={claim.id}>
      <button type="button" className="link" onClick={onBack}>
        {t('back')}
      </button>
      <h2 id="claim-card-title" tabIndex={-1} ref={heading}>
        {localizeClaim(claim, lang).title}
      </h2>
      <ClaimDetails claim={claim} counterSignalsOpen />
      <p className="muted">{t('claimReviewed', localizeDate(claim.lastReviewed, lang), localizeDate(KNOWLEDGE.reviewed, lang))}</p>
    </article>
  );
}
