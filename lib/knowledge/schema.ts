/**
 * The knowledge base's shape. The data in this folder is validated against these schemas in the
 * unit tests; the extension imports only the inferred types, so zod stays out of the content script.
 */
import { z } from 'zod';

export const FIGURE_KINDS = [
  'percent',
  'multiple',
  'money',
  'count',
  'count-of-total',
  'vote',
  'duration-range',
  'year',
] as const;
export const figureKind = z.enum(FIGURE_KINDS);
export type FigureKind = z.infer<typeof figureKind>;

/**
 * consistent: the page states the sourced figure about its measure; differs: a different value of
 * the same measure, or a statement the record contradicts (a vote, a date); distorted: the number
 * is the source's but the statement is not (wrong time frame, present tense for a conditional
 * scenario, dropped qualifier, swapped subjects); mention: named or described, nothing to check.
 */
export const VERDICTS = ['consistent', 'differs', 'distorted', 'mention'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const STANCES = ['contradicts', 'complicates', 'supports'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date (YYYY-MM-DD)');
const words = z.array(z.string().min(2).regex(/^[^A-Z]*$/, 'lower case'));

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Who said it, as it should be shown ("CAISI (NIST)", "Reuters-based coverage"). */
  name: z.string().min(2),
  /** Title of the document where one is known. */
  title: z.string().optional(),
  /** Human-readable date as precise as the research gives it ("30 Sept 2025", "May 2026"). */
  date: z.string().optional(),
  /** Only a URL listed in the facts inventory; otherwise the source is shown as plain text. */
  url: z.url({ protocol: /^https$/ }).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * A sourced figure as structured values.
 * - percent: value in percent; multiple: the factor (11 for "11x" or "11:1");
 * - money: value in US dollars; count: value with `unit` the thing counted, or a vague
 *   quantity ("thousands") as the range value..value2;
 * - count-of-total: value of value2; vote: value (yes) to value2 (no);
 * - duration-range: value to value2 in `unit`; year: the year.
 */
export const figureSchema = z
  .object({
    kind: figureKind,
    value: z.number().finite(),
    value2: z.number().finite().optional(),
    unit: z.string().optional(),
    /** How the figure is written, e.g. "$2.5 billion"; must parse back to the values above. */
    display: z.string().min(1),
    /** What the number measures, in plain words. */
    measures: z.string().min(5),
    /**
     * headline: the claim's own figure; related: another figure from the same source that agrees
     * with it; complement: the same fact stated the other way round (92% blocked = 8% complied);
     * context: a figure from a counter-signal or a different measure, known but not the claim's.
     */
    role: z.enum(['headline', 'related', 'complement', 'context']),
    /** Words of which one must share the sentence for a different number to count as a misquote. */
    cues: words,
    source: z.string(),
  })
  .refine((f) => !['count-of-total', 'vote', 'duration-range'].includes(f.kind) || f.value2 !== undefined, {
    message: 'this kind needs value2',
  })
  .refine((f) => f.kind !== 'count' || !!f.unit, { message: 'a count needs the unit it counts' });
export type Figure = z.infer<typeof figureSchema>;

export const noteSchema = z.object({
  text: z.string().min(10),
  source: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const counterSignalSchema = noteSchema.extend({
  stance: z.enum(STANCES),
});
export type CounterSignal = z.infer<typeof counterSignalSchema>;

/**
 * One group of interchangeable terms for a concept of a claim (its subject, the measure, a
 * qualifier...). Terms are plain strings in any language, lower case, matched as whole words in
 * Latin script (an optional plural "s" is allowed; a final "*" matches any word ending: "distil*")
 * and anywhere in CJK text (no word boundaries there). A term may be listed by several claims.
 */
export const conceptGroupSchema = z.object({
  /** What the group stands for: "subject", "measure", "place", "ask-distillation"... */
  name: z.string().regex(/^[a-z0-9-]+$/),
  /** How much the group adds to the claim's score when one of its terms is in the window. */
  weight: z.number().positive(),
  terms: z.array(z.string().min(2).regex(/^[^A-Z]*$/, 'lower case')).min(1),
});
export type ConceptGroup = z.infer<typeof conceptGroupSchema>;

/**
 * How a claim is recognised in wording nobody listed: the groups whose terms must co-occur in one
 * sentence. The claim is stated when the distinct groups present weigh at least `threshold` and
 * every group named in `require` is among them. A figure ties to the claim only when one of the
 * `subject` groups is present (when the claim names any).
 */
export const detectionSchema = z.object({
  groups: z.array(conceptGroupSchema).min(1),
  threshold: z.number().positive(),
  require: z.array(z.string()).optional(),
  subject: z.array(z.string()).optional(),
  /** Claims that take precedence: when one is named or stated in the sentence, this one is not stated. */
  yieldsTo: z.array(z.string()).optional(),
});
export type Detection = z.infer<typeof detectionSchema>;

export const claimSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(5),
  summary: z.string().min(20),
  /** The paper's own words, where the research quotes them. */
  quote: z.string().optional(),
  quoteSource: z.string().optional(),
  figures: z.array(figureSchema),
  sources: z.array(z.string()).min(1),
  caveats: z.array(noteSchema).min(1),
  counterSignals: z.array(counterSignalSchema).min(1),
  /** Distinctive phrases that name the claim itself ("fraudulent accounts"); lower case. */
  phrases: words,
  /** Words that place a number in this claim's context without naming it; lower case. */
  topicWords: words,
  /** Concept groups that recognise the claim in other words (see detectionSchema). */
  detect: detectionSchema.optional(),
  /** Ways coverage has got it wrong. */
  distortions: z.array(
    z.object({
      text: z.string().min(5),
      correction: z.string().min(5),
      /**
       * Patterns (RegExp sources, lower case) that, in the sentence of one of this claim's
       * figures, show the page repeating the distortion.
       */
      signals: z.array(z.string().min(3)).optional(),
      /** The figure (its display) the distortion concerns; any of the claim's figures if absent. */
      appliesTo: z.string().optional(),
      /**
       * figure (default): a signal beside one of the claim's figures makes that figure `distorted`
       * (the number is right, the statement is not). statement: a signal in any sentence of a
       * block that states the claim is a misstatement on its own, `differs` (a "voice vote" for a
       * recorded 369-22; the paper dated to the wrong year).
       */
      scope: z.enum(['figure', 'statement']).optional(),
    }),
  ),
  lastReviewed: isoDate,
});
export type Claim = z.infer<typeof claimSchema>;

export const entitySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  /** Spellings matched exactly (case-insensitive; spaces and hyphens between parts are interchangeable). */
  aliases: z.array(z.string().min(2)).min(1),
  /** Whether near-miss spellings ("Deepseak") are resolved to it with fuzzy search. */
  fuzzy: z.boolean(),
  claims: z.array(z.string()).min(1),
});
export type Entity = z.infer<typeof entitySchema>;

export const paperSchema = z.object({
  title: z.string(),
  publisher: z.string(),
  date: z.string(),
  isoDate: isoDate,
  url: z.url(),
  thesis: z.array(z.string()).min(1),
  scenarios: z.array(z.object({ name: z.string(), text: z.string() })).length(2),
  fronts: z.array(z.object({ name: z.string(), text: z.string() })).length(4),
  asks: z.array(z.object({ name: z.string(), text: z.string() })).length(3),
  framing: z.array(noteSchema).min(1),
  interestedParty: z.array(noteSchema).min(1),
  misstatements: z.array(z.string()),
});
export type Paper = z.infer<typeof paperSchema>;

export const knowledgeSchema = z.object({
  reviewed: isoDate,
  paper: paperSchema,
  sources: z.array(sourceSchema),
  claims: z.array(claimSchema),
  entities: z.array(entitySchema),
});
export type Knowledge = z.infer<typeof knowledgeSchema>;
