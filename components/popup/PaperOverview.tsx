import { PAPER } from '@/lib/knowledge';
import { SourceLine } from '../shared/SourceLine';

/** The paper itself: what it is, its scenarios, fronts and asks, and who is speaking. */
export function PaperOverview() {
  return (
    <section aria-labelledby="paper-title" className="paper">
      <h2 id="paper-title">The paper</h2>
      <p>
        <a href={PAPER.url} target="_blank" rel="noopener noreferrer">
          {PAPER.title}
        </a>{' '}
        — {PAPER.publisher}, {PAPER.date}.
      </p>
      <ul>
        {PAPER.thesis.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <details>
        <summary>
          <h3>Two scenarios</h3>
        </summary>
        <ul>
          {PAPER.scenarios.map((s) => (
            <li key={s.name}>
              <strong>{s.name}.</strong> {s.text}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>
          <h3>Four fronts</h3>
        </summary>
        <ul>
          {PAPER.fronts.map((s) => (
            <li key={s.name}>
              <strong>{s.name}.</strong> {s.text}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>
          <h3>Three asks</h3>
        </summary>
        <ol>
          {PAPER.asks.map((s) => (
            <li key={s.name}>
              <strong>{s.name}.</strong> {s.text}
            </li>
          ))}
        </ol>
      </details>
      <details>
        <summary>
          <h3>Read it with this in mind</h3>
        </summary>
        <ul>
          {[...PAPER.framing, ...PAPER.interestedParty].map((n) => (
            <li key={n.text}>
              {n.text} <small className="muted">(<SourceLine id={n.source} />)</small>
            </li>
          ))}
          {PAPER.misstatements.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
