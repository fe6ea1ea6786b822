/**
 * The only URLs the extension may show: those listed in the project's facts inventory.
 * The unit tests check the knowledge base against this list and this list against the inventory.
 */
export const ALLOWED_URLS: readonly string[] = [
  'https://www.anthropic.com/research/2028-ai-leadership',
  'https://www.nist.gov/news-events/news/2025/09/caisi-evaluation-deepseek-ai-models-finds-shortcomings-and-risks',
];

/** Claim ids defined by the facts inventory: the public contract highlights and the popup carry. */
export const CONTRACT_CLAIM_IDS: readonly string[] = [
  'the-paper',
  'huawei-compute-share',
  'us-compute-ratio-11x',
  'deepseek-r1-0528-jailbreak',
  'chinese-labs-safety-evals',
  'us-lead-current',
  'scenario-one-lead',
  'scenario-two-parity',
  'distillation-attacks',
  'overseas-datacenters',
  'supermicro-diversion',
  'remote-access-bill-vote',
  'mythos-firefox',
  'kimi-k25-cbrn',
  'policy-asks',
  'four-fronts',
  'open-weights-liability',
];
