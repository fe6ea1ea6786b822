/**
 * The knowledge base in the reader's language. English is the knowledge base itself; the others
 * come from translations keyed by claim id and English text, falling back to the English for any
 * string a translation lacks (a gap the completeness test reports).
 */
import type { UiLanguage } from '@/lib/i18n/languages';
import type { Claim, Figure, Paper, Source } from '../schema';
import type { KnowledgeTranslation } from './types';
import { ZH_HANS } from './zh-hans';
import { ZH_HANT } from './zh-hant.generated';

export const TRANSLATIONS: Record<Exclude<UiLanguage, 'en'>, KnowledgeTranslation> = {
  'zh-Hans': ZH_HANS,
  'zh-Hant': ZH_HANT,
};

/** A claim as shown: reader-facing text translated; ids, values and sources unchanged. */
export type LocalizedClaim = Claim & {
  /** Our translation of the paper's quotation (which stays in English). */
  quoteTranslation?: string;
};

function translationFor(lang: UiLanguage): KnowledgeTranslation | null {
  return lang === 'en' ? null : TRANSLATIONS[lang];
}

export function localizeFigure(claimId: string, figure: Figure, lang: UiLanguage): Figure {
  const t = translationFor(lang)?.claims[claimId]?.figures[figure.display];
  return t ? { ...figure, display: t.display || figure.display, measures: t.measures || figure.measures } : figure;
}

export function localizeClaim(claim: Claim, lang: UiLanguage): LocalizedClaim {
  const t = translationFor(lang)?.claims[claim.id];
  if (!t) return claim;
  return {
    ...claim,
    title: t.title || claim.title,
    summary: t.summary || claim.summary,
    ...(claim.quote && t.quote && { quoteTranslation: t.quote }),
    figures: claim.figures.map((f) => localizeFigure(claim.id, f, lang)),
    caveats: claim.caveats.map((c) => ({ ...c, text: t.caveats[c.text] || c.text })),
    counterSignals: claim.counterSignals.map((c) => ({ ...c, text: t.counterSignals[c.text] || c.text })),
    distortions: claim.distortions.map((d) => ({ ...d, ...t.distortions[d.text] })),
  };
}

/** A distortion a mention repeats (given in English by the matcher), in the reader's language. */
export function localizeDistortion(
  claimIds: readonly string[],
  distortion: { text: string; correction: string },
  lang: UiLanguage,
): { text: string; correction: string } {
  const t = translationFor(lang);
  for (const id of claimIds) {
    const found = t?.claims[id]?.distortions[distortion.text];
    if (found) return found;
  }
  return distortion;
}

export function localizeSource(source: Source, lang: UiLanguage): Source {
  const t = translationFor(lang)?.sources[source.id];
  return t ? { ...source, name: t.name || source.name, ...(t.date && { date: t.date }) } : source;
}

/** A date of the knowledge base (ISO) as this language writes it. */
export function localizeDate(iso: string, lang: UiLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (lang === 'en' || !m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The paper overview in the reader's language, plus our rendering of its title. */
export function localizePaper(paper: Paper, lang: UiLanguage): Paper & { titleTranslation?: string } {
  const t = translationFor(lang)?.paper;
  if (!t) return paper;
  const named = (items: Paper['scenarios'], map: Record<string, { name: string; text: string }>) =>
    items.map((i) => ({ name: map[i.name]?.name || i.name, text: map[i.name]?.text || i.text }));
  return {
    ...paper,
    titleTranslation: t.title,
    publisher: t.publisher || paper.publisher,
    date: t.date || paper.date,
    thesis: paper.thesis.map((x) => t.thesis[x] || x),
    scenarios: named(paper.scenarios, t.scenarios),
    fronts: named(paper.fronts, t.fronts),
    asks: named(paper.asks, t.asks),
    framing: paper.framing.map((n) => ({ ...n, text: t.notes[n.text] || n.text })),
    interestedParty: paper.interestedParty.map((n) => ({ ...n, text: t.notes[n.text] || n.text })),
    misstatements: paper.misstatements.map((x) => t.misstatements[x] || x),
  };
}
