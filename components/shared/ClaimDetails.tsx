import { PAPER, type Claim } from '@/lib/knowledge';
import { localizeClaim, localizePaper } from '@/lib/knowledge/translations';
import { useI18n } from './i18n';
import { SourceLine } from './SourceLine';
import { STANCE_LABEL } from './verdict-labels';

/** For the paper itself: its scenarios, fronts and asks at a glance. */
function PaperGist() {
  const { t, lang } = useI18n();
  const paper = localizePaper(PAPER, lang);
  const names = (items: Array<{ name: string }>) => items.map((i) => i.name).join(lang === 'en' ? '; ' : '；');
  return (
    <ul className="cs-gist" aria-label={t('gistLabel')}>
      <li>
        <strong>{t('gistScenarios')}</strong> {names(paper.scenarios)}
      </li>
      <li>
        <strong>{t('gistFronts')}</strong> {names(paper.fronts)}
      </li>
      <li>
        <strong>{t('gistAsks')}</strong> {names(paper.asks)}
      </li>
    </ul>
  );
}

/**
 * The body of a claim card: sourced figures, quotation, caveats, counter-signals, distortions, in
 * the reader's language (the paper's own words stay in English, with our translation marked).
 */
export function ClaimDetails({ claim: english, counterSignalsOpen }: { claim: Claim; counterSignalsOpen: boolean }) {
  const { t, lang } = useI18n();
  const claim = localizeClaim(english, lang);
  const headline = claim.figures.filter((f) => f.role === 'headline');
  return (
    <div className="cs-claim">
      <p className="cs-summary">{claim.summary}</p>
      {claim.id === 'the-paper' && <PaperGist />}
      {headline.length > 0 && (
        <ul className="cs-figures" aria-label={t('figuresLabel')}>
          {headline.map((f) => (
            <li key={f.display + f.measures}>
              <strong>{f.display}</strong> — {f.measures}
            </li>
          ))}
        </ul>
      )}
      {claim.quote && (
        <figure className="cs-quote">
          <blockquote lang="en">“{claim.quote}”</blockquote>
          {claim.quoteTranslation && <p className="cs-quote-translation">{t('quoteTranslation', claim.quoteTranslation)}</p>}
          {claim.quoteSource && (
            <figcaption>
              — <SourceLine id={claim.quoteSource} />
            </figcaption>
          )}
        </figure>
      )}
      <p className="cs-sources">
        {t('sourcesLabel', claim.sources.length)}{' '}
        {claim.sources.map((id, i) => (
          <span key={id}>
            {i > 0 && (lang === 'en' ? '; ' : '；')}
            <SourceLine id={id} />
          </span>
        ))}
      </p>
      <h3>{t('caveats')}</h3>
      <ul className="cs-caveats">
        {claim.caveats.map((c) => (
          <li key={c.text}>
            {c.text} <small>(<SourceLine id={c.source} />)</small>
          </li>
        ))}
      </ul>
      <details className="cs-counter" open={counterSignalsOpen}>
        <summary>
          <h3>{t('counterSignals', claim.counterSignals.length)}</h3>
        </summary>
        <ul>
          {claim.counterSignals.map((c) => (
            <li key={c.text}>
              <span className={`cs-stance cs-stance-${c.stance}`}>{t(STANCE_LABEL[c.stance])}</span> {c.text}{' '}
              <small>(<SourceLine id={c.source} />)</small>
            </li>
          ))}
        </ul>
      </details>
      {claim.distortions.length > 0 && (
        <details className="cs-distortions">
          <summary>
            <h3>{t('distortions', claim.distortions.length)}</h3>
          </summary>
          <ul>
            {claim.distortions.map((d) => (
              <li key={d.text}>
                {d.text} <em>{d.correction}</em>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
