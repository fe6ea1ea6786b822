/**
 * A language's words for the knowledge base: what pages in that language call the paper's
 * entities, claims and measures. The matcher reads every language's lexicon the same way, so
 * adding a language is adding one of these (and, for a new script, its fold to the lexicon's form).
 *
 * Terms are plain strings in the folded form of the script (lower case; Chinese in Simplified
 * characters). Terms written in a script without spaces between words (Han, kana) match without
 * word boundaries; Latin letters and digits at a term's edge still need a boundary there.
 */
import { z } from 'zod';

const terms = z.array(z.string().min(2).regex(/^[^A-Z]*$/, 'lower case'));

export const lexiconSchema = z.object({
  /** BCP 47 language ("zh"). */
  lang: z.string().min(2),
  /** Entity id -> more names for it. */
  entities: z.record(z.string(), terms),
  /** Claim id -> words for it. */
  claims: z.record(
    z.string(),
    z.object({
      phrases: terms.optional(),
      topicWords: terms.optional(),
      /**
       * Concept group name (of the claim's `detect`, see ../detection.ts) -> more terms for it. The
       * groups' weights and the claim's threshold stay as they are: only the words are added.
       */
      detect: z.record(z.string(), terms).optional(),
      /** Figure (its `display`) -> more cue words for its measure. */
      cues: z.record(z.string(), terms).optional(),
      distortions: z
        .array(
          z.object({
            /** Part of the distortion's text in the knowledge base, naming which one this is. */
            about: z.string().min(3),
            /** More signal patterns (RegExp sources). */
            signals: z.array(z.string().min(2)).optional(),
            /** Words whose presence rules the distortion out, added to its "nothing of ... in the sentence" signal. */
            absentWords: terms.optional(),
          }),
        )
        .optional(),
    }),
  ),
  /** The thing a count counts (singular, as the knowledge base's `unit` reads) -> the words for it. */
  units: z.record(z.string(), terms),
  /** Words for US dollars after a number ("25亿美元"). */
  dollars: terms,
  /** Page relevance: term -> the group it counts for (so "英伟达" and "nvidia" count once). */
  relevance: z.record(z.string(), z.string()),
  /** RegExp sources that name the paper itself (enough for relevance). */
  paperTitle: z.array(z.string().min(3)),
});
export type Lexicon = z.infer<typeof lexiconSchema>;
