/** Every language's lexicon the matcher reads (English is the knowledge base itself). */
import { JA } from './ja';
import type { Lexicon } from './schema';
import { ZH } from './zh';

export const LEXICONS: readonly Lexicon[] = [ZH, JA];
export type { Lexicon } from './schema';
