/**
 * The shape of a translation of the knowledge base's reader-facing text. Lists are keyed by their
 * English text (figures by their display), so an English change or addition shows up as a gap
 * in the completeness test instead of silently shifting translations onto the wrong item.
 */
export interface ClaimTranslation {
  title: string;
  summary: string;
  /** Our rendering of the paper's quotation; the card shows it beneath the English, marked as a translation. */
  quote?: string;
  /** By the figure's English display: how it is written and what it measures. */
  figures: Record<string, { display: string; measures: string }>;
  caveats: Record<string, string>;
  counterSignals: Record<string, string>;
  distortions: Record<string, { text: string; correction: string }>;
}

export interface NamedItemTranslation {
  name: string;
  text: string;
}

export interface PaperTranslation {
  /** Our rendering of the title (the English title stays the paper's name). */
  title: string;
  publisher: string;
  date: string;
  /** By the English text, as every list below. */
  thesis: Record<string, string>;
  /** By the English name. */
  scenarios: Record<string, NamedItemTranslation>;
  fronts: Record<string, NamedItemTranslation>;
  asks: Record<string, NamedItemTranslation>;
  /** The framing and interested-party notes. */
  notes: Record<string, string>;
  misstatements: Record<string, string>;
}

export interface KnowledgeTranslation {
  claims: Record<string, ClaimTranslation>;
  paper: PaperTranslation;
  /** By source id: its name and date as shown (document titles stay in their language). */
  sources: Record<string, { name: string; date?: string }>;
}
