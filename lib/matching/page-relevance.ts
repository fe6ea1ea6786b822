/**
 * A cheap page-level signal: is this page about AI, chips or AI policy at all? A phone review that
 * names Huawei, a poll with "94%", a distillery or a recipe gets no highlights.
 * Counts distinct AI-policy terms in the folded page text (one RegExp pass); the paper's own title
 * is enough on its own.
 */
import type { Lexicon } from '../knowledge/lexicon/schema';
import { escapeRegExp } from './escape-regexp';
import { UNSPACED_SCRIPT, foldHanTerm } from './han-script';

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

/** The lexicons' relevance terms and paper titles, compiled once. */
export interface LexiconRelevance {
  pattern: RegExp | null;
  group: Map<string, string>;
  title: RegExp | null;
}

/** Compiles the relevance terms of other languages (their terms count with the English ones, by group). */
export function compileLexiconRelevance(lexicons: readonly Lexicon[]): LexiconRelevance {
  const group = new Map<string, string>();
  for (const l of lexicons) for (const [term, g] of Object.entries(l.relevance)) group.set(foldHanTerm(term), GROUP.get(g) ?? g);
  const terms = [...group.keys()].sort((a, b) => b.length - a.length);
  const edge = (t: string) => `${/^[a-z0-9]/.test(t) ? '(?<![a-z0-9])' : ''}${escapeRegExp(t)}${/[a-z0-9]$/.test(t) ? '(?![a-z0-9])' : ''}`;
  // Title patterns are folded as page text is (a Japanese 報告 reads 报告 there).
  const titles = lexicons.flatMap((l) => l.paperTitle.map(foldHanTerm));
  return {
    pattern: terms.length ? new RegExp(terms.map(edge).join('|'), 'g') : null,
    group,
    title: titles.length ? new RegExp(titles.join('|')) : null,
  };
}

/** Judges folded (lower-case) page text; other languages' terms count when the page has their script. */
export function assessRelevance(foldedText: string, lexicons?: LexiconRelevance): Relevance {
  const found = new Set<string>();
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(foldedText))) {
    found.add(GROUP.get(m[0]) ?? m[0]);
  }
  let namesPaper = PAPER_TITLE.test(foldedText);
  if (lexicons && UNSPACED_SCRIPT.test(foldedText)) {
    if (lexicons.pattern) {
      lexicons.pattern.lastIndex = 0;
      while ((m = lexicons.pattern.exec(foldedText))) found.add(lexicons.group.get(m[0]) ?? m[0]);
    }
    namesPaper ||= !!lexicons.title?.test(foldedText);
  }
  return { relevant: namesPaper || found.size >= MIN_DISTINCT_TERMS, terms: [...found], namesPaper };
}
