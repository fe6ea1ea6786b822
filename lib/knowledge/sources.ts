import type { Source } from './schema';

/** Every source the knowledge base cites. A URL appears only where the facts inventory lists one. */
export const SOURCES = [
  {
    id: 'paper',
    name: 'Anthropic',
    title: '2028: Two scenarios for global AI leadership',
    date: '14 May 2026',
    url: 'https://www.anthropic.com/research/2028-ai-leadership',
  },
  {
    id: 'caisi',
    name: 'CAISI (NIST)',
    title: 'CAISI Evaluation of DeepSeek AI Models Finds Shortcomings and Risks',
    date: '30 Sept 2025',
    url: 'https://www.nist.gov/news-events/news/2025/09/caisi-evaluation-deepseek-ai-models-finds-shortcomings-and-risks',
  },
  { id: 'coverage-may-2026', name: 'Coverage of the paper', date: 'May 2026' },
  { id: 'register-type0', name: 'The Register, as covered by type0.ai', date: 'May 2026' },
  { id: 'register-coverage', name: 'The Register, as covered in May 2026', date: 'May 2026' },
  { id: 'reuters-huawei-volume', name: 'Reuters-based coverage (e.g. thenews.com.pk)', date: 'Sept 2025 onward' },
  { id: 'huawei-connect', name: 'Huawei (public roadmap at Huawei Connect)', date: 'Sept 2025' },
  { id: 'ft-huawei-revenue', name: 'Financial Times report (not independently verified, per Reuters)' },
  { id: 'reuters-deepseek-v4', name: 'Reuters-based coverage of DeepSeek V4', date: 'Apr 2026' },
  { id: 'bernstein', name: 'Bernstein estimate' },
  { id: 'planettools-huawei', name: 'ThePlanetTools.ai (editorial)', date: '24 May 2026' },
  { id: 'planettools', name: 'ThePlanetTools.ai (editorial)', date: 'May 2026' },
  { id: 'h200-decision', name: 'President Trump, announcement on NVIDIA H200 sales to China', date: '8 Dec 2025' },
  { id: 'commerce-h200-rules', name: 'US Commerce Department rules on H200 sales (later)' },
  { id: 'cnbc-china-compute', name: 'CNBC, reporting projections', date: 'March 2026' },
  { id: 'deepseek-v4-release', name: 'DeepSeek V4 release', date: '24 Apr 2026' },
  { id: 'kimi-audit-coverage', name: 'Coverage of Kimi K2.5', date: '2026' },
  { id: 'hassabis', name: 'Demis Hassabis, Google DeepMind CEO', date: 'January 2026' },
  { id: 'swe-bench-coverage', name: 'Coverage of the DeepSeek V4-Pro launch', date: 'Apr 2026' },
  { id: 'anthropic-distillation', name: 'Anthropic disclosure on distillation attacks', date: '23 Feb 2026' },
  { id: 'graylin', name: 'Alvin Wang Graylin (Asia Society Policy Institute), in coverage', date: 'May 2026' },
  { id: 'indictment', name: 'US federal indictment (unsealed)', date: '19 March 2026' },
  { id: 'house-vote', name: 'US House of Representatives vote', date: 'January 2026' },
  {
    id: 'mozilla',
    name: 'Mozilla (Mozilla Hacks blog)',
    title: 'Behind the Scenes Hardening Firefox with Claude Mythos Preview',
    date: '7 May 2026',
  },
  { id: 'glasswing', name: 'Anthropic, Claude Mythos Preview / Project Glasswing announcement', date: '7 Apr 2026' },
  { id: 'yong-2026', name: 'Yong et al., independent preliminary safety assessment', date: '2026' },
] as const satisfies readonly Source[];

export type SourceId = (typeof SOURCES)[number]['id'];

const byId = new Map<string, Source>(SOURCES.map((s) => [s.id, s]));

export function sourceById(id: string): Source | undefined {
  return byId.get(id);
}
