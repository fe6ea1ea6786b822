import type { Verdict } from '@/lib/knowledge';

export const VERDICT_LABEL: Record<Verdict, string> = {
  differs: 'Differs from the source',
  distorted: 'Right number, wrong statement',
  consistent: 'Matches the source',
  mention: 'Mentioned',
};

export const STANCE_LABEL: Record<'contradicts' | 'complicates' | 'supports', string> = {
  contradicts: 'Cuts against',
  complicates: 'Complicates',
  supports: 'Supports',
};
