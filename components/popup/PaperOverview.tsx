import type { ReactNode } from 'react';
import { PAPER } from '@/lib/knowledge';
import { SourceLine } from '../shared/SourceLine';

/** A collapsible section of named items ("Scenario One: …"). */
function Section({ title, items, ordered = false }: { title: string; items: Array<{ name: string; text: string }>; ordered?: boolean }) {
  const body: ReactNode = items.map((s) => (
    <li key={s.name}>
      <strong>{s.name}.</strong> {s.text}
    </li>
  ));
  return (
    <details>
      <summary>
        <h3>{title}</h3>
      </summary>
      {ordered ? <ol>{body}</ol> : <ul>{body}</ul>}
    </details>
  );
}

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
      <Section title="Two scenarios" items={PAPER.scenarios} />
      <Section title="Four fronts" items={PAPER.fronts} />
      <Section title="Three asks" items={PAPER.asks} ordered />
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
