import { claimById } from '@/lib/knowledge';
import type { ClaimFinding } from '@/lib/page-report';
import { localizeClaim, localizeDistortion } from '@/lib/knowledge/translations';
import { useI18n } from '../shared/i18n';
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
  const { t, rich, lang } = useI18n();
  return (
    <ul className="plain findings" aria-label={t('findingsLabel')}>
      {findings.map((f) => {
        const english = claimById(f.claimId);
        const claim = english && localizeClaim(english, lang);
        const headline = claim?.figures.filter((x) => x.role === 'headline').map((x) => x.display) ?? [];
        // The sourced figure as this language writes it (the report gives the English display).
        const sourcedDisplay = (display: string) => claim?.figures[english!.figures.findIndex((x) => x.display === display)]?.display ?? display;
        return (
          <li key={f.claimId} className="finding panel" data-claim-id={f.claimId} data-verdicts={f.verdicts.join(' ')}>
            <div className="finding-head">
              {/* A distorted claim also lists "differs" for tools; its badge says which kind. */}
              {f.verdicts.filter((v) => v !== 'differs' || f.differences.length > 0 || !f.verdicts.includes('distorted')).map((v) => (
                <span key={v} className={`badge badge-${v}`}>
                  {t(VERDICT_LABEL[v])}
                </span>
              ))}
              <span className="muted">{t('findingMentions', f.mentions)}</span>
            </div>
            <button type="button" className="link finding-title" onClick={() => onOpen(f.claimId)}>
              {claim?.title ?? f.claimId}
            </button>
            {f.differences.map((d) => (
              <p key={d.page} className="finding-diff">
                {rich('findingDiffers', [<strong key="p">{d.page}</strong>, <strong key="s">{sourcedDisplay(d.sourced)}</strong>])}
              </p>
            ))}
            {f.differences.length === 0 && f.pageFigures.length > 0 && (
              <p className="finding-figures">
                {rich('findingFigures', [<strong key="p">{f.pageFigures.join(', ')}</strong>])}
                {headline.length > 0 && t('findingSourced', headline.join(', '))}
              </p>
            )}
            {f.why && f.why.length > 0 && <p className="finding-why muted">{t('findingWhy', f.why.map((w) => `“${w}”`).join(', '))}</p>}
            {f.distortions.map((d) => {
              const shown = localizeDistortion([f.claimId], d, lang);
              return (
                <p key={d.text} className="finding-distortion">
                  {rich('findingRepeats', [<strong key="c">{t('careful')}</strong>, shown.text, shown.correction])}
                </p>
              );
            })}
            <button type="button" className="btn" onClick={() => onShow(f.claimId)}>
              {t('showOnPage')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
