import type { Verdict } from '@/lib/knowledge';
import type { MessageKey } from '@/lib/i18n/messages';

/** The message for each verdict's label. */
export const VERDICT_LABEL: Record<Verdict, MessageKey> = {
  differs: 'verdictDiffers',
  distorted: 'verdictDistorted',
  consistent: 'verdictConsistent',
  mention: 'verdictMention',
};

/** The message for each counter-signal stance's label. */
export const STANCE_LABEL: Record<'contradicts' | 'complicates' | 'supports', MessageKey> = {
  contradicts: 'stanceContradicts',
  complicates: 'stanceComplicates',
  supports: 'stanceSupports',
};
