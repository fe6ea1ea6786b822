import { PAPER, type Claim } from '@/lib/knowledge';
import { SourceLine } from './SourceLine';
import { STANCE_LABEL } from './verdict-labels';

/** For the paper itself: its scenarios, fronts and asks at a glance. */
function PaperGist() {
  const names = (items: Array<{ name: string }>) => items.map((i) => i.name).join('; ');
  return (
    <ul className="cs-gist" aria-label="The paper at a glance">
      <li>
        <strong>Scenarios:</strong> {names(PAPER.scenarios)}
      </li>
      <li>
        <strong>Fronts:</strong> {names(PAPER.fronts)}
      </li>
      <li>
        <strong>Asks:</strong> {names(PAPER.asks)}
      </li>
    </ul>
  );
}

/** The body of a claim card: sourced figures, quotation, caveats, counter-signals, distortions. */
export function ClaimDetails({ claim, counterSignalsOpen }: { claim: Claim; counterSignalsOpen: boolean }) {
  const headline = claim.figures.filter((f) => f.role === 'headline');
  return (
    <div className="cs-claim">
      <p className="cs-summary">{claim.summary}</p>
      {claim.id === 'the-paper' && <PaperGist />}
      {headline.length > 0 && (
        <ul className="cs-figures" aria-label="Figures as sourced">
          {headline.map((f) => (
            <li key={f.display + f.measures}>
              <strong>{f.display}</strong> — {f.measures}
            </li>
          ))}
        </ul>
      )}
      {claim.quote && (
        <figure className="cs-quote">
          <blockquote>“{claim.quote}”</blockquote>
          {claim.quoteSource && (
            <figcaption>
              — <SourceLine id={claim.quoteSource} />
            </figcaption>
          )}
        </figure>
      )}
      <p className="cs-sources">
        Source{claim.sources.length > 1 ? 's' : ''}:{' '}
        {claim.sources.map((id, i) => (
          <span key={id}>
            {i > 0 && '; '}
            <SourceLine id={id} />
          </span>
        ))}
      </p>
      <h3>Caveats</h3>
      <ul className="cs-caveats">
        {claim.caveats.map((c) => (
          <li key={c.text}>
            {c.text} <small>(<SourceLine id={c.source} />)</small>
          </li>
        ))}
      </ul>
      <details className="cs-counter" open={counterSignalsOpen}>
        <summary>
          <h3>Counter-signals ({claim.counterSignals.length})</h3>
        </summary>
        <ul>
          {claim.counterSignals.map((c) => (
            <li key={c.text}>
              <span className={`cs-stance cs-stance-${c.stance}`}>{STANCE_LABEL[c.stance]}</span> {c.text}{' '}
              <small>(<SourceLine id={c.source} />)</small>
            </li>
          ))}
        </ul>
      </details>
      {claim.distortions.length > 0 && (
        <details className="cs-distortions">
          <summary>
            <h3>Seen wrong in coverage ({claim.distortions.length})</h3>
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
