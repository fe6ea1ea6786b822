/**
 * How each claim is recognised in wording nobody listed: groups of interchangeable terms
 * (concepts) that must co-occur in one sentence, with weights. See `detectionSchema` in
 * ./schema.ts for the format and README ("Claim detection") for the design.
 *
 * Format, language-neutral: every term is a plain lower-case string. Latin-script terms match
 * whole words (an optional plural "s" is allowed; spaces and hyphens are interchangeable; a final
 * "*" matches any word ending: "distil*" = distil, distills, distillation). Terms in Chinese or
 * Japanese (Han, kana) or Korean match anywhere, without word boundaries. To teach a claim
 * another language, add its words to the existing groups (the weights and thresholds stay).
 * A term may sit in groups of several claims.
 */
import type { Detection } from './schema';

/** The United States, as coverage names it. */
const US = [
  'the us', 'u.s', 'us models', 'us ai', 'us labs', 'us frontier', 'us china', 'us and china', 'us and its allies',
  'america', 'american', 'americans', 'united states', 'washington', 'democracies', 'democratic', 'us aligned', 'the west', 'western',
  // Longer keys win in the scan: a side named with its labs must still count as the side.
  'american labs', 'american ai labs', 'american models', 'american developers', 'american companies', 'american firms',
  'us companies', 'us firms', 'us developers', 'us systems', 'us chatbots',
];
/** China and its labs. */
const CHINA = [
  'china', 'chinese', 'prc', 'beijing', 'ccp', 'chinese communist party', 'china based', 'chinese labs', 'chinese ai labs',
  'chinese developers', 'chinese firms', 'chinese companies', 'chinese models', 'chinese rivals',
  // Longer keys win in the scan: a side named with its labs must still count as the side.
  'chinese ai companies', 'chinese ai firms', 'chinese ai developers',
];
/** Anthropic as coverage calls it without its name. */
const CLAUDE_MAKER = ['claude maker', 'maker of claude', "claude's maker", 'claude developer', 'developer of claude', "claude's developer", 'creator of claude'];
/** Where a scenario is set: the future, a condition, a path. */
const SCENARIO = ['2028', 'scenario', 'scenarios', 'path', 'paths', 'future', 'futures', 'outcome', 'outcomes', 'world', 'worlds'];

export const DETECTION: Record<string, Detection> = {
  'the-paper': {
    groups: [
      { name: 'publisher', weight: 1, terms: ['anthropic', ...CLAUDE_MAKER] },
      { name: 'document', weight: 1, terms: ['paper', 'essay', 'report', 'policy document', 'policy paper', 'white paper', 'memo', 'blog post', 'publication', 'manifesto', 'blueprint', 'policy blueprint'] },
      // Its thesis in other words: with the publisher and a theme, the paper is meant.
      { name: 'thesis', weight: 1, terms: ['race for compute', 'a race for compute', 'compute gap', 'widening compute gap'] },
      { name: 'theme', weight: 1, terms: ['2028', 'two scenarios', 'two futures', 'two possible futures', 'two worlds', 'two possible worlds', 'ai leadership', 'global ai', 'us china', 'compute race', 'ai race', 'ai competition', 'competition with china'] },
    ],
    threshold: 3,
  },
  'huawei-compute-share': {
    groups: [
      { name: 'subject', weight: 2, terms: ['huawei', 'ascend', 'hisilicon', 'smic', 'chinese chipmaker', 'chinese chipmakers', 'chinese chips', 'domestic chips', 'homegrown chips', 'chinese ai chips'] },
      { name: 'measure', weight: 1, terms: ['nvidia', 'aggregate compute', 'processing performance', 'total compute', 'compute output', 'computing power', 'us counterparts', 'american counterparts', 'allied counterparts'] },
      { name: 'share', weight: 1, terms: ['share', 'fraction', 'sliver', 'years behind', 'fall behind', 'falls behind', 'falling behind'] },
    ],
    threshold: 4,
    subject: ['subject'],
  },
  'us-compute-ratio-11x': {
    groups: [
      { name: 'ratio', weight: 2, terms: ['11x', '11 times', 'eleven times', 'elevenfold', '11 fold', '11 to 1', '11:1'] },
      { name: 'measure', weight: 1, terms: ['compute', 'computing', 'computing power', 'computing capacity', 'compute gap', 'compute advantage', 'ai compute', 'processing power', 'ai chips', 'ai capacity'] },
      { name: 'sides', weight: 1, terms: [...US, ...CHINA] },
    ],
    threshold: 4,
    // A multiple of something else ("11 times more on AI research than China") is not this figure.
    subject: ['measure'],
  },
  'deepseek-r1-0528-jailbreak': {
    groups: [
      { name: 'subject', weight: 2, terms: ['deepseek', 'r1', 'r1 0528', 'caisi', 'nist', 'reference models', 'us reference models'] },
      { name: 'measure', weight: 1, terms: ['malicious', 'harmful', 'jailbreak*', 'complied', 'comply', 'complies', 'compliance rate', 'malicious requests', 'harmful requests', 'prompts'] },
      { name: 'models', weight: 1, terms: ['us models', 'american models', 'chinese models'] },
    ],
    threshold: 3,
    require: ['measure'],
    subject: ['subject', 'models'],
  },
  'us-lead-current': {
    groups: [
      { name: 'gap', weight: 2, terms: ['by at least several months', 'by at least a few months', 'by several months', 'by a few months', 'by only a few months', 'by just a few months', 'by some months', 'lead of several months', 'lead of a few months', 'several months ahead', 'few months ahead', 'some months ahead', 'several months in front', 'few months in front', 'some months in front', 'several months behind', 'few months behind', 'some months behind', 'only months behind', 'just months behind', 'mere months', 'gap is a few months', 'gap is just a few months', 'gap is only a few months', 'gap of a few months', 'gap of just a few months', 'gap of only a few months', 'gap of several months', 'gap is several months', "few months' lead", "several months' lead", "some months' lead", 'by only several months', 'measured in months'] },
      { name: 'now', weight: 1, terms: ['today', 'currently', 'now', 'at present', 'right now', 'presently', 'still', 'for now', 'at the moment'] },
      { name: 'sides', weight: 1, terms: [...US, ...CHINA] },
    ],
    threshold: 3,
    require: ['gap', 'sides'],
    yieldsTo: ['scenario-one-lead', 'scenario-two-parity'],
  },
  'chinese-labs-safety-evals': {
    groups: [
      { name: 'labs', weight: 1, terms: ['chinese labs', 'chinese ai labs', 'chinese developers', 'chinese ai companies', 'chinese firms', 'chinese ai firms', 'chinese ai developers', 'prc labs'] },
      { name: 'safety', weight: 2, terms: ['safety evaluation', 'safety evaluations', 'safety evals', 'safety testing', 'safety tests', 'safety results', 'safety reports', 'safety research'] },
      { name: 'publish', weight: 1, terms: ['publish*', 'disclos*', 'release', 'releases', 'released', 'share', 'shared'] },
    ],
    threshold: 4,
  },
  'scenario-one-lead': {
    groups: [
      { name: 'size', weight: 2, terms: ['12 24 month', '12 to 24 month', 'twelve to twenty four month', 'one to two year', 'one or two year', 'a year or two', '1 2 year', 'a year or more', 'a year or longer', 'more than a year'] },
      { name: 'lead', weight: 1, terms: ['lead', 'leads', 'ahead', 'advantage', 'edge', 'head start', 'margin', 'in front', 'dominance', 'superiority', 'supremacy'] },
      { name: 'us', weight: 1, terms: US },
      { name: 'scenario', weight: 1, terms: [...SCENARIO, 'first scenario', 'first path', 'first future', 'first world', 'first outcome', 'under the first', 'in the first', 'best case', 'if washington acts'] },
      { name: 'growing', weight: 0.5, terms: ['growing', 'widen*', 'grows', 'extend*', 'lock in', 'locks in', 'locking in', 'preserve', 'keep', 'keeps', 'hold', 'holds'] },
      { name: 'china', weight: 0.5, terms: CHINA },
    ],
    threshold: 3.5,
    // Its figure is the US lead: "a year or two behind ASML" is not it.
    subject: ['us', 'scenario'],
  },
  'scenario-two-parity': {
    groups: [
      { name: 'parity', weight: 2, terms: ['parity', 'near parity', 'catch up', 'catches up', 'catching up', 'caught up', 'close the gap', 'closes the gap', 'closing the gap', 'closed the gap', 'neck and neck', 'few months behind', 'by only a few months', 'by just a few months', 'only months behind', 'just months behind', 'mere months', 'within a few months', 'within months', 'could match', 'would match', 'could rival', 'would rival', 'near frontier', 'on par', 'level with', 'draw level', 'draws level', 'pull even', 'pulls even', 'keep pace', 'keeps pace', 'keep up', 'keeps up', 'nearly equal', 'roughly equal', 'overtake*', 'erode*', 'eroding'] },
      { name: 'china', weight: 1, terms: CHINA },
      { name: 'condition', weight: 1, terms: [...SCENARIO, 'second scenario', 'second path', 'other path', 'second future', 'second', 'alternative', 'if washington', 'does nothing', 'do nothing', 'nothing changes', 'left unchecked', 'fails to act', 'fail to act', 'inaction', 'absent action', 'without action', 'no action', 'status quo', 'loosen*', 'porous', 'weak enforcement', 'lax'] },
    ],
    threshold: 3.5,
    require: ['parity'],
  },
  'distillation-attacks': {
    groups: [
      // The verb and its nouns, not every word starting "distil" (a distillery, a distiller, distilled spirits).
      { name: 'technique', weight: 2, terms: ['distil', 'distill', 'distils', 'distills', 'distilled', 'distilling', 'distillation', 'distillations', 'model extraction', 'extraction attack*'] },
      { name: 'harvest', weight: 1, terms: ['harvest*', 'scrape', 'scraping', 'scraped', 'siphon*', 'extract', 'extracting', 'extracted', 'copy', 'copies', 'copying', 'copied', 'clone', 'cloning', 'cloned', 'steal', 'stealing', 'stole', 'stolen', 'mine', 'mining', 'train on', 'trained on', 'training on', 'imitate', 'imitating', 'mimic*', 'piggyback*', 'free ride', 'free riding'] },
      { name: 'outputs', weight: 1, terms: ['output', 'outputs', 'responses', 'answers', 'capabilities', 'behavior', 'behaviour', 'know how', 'reasoning traces'] },
      { name: 'accounts', weight: 1.5, terms: ['fake accounts', 'fraudulent accounts', 'sham accounts', 'bogus accounts', 'fake account', 'proxy accounts', 'proxy services', 'thousands of accounts', 'accounts', 'sock puppet'] },
      { name: 'models', weight: 1, terms: ['us models', 'american models', 'us ai models', 'frontier models', 'frontier model', 'claude', ...CLAUDE_MAKER, 'openai', 'chatgpt', 'gpt', 'gemini', 'us labs', 'american labs', 'leading models', 'cutting edge models', 'us frontier'] },
      { name: 'actor', weight: 1, terms: [...CHINA, 'deepseek', 'moonshot', 'minimax'] },
    ],
    threshold: 3,
  },
  'overseas-datacenters': {
    groups: [
      { name: 'remote', weight: 2, terms: ['remote access', 'remotely access*', 'remotely obtain*', 'remotely use', 'access remotely', 'remote data center', 'remote compute', 'cloud access', 'offshore cloud', 'overseas cloud', 'foreign cloud'] },
      // Renting, a place abroad and a Chinese actor can be any office lease: they stay under the threshold without a compute term.
      { name: 'rent', weight: 0.75, terms: ['rent', 'rents', 'renting', 'rented', 'rental', 'rentals', 'lease', 'leases', 'leasing', 'leased', 'hire', 'hiring'] },
      { name: 'place', weight: 1, terms: ['overseas', 'abroad', 'offshore', 'foreign', 'outside china', 'third countries', 'third country', 'southeast asia', 'southeast asian', 'south east asia', 'malaysia', 'malaysian', 'indonesia', 'indonesian', 'singapore', 'thailand', 'vietnam'] },
      { name: 'infra', weight: 1, terms: ['data center', 'data centre', 'datacenter', 'datacentre', 'server farm', 'cloud', 'cloud provider', 'cloud providers', 'cloud service', 'cloud services', 'cloud computing', 'hyperscaler', 'compute capacity'] },
      { name: 'controlled', weight: 1.5, terms: ['restricted chips', 'restricted chip', 'restricted gpus', 'restricted nvidia', 'restricted compute', 'restricted us chips', 'restricted u.s. chips', 'restricted technolog*', 'restricted u.s. technolog*', 'restricted us technolog*', 'controlled chips', 'controlled compute', 'controlled technolog*', 'controlled items', 'export controlled', 'banned chips', 'banned gpus', 'prohibited chips', 'advanced chips', 'advanced nvidia', 'advanced gpus', 'cutting edge chips', 'high end chips', 'top end chips', 'blackwell', 'h100', 'h200', 'b200', 'gb200', 'nvidia chips', 'nvidia gpus', 'us chips', 'american chips', 'sensitive technolog*'] },
      { name: 'actor', weight: 1, terms: [...CHINA, 'alibaba', 'bytedance', 'tencent', 'adversaries', 'adversary'] },
      { name: 'loophole', weight: 1, terms: ['loophole*', 'bypass*', 'get around', 'gets around', 'getting around', 'circumvent*', 'sidestep*', 'evade', 'evading', 'skirt', 'skirting', 'workaround', 'gap in the rules'] },
    ],
    threshold: 3,
  },
  'remote-access-bill-vote': {
    groups: [
      { name: 'bill', weight: 2, terms: ['remote access security act', 'h.r. 2683', 'hr 2683', 'remote access bill'] },
      { name: 'law', weight: 1, terms: ['bill', 'act', 'legislation', 'measure'] },
      { name: 'chamber', weight: 1, terms: ['house', 'house of representatives', 'lawmakers', 'congress', 'representatives'] },
      { name: 'passed', weight: 1, terms: ['passed', 'passes', 'vote', 'voted', 'votes', 'approved', 'cleared'] },
      { name: 'remote', weight: 1, terms: ['remote access', 'remotely', 'cloud'] },
    ],
    threshold: 4,
    subject: ['bill', 'law'],
  },
  'mythos-firefox': {
    groups: [
      { name: 'model', weight: 1.5, terms: ['mythos', 'glasswing', 'claude', 'anthropic'] },
      { name: 'browser', weight: 1.5, terms: ['firefox', 'mozilla'] },
      { name: 'measure', weight: 1, terms: ['bugs', 'fixes', 'fixed', 'vulnerabilities', 'security', 'flaws', 'patches'] },
    ],
    threshold: 4,
    require: ['model', 'browser'],
    subject: ['model', 'browser'],
  },
  'supermicro-diversion': {
    groups: [
      { name: 'subject', weight: 2, terms: ['supermicro', 'super micro', 'smci', 'liaw', 'wally liaw', 'yih shyan'] },
      { name: 'act', weight: 1, terms: ['divert*', 'smuggl*', 'indict*', 'charged', 'prosecutors', 'alleged'] },
    ],
    threshold: 3,
    subject: ['subject'],
  },
  'kimi-k25-cbrn': {
    groups: [
      { name: 'subject', weight: 2, terms: ['kimi', 'kimi k2.5', 'moonshot'] },
      { name: 'cbrn', weight: 2, terms: ['cbrn', 'chemical', 'biological', 'radiological', 'nuclear', 'bioweapon*', 'weapons of mass destruction'] },
      { name: 'refuse', weight: 1, terms: ['refus*', 'comply', 'complied', 'safeguards', 'safety evaluation'] },
    ],
    threshold: 4,
    require: ['subject', 'cbrn'],
    subject: ['subject'],
  },
  'open-weights-liability': {
    groups: [
      { name: 'open', weight: 2, terms: ['open weight', 'open weights', 'open source model', 'open source models', 'open models', 'openly released'] },
      { name: 'risk', weight: 2, terms: ['liabilit*', 'security risk', 'security risks', 'national security', 'threat', 'threats', 'dangerous', 'danger', 'strip*', 'safeguards can be removed', 'remove the safeguards', 'removing the safeguards', 'remove safeguards', 'removing safeguards', 'safeguards removed'] },
    ],
    threshold: 4,
  },
  'four-fronts': {
    groups: [
      { name: 'four', weight: 1.5, terms: ['four arenas', 'four areas', 'four domains', 'four battlegrounds', 'four pillars', 'four dimensions', 'four fields', 'four theaters', 'four theatres', 'four fronts'] },
      { name: 'intelligence', weight: 1, terms: ['intelligence'] },
      { name: 'adoption', weight: 1, terms: ['adoption', 'domestic adoption'] },
      { name: 'distribution', weight: 1, terms: ['distribution', 'global distribution'] },
      { name: 'resilience', weight: 1, terms: ['resilience'] },
    ],
    threshold: 3,
  },
  'policy-asks': {
    groups: [
      { name: 'ask-chips', weight: 1.5, terms: ['smuggling', 'smuggling route', 'smuggling routes', 'chip smuggling', 'export control', 'export controls', 'export enforcement', 'enforcement', 'chipmaking equipment', 'semiconductor equipment', 'enforcement budget', 'enforcement budgets'] },
      { name: 'ask-distillation', weight: 1.5, terms: ['crime', 'criminaliz*', 'criminalis*', 'illegal', 'outlaw*', 'punish*', 'penaliz*', 'penalis*'] },
      { name: 'ask-export', weight: 1.5, terms: ['us stack', 'american stack', 'ai stack', 'tech stack', 'american ai', 'export american', 'sell american', 'promote american', 'american technology', 'us technology abroad', 'spread american'] },
      { name: 'ask', weight: 1, terms: ['calls for', 'call for', 'calling for', 'calls on', 'call on', 'calling on', 'urge', 'urges', 'urged', 'urging', 'recommend*', 'propose', 'proposes', 'proposed', 'asks', 'demands', 'wants', 'congress', 'policymakers', 'lawmakers', 'shut', 'recommendations', 'prescriptions', 'proposals'] },
      // Who asks: with it, one ask and its verb state the claim ("Anthropic calls for tighter export controls").
      { name: 'asker', weight: 1, terms: ['anthropic', ...CLAUDE_MAKER, 'the paper', 'the essay', 'the report', 'the authors'] },
    ],
    threshold: 3.5,
  },
};
