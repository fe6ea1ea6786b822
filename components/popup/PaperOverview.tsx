import type { ReactNode } from 'react';
import { PAPER } from '@/lib/knowledge';
import { localizePaper } from '@/lib/knowledge/translations';
import { useI18n } from '../shared/i18n';
import { SourceLine } from '../shared/SourceLine';

/** A collapsible section of named items ("Scenario One: …"). */
function Section({ title, items, ordered = false }: { title: string; items: Array<{ name: string; text: string }>; ordered?: boolean }) {
  const { lang } = useI18n();
  const body: ReactNode = items.map((s) => (
    <li key={s.name}>
      <strong>
        {s.name}
        {lang === 'en' ? '.' : '。'}
      </strong>{' '}
      {s.text}
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
  const { t, lang } = useI18n();
  const paper = localizePaper(PAPER, lang);
  return (
    <section aria-labelledby="paper-title" className="paper">
      <h2 id="paper-title">{t('paperHeading')}</h2>
      <p>
        <a href={paper.url} target="_blank" rel="noopener noreferrer" lang="en">
          {paper.title}
        </a>
        {paper.titleTranslation && <> （{paper.titleTranslation}）</>} — {paper.publisher}
        {lang === 'en' ? `, ${paper.date}.` : `，${paper.date}。`}
      </p>
      <ul>
        {paper.thesis.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <Section title={t('paperScenarios')} items={paper.scenarios} />
      <Section title={t('paperFronts')} items={paper.fronts} />
      <Section title={t('paperAsks')} items={paper.asks} ordered />
      <details>
        <summary>
          <h3>{t('paperContext')}</h3>
        </summary>
        <ul>
          {[...paper.framing, ...paper.interestedParty].map((n) => (
            <li key={n.text}>
              {n.text} <small className="muted">(<SourceLine id={n.source} />)</small>
            </li>
          ))}
          {paper.misstatements.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
