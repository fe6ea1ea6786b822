/**
 * A cheap page-level signal: is this page about AI, chips or AI policy at all? A phone review that
 * names Huawei, a poll with "94%", a distillery or a recipe gets no highlights.
 * Counts distinct AI-policy terms in the folded page text (one RegExp pass); the paper's own title
 * is enough on its own.
 */
import { escapeRegExp } from './escape-regexp';

const TERMS = [
  'artificial intelligence', 'ai model', 'ai models', 'ai system', 'ai systems', 'language model', 'language models',
  'llm', 'llms', 'frontier model', 'frontier models', 'frontier ai', 'ai lab', 'ai labs', 'ai chip', 'ai chips',
  'ai compute', 'export control', 'export controls', 'gpu', 'gpus', 'semiconductor', 'semiconductors', 'chipmaker',
  'chipmakers', 'data center', 'data centers', 'data centre', 'data centres', 'datacenter', 'datacenters',
  'jailbreak', 'jailbreaking', 'open-weight', 'open weights', 'model weights', 'anthropic', 'openai', 'claude',
  'chatgpt', 'deepseek', 'nvidia', 'caisi', 'distillation attack', 'distillation attacks', 'chatbot', 'chatbots',
  'machine learning', 'ai safety', 'ai policy', 'ai race', 'ai leadership', 'generative ai', 'training run',
  'h200', 'h100', 'blackwell', 'ascend', 'moonshot ai', 'minimax', 'qwen',
  'ai companies', 'ai company', 'ai developers', 'ai industry', 'ai sector', 'ai servers', 'ai server',
  'chip exports', 'chip export', 'supermicro', 'super micro', 'smic', 'hisilicon', 'nist', 'mythos',
  'project glasswing', 'remote access security act', 'tpu', 'tpus', 'zettaflops',
  // Weak on their own; they add up with the others.
  'ai', 'a.i.', 'compute gap', 'computing power',
];

/** The terms that count towards relevance, grouped so that plural and singular count once. */
const GROUP = new Map<string, string>(
  TERMS.map((t) => [t, t.replace(/ies$/, 'y').replace(/s$/, '').replace(/centre$/, 'center').replace(/^datacenter$/, 'data center')]),
);
const PATTERN = new RegExp(`(?<![a-z0-9])(?:${[...TERMS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![a-z0-9])`, 'g');
// The paper's title, or a name that belongs to its subject alone (the bill it backs).
const PAPER_TITLE = /two scenarios for global ai (?:leadership|dominance)|anthropic'?s 2028 (?:paper|essay|report)|remote access security act/;

export const MIN_DISTINCT_TERMS = 3;

export interface Relevance {
  relevant: boolean;
  /** Distinct AI-policy terms found. */
  terms: string[];
  namesPaper: boolean;
}

/** Judges folded (lower-case) page text. */
export function assessRelevance(foldedText: string): Relevance {
  const found = new Set<string>();
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(foldedText))) {
    found.add(GROUP.get(m[0]) ?? m[0]);
  }
  const namesPaper = PAPER_TITLE.test(foldedText);
  return { relevant: namesPaper || found.size >= MIN_DISTINCT_TERMS, terms: [...found], namesPaper };
}
