import { DETECTION } from './detection';
import type { Claim } from './schema';

const REVIEWED = '2026-11-23';
/**
 * Corrections shared by a distortion stated with a figure and the same one stated without it (the
 * matcher shows one of the two per block: it compares corrections).
 */
const HUAWEI_FALLS_BEHIND = 'The paper projects Huawei falling further behind: 4% of NVIDIA in 2026, 2% in 2027.';
const THE_DEFENDANTS = 'The defendants are Yih-Shyan "Wally" Liaw, Ruei-Tsang "Steven" Chang and Ting-Wei "Willy" Sun.';

/**
 * Every claim of the paper the extension knows, in our own words. Figures, dates and attributions
 * follow the project's facts inventory exactly. Claim ids are a public contract: never rename one.
 */
const CLAIM_TEXTS: Claim[] = [
  {
    id: 'the-paper',
    title: '"2028: Two scenarios for global AI leadership" (Anthropic)',
    summary:
      'A May 2026 policy essay from Anthropic arguing that AI leadership is mostly a matter of compute, and that export controls decide which of two 2028 scenarios comes true.',
    quote: 'in large part a race for compute',
    quoteSource: 'paper',
    figures: [
      { kind: 'money', value: 30e9, display: '$30B', measures: "size of Anthropic's reported funding round", role: 'context', cues: ['funding', 'round', 'raise', 'raising'], source: 'coverage-may-2026' },
      { kind: 'money', value: 200e6, display: '$200M', measures: 'Department of Defense deal Anthropic lost', role: 'context', cues: ['defense', 'pentagon', 'dod'], source: 'coverage-may-2026' },
    ],
    sources: ['paper'],
    caveats: [
      { text: 'The two scenarios are thought experiments, not predictions.', source: 'coverage-may-2026' },
      { text: "It blends facts, outside studies and Anthropic's own reading of them; it argues a policy position.", source: 'coverage-may-2026' },
      { text: 'Anthropic is an interested party: it had about 10 GW of compute deals lined up and was reportedly raising about $30B.', source: 'coverage-may-2026' },
    ],
    counterSignals: [
      { text: "The day the paper appeared, NVIDIA's Jensen Huang was in Beijing with President Trump making the case for selling chips to China.", source: 'register-type0', stance: 'complicates' },
      { text: 'Anthropic had lost a roughly $200M US Department of Defense deal after a dispute.', source: 'coverage-may-2026', stance: 'complicates' },
    ],
    phrases: [],
    topicWords: ['anthropic', 'paper', 'essay'],
    distortions: [
      {
        text: 'Dated to the wrong year (one explainer said "early 2025").',
        correction: 'It was published on 14 May 2026.',
        scope: 'statement',
        signals: [
          "\\b(?:paper|essay|report|document)\\b[^.;]{0,60}\\b(?:published|released|unveiled|issued|came out|put out)\\b[^.;]{0,12}\\b(?:in|on|during)\\b[^.;]{0,20}\\b(?:2023|2024|2025|2027)\\b",
          "\\b(?:published|released|unveiled|issued|put out)\\b(?: (?:its|a|the|an|this|his))?(?: [a-z'-]+){0,3} (?:paper|essay|report)\\b[^.;]{0,12}\\b(?:in|on|during)\\b[^.;]{0,20}\\b(?:2023|2024|2025|2027)\\b",
          "\\b(?:anthropic's|its) (?:2023|2024|2025) (?:paper|essay|report)\\b",
        ],
      },
      { text: 'Called "Two Scenarios for Global AI Dominance".', correction: 'The title is "2028: Two scenarios for global AI leadership".' },
    ],
    lastReviewed: REVIEWED,
  },
  {
    id: 'huawei-compute-share',
    title: "Huawei's compute output vs NVIDIA: 4% in 2026, 2% in 2027",
    summary:
      "The paper projects Huawei's total AI compute output at 4% of NVIDIA's in 2026 and 2% in 2027, and calls Chinese chipmakers years behind.",
    quote: "Huawei will produce just 4% of NVIDIA's aggregate compute in 2026 in total processing performance, and 2% in 2027.",
    quoteSource: 'paper',
    figures: [
      { kind: 'percent', value: 4, display: '4%', measures: "Huawei's 2026 aggregate AI compute (TPP) as a share of NVIDIA's", role: 'headline', cues: ['of nvidia', "nvidia's compute", "nvidia's aggregate", "nvidia's total", "nvidia's output", 'compute nvidia', 'relative to nvidia', 'compared with nvidia', 'compared to nvidia', 'as many chips as nvidia', 'as much as nvidia', 'processing performance', 'of what nvidia', "nvidia's production", "nvidia's shipments", 'nvidia will make', 'nvidia will produce', 'nvidia will ship'], source: 'paper' },
      { kind: 'percent', value: 2, display: '2%', measures: "Huawei's projected 2027 share of NVIDIA's aggregate compute", role: 'headline', cues: ['of nvidia', "nvidia's compute", "nvidia's aggregate", "nvidia's total", "nvidia's output", 'compute nvidia', 'relative to nvidia', 'compared with nvidia', 'compared to nvidia', 'as many chips as nvidia', 'as much as nvidia', 'processing performance', 'of what nvidia', "nvidia's production", "nvidia's shipments", 'nvidia will make', 'nvidia will produce', 'nvidia will ship'], source: 'paper' },
      { kind: 'count', value: 600_000, unit: 'chips', display: '600,000 chips', measures: 'Ascend 910C chips Huawei plans to make in 2026', role: 'context', cues: ['910c', 'ascend', 'chips'], source: 'reuters-huawei-volume' },
      { kind: 'count', value: 1_600_000, unit: 'dies', display: '1.6 million dies', measures: 'Ascend dies across models planned for 2026', role: 'context', cues: ['dies', 'ascend'], source: 'reuters-huawei-volume' },
      { kind: 'count', value: 15_488, unit: 'chips', display: '15,488 chips', measures: 'largest Atlas 950/960 cluster on Huawei\'s roadmap', role: 'context', cues: ['atlas', 'cluster'], source: 'huawei-connect' },
      { kind: 'money', value: 12e9, display: '$12B', measures: "Huawei's expected 2026 AI chip revenue", role: 'context', cues: ['revenue', 'sales'], source: 'ft-huawei-revenue' },
      { kind: 'money', value: 7.5e9, display: '$7.5B', measures: "Huawei's prior-year AI chip revenue", role: 'context', cues: ['revenue', 'sales'], source: 'ft-huawei-revenue' },
      { kind: 'percent', value: 60, display: '60%', measures: "expected growth of Huawei's AI chip revenue", role: 'context', cues: ['revenue', 'growth'], source: 'ft-huawei-revenue' },
      { kind: 'percent', value: 6, display: '6%', measures: "Ascend 950's performance relative to NVIDIA's VR200 superchip (Bernstein)", role: 'context', cues: ['vr200', 'bernstein', 'ascend 950'], source: 'bernstein' },
    ],
    sources: ['paper'],
    caveats: [
      { text: 'These are projections, not measurements; the 2027 figure is further out still.', source: 'paper' },
      { text: 'It compares aggregate output in total processing performance (TPP), not chip counts, per-chip speed or compute actually deployed.', source: 'paper' },
      { text: 'NVIDIA chips that reach Chinese labs through smuggling or remote access are not counted.', source: 'coverage-may-2026' },
      { text: "The paper's underlying estimate is not public in the coverage.", source: 'coverage-may-2026' },
    ],
    counterSignals: [
      { text: 'Huawei plans about 600,000 Ascend 910C chips in 2026, roughly double 2025, and about 1.6 million dies across Ascend models.', source: 'reuters-huawei-volume', stance: 'complicates' },
      { text: "Huawei's public roadmap: Ascend 950 in 2026, 960 in 2027, 970 in 2028, with its own high-bandwidth memory; Atlas 950/960 clusters of up to 15,488 chips.", source: 'huawei-connect', stance: 'complicates' },
      { text: 'Huawei expects about $12B of AI chip revenue in 2026, up 60% from $7.5B.', source: 'ft-huawei-revenue', stance: 'complicates' },
      { text: 'DeepSeek V4 (24 Apr 2026) was adapted to Huawei Ascend chips; Huawei says its chips trained part of V4-Flash.', source: 'reuters-deepseek-v4', stance: 'complicates' },
      { text: "Bernstein puts the Ascend 950 at about 6% of the performance of NVIDIA's next-generation VR200 superchip.", source: 'bernstein', stance: 'supports' },
      { text: 'A credible Huawei/SMIC path to close the NVIDIA gap before 2028 would turn the 4%-to-2% trajectory "into a footnote".', source: 'planettools-huawei', stance: 'contradicts' },
    ],
    phrases: ['total processing performance'],
    topicWords: ['huawei', 'ascend', 'hisilicon', 'smic', 'nvidia'],
    distortions: [
      { text: '"Huawei could achieve compute parity by 2028."', correction: HUAWEI_FALLS_BEHIND, signals: ['\\bparity\\b', 'catch(?:es|ing)? up with nvidia', '\\bmatch(?:es|ing)? nvidia', 'on (?:a )?par with nvidia', '(?:draw|pull)(?:s|ing)? level with nvidia'] },
      {
        // The same misreading said without a figure (the words of it are highlighted; the pattern
        // starts with them, so that the engine looks behind for Huawei only where they are). Its own entry,
        // worded without "parity", which the Chinese and Japanese lexicons key their figure-scoped
        // signals on: English only, Huawei, catching up and 2028 in one sentence, not negated.
        text: '"Huawei could catch up with NVIDIA\'s compute by 2028."',
        correction: HUAWEI_FALLS_BEHIND,
        scope: 'statement',
        signals: [
          "\\b(?:(?:compute|computing|chip|ai chip) parity|parity with nvidia|on (?:a )?par with nvidia|catch(?:es|ing)? up (?:with|to) nvidia|match(?:es|ing)? nvidia|(?:draw|pull)(?:s|ing)? level with nvidia)\\b(?<=\\b(?:huawei|ascend)\\b(?:(?!\\b(?:not|never|unlikely|won't|cannot|can't|far from|no)\\b)[^.;!?]){0,120})(?=(?:(?!\\b(?:not|never)\\b)[^.;!?]){0,60}?\\b(?:by|in|before|around) 2028\\b)",
        ],
      },
      { text: '"Huawei makes 4% as many chips as NVIDIA."', correction: 'The 4% is aggregate compute (total processing performance), not a count of chips.', signals: ['as many (?:\\w+ )?(?:chips|gpus|processors|units)', '% of (?:nvidia\'s |the )?(?:\\w+ )?(?:chips|gpus|units) '] },
    ],
    lastReviewed: REVIEWED,
  },
  {
    id: 'us-compute-ratio-11x',
    title: 'About 11x more compute for the US than China, if controls tighten',
    summary:
      "Citing one study, the paper says that with stronger restrictions on China's access to US compute, America would have roughly 11 times the compute of China's AI sector.",
    quote: "if the US strengthens its restrictions on the CCP's ability to access US compute, one study estimates that America will have access to roughly 11 times more compute than China's AI sector.",
    quoteSource: 'paper',
    figures: [
      { kind: 'multiple', value: 11, display: '11x', measures: "US compute vs China's AI sector, under strengthened restrictions", role: 'headline', cues: ['the computing power', 'the compute of', 'than china', 'than chinese', 'as china', 'as chinese', 'compute of china', "china's compute", 'compute china has', 'than the prc', 'over china', 'vs china', 'vs. china', 'versus china', "china's ai sector", 'us compute', 'american compute', 'compute advantage', 'compute gap'], source: 'paper' },
      { kind: 'multiple', value: 4, display: '4:1', measures: 'low end of an editorial estimate of the realistic US advantage through 2028', role: 'context', cues: ['advantage', 'floor', 'realistic'], source: 'planettools' },
      { kind: 'multiple', value: 6, display: '6:1', measures: 'high end of an editorial estimate of the realistic US advantage through 2028', role: 'context', cues: ['advantage', 'floor', 'realistic'], source: 'planettools' },
      { kind: 'percent', value: 25, display: '25%', measures: 'share of H200 revenue to be paid to the US government', role: 'context', cues: ['h200', 'revenue'], source: 'h200-decision' },
      { kind: 'percent', value: 50, display: '50%', measures: 'cap on H200 volume for China relative to US supply', role: 'context', cues: ['h200', 'cap', 'supply'], source: 'commerce-h200-rules' },
    ],
    sources: ['paper'],
    caveats: [
      { text: "Conditional: it describes what strengthened restrictions would achieve, not today's ratio.", source: 'paper' },
      { text: 'It comes from "one study" that the coverage does not name.', source: 'coverage-may-2026' },
    ],
    counterSignals: [
      { text: 'Even with imperfect enforcement, a 4:1 to 6:1 US advantage is the realistic floor through 2028.', source: 'planettools', stance: 'complicates' },
      { text: 'Policy moved the other way: on 8 Dec 2025 President Trump said NVIDIA may sell H200 chips to approved customers in China, with 25% of revenue paid to the US government.', source: 'h200-decision', stance: 'contradicts' },
      { text: 'Later Commerce Department rules cap H200 volume for China at 50% of US supply.', source: 'commerce-h200-rules', stance: 'complicates' },
      { text: 'China had about 5 zettaFLOPS of AI compute, per projections reported by CNBC.', source: 'cnbc-china-compute', stance: 'complicates' },
    ],
    phrases: [],
    topicWords: ['compute', 'computing power', 'computing capacity'],
    distortions: [
      { text: '"The US has 11 times more compute than China."', correction: 'The 11x is a conditional estimate for a future with strengthened restrictions, not a present fact.', signals: ['\\b(?:already|currently|today|at present)\\b', '(?<!(?:would|could|will|might|may|to) )\\b(?:has|have) (?:roughly |about |around )?(?:11|eleven)'] },
    ],
    lastReviewed: REVIEWED,
  },
  {
    id: 'deepseek-r1-0528-jailbreak',
    title: 'DeepSeek R1-0528 complied with 94% of overtly malicious requests (CAISI)',
    summary:
      "Under one common jailbreaking technique, NIST's CAISI found DeepSeek's R1-0528 complied with 94% of overtly malicious requests, against 8% for US reference models.",
    quote: "DeepSeek's R1-0528 model complied with 94% of overtly malicious requests under a common jailbreaking technique, compared with 8% for US reference models.",
    quoteSource: 'paper',
    figures: [
      { kind: 'percent', value: 94, display: '94%', measures: 'overtly malicious requests R1-0528 complied with under one jailbreak', role: 'headline', cues: ['malicious', 'jailbreak', 'jailbreaking', 'complied', 'comply', 'complying', 'compliance', 'requests', 'harmful'], source: 'caisi' },
      { kind: 'percent', value: 8, display: '8%', measures: 'the same rate for US reference models', role: 'headline', cues: ['malicious', 'jailbreak', 'jailbreaking', 'complied', 'comply', 'complying', 'compliance', 'requests', 'harmful'], source: 'caisi' },
      { kind: 'percent', value: 92, display: '92%', measures: 'share of those requests US reference models refused (the complement of 8%)', role: 'complement', cues: [], source: 'caisi' },
      { kind: 'percent', value: 6, display: '6%', measures: 'share R1-0528 refused (the complement of 94%)', role: 'complement', cues: [], source: 'caisi' },
      { kind: 'multiple', value: 12, display: '12x', measures: 'how much more likely R1-0528 agents were to follow agent-hijacking instructions', role: 'related', cues: ['hijack', 'hijacking', 'agent', 'agents'], source: 'caisi' },
      { kind: 'multiple', value: 4, display: '4x', measures: 'how much more often DeepSeek models echoed CCP narratives', role: 'related', cues: ['narratives', 'ccp', 'propaganda'], source: 'caisi' },
      { kind: 'percent', value: 35, display: '35%', measures: 'how much less a comparable US model cost', role: 'related', cues: ['cost less', 'costs less', 'cheaper', 'less to run', 'cost about', 'costs about'], source: 'caisi' },
      { kind: 'percent', value: 1000, display: '1,000%', measures: 'rise in PRC model downloads since January 2025', role: 'related', cues: ['downloads of', 'prc model', 'chinese model', 'since january 2025'], source: 'caisi' },
    ],
    sources: ['caisi', 'paper'],
    caveats: [
      { text: 'One common jailbreaking technique, not every kind of attack.', source: 'caisi' },
      { text: 'One model checkpoint, R1-0528 (a May 2025 release); CAISI also evaluated R1 and V3.1.', source: 'caisi' },
      { text: "The US reference models were OpenAI's GPT-5, GPT-5-mini and gpt-oss, and Anthropic's Claude Opus 4.", source: 'caisi' },
      { text: 'The evaluator is a body of the US Commerce Department.', source: 'caisi' },
      { text: 'A 2025 snapshot cited in 2026.', source: 'coverage-may-2026' },
    ],
    counterSignals: [
      { text: 'DeepSeek V4 (24 Apr 2026; open weights, MIT licence, 1M-token context, hybrid attention) was not part of the 2025 test.', source: 'deepseek-v4-release', stance: 'complicates' },
      { text: 'The 94% figure is "a 2026 artifact" likely to move as PRC labs publish more safety work.', source: 'planettools', stance: 'complicates' },
      { text: 'Same report: agents built on R1-0528 were on average 12x more likely to follow malicious agent-hijacking instructions; DeepSeek models echoed CCP narratives about 4x as often.', source: 'caisi', stance: 'supports' },
      { text: 'Same report: a comparable US model cost about 35% less, and downloads of PRC models rose nearly 1,000% since January 2025.', source: 'caisi', stance: 'supports' },
    ],
    phrases: ['jailbreaking technique', 'overtly malicious requests'],
    topicWords: ['deepseek', 'r1', 'caisi', 'jailbreak', 'jailbreaking', 'malicious'],
    distortions: [
      { text: '"DeepSeek complied with 94% of requests."', correction: 'It was 94% of overtly malicious requests, under one jailbreaking technique.', appliesTo: '94%', signals: ['^(?![\\s\\S]*(?:malicious|harmful|dangerous|unsafe|jailbr|attack))'] },
      { text: 'Attributing the test to Anthropic.', correction: "The evaluation is CAISI's (NIST), 30 Sept 2025.", signals: ["anthropic(?:'s)? (?:own )?(?:test|tests|tested|testing|study|evaluation|research|found|researchers)"] },
      {
        text: '"US models refused every request."',
        correction: 'US reference models complied with 8%.',
        scope: 'statement',
        signals: [
          "\\b(?:us|u\\.s\\.|american|western|openai's|openai)(?: reference)? (?:models?|systems?|chatbots?|rivals?)(?: [a-z'-]+){0,3} (?:refused|rejected|declined|blocked|turned down|resisted) (?:every|all|each)\\b",
          "\\b(?:us|u\\.s\\.|american|western)(?: reference)? (?:models?|systems?|chatbots?)(?: [a-z'-]+){0,3} (?:complied with|answered|went along with) (?:none|no|zero)\\b",
          "\\b(?:us|u\\.s\\.|american|western)(?: reference)? (?:models?|systems?|chatbots?)(?: [a-z'-]+){0,3} (?:refused|rejected|blocked) 100 ?(?:%|percent|per cent)",
        ],
      },
      {
        text: 'Swapped models: the 94% given to US models.',
        correction: "94% is DeepSeek R1-0528's rate; US reference models complied with 8%.",
        appliesTo: '94%',
        signals: ["\\b(?:us|u\\.s\\.|american|openai's|openai|gpt[- ]?5|claude|western)(?: reference)? (?:models?|systems?|chatbots?)(?: [a-z'-]+){0,5} 94\\b", "\\b94 ?(?:%|percent|per cent)(?: [a-z'-]+){0,4} (?:for|by|from|of) (?:the )?(?:us|u\\.s\\.|american|western|openai)\\b"],
      },
      {
        text: "Swapped models: the 8% given to DeepSeek's model.",
        correction: "8% is the US reference models' rate; DeepSeek R1-0528 complied with 94%.",
        appliesTo: '8%',
        signals: ["\\b(?:deepseek|r1-0528|r1)(?:'s)?(?: [a-z0-9'-]+){0,5} (?:only |just |a mere )?8 ?(?:%|percent|per cent)", "\\b8 ?(?:%|percent|per cent)(?: [a-z'-]+){0,4} (?:for|by|from) (?:deepseek|r1|the chinese|chinese)\\b"],
      },
    ],
    lastReviewed: REVIEWED,
  },
  {
    id: 'chinese-labs-safety-evals',
    title: 'Only 3 of 13 top Chinese AI labs published safety evaluations',
    summary: 'The paper says just 3 of the 13 leading Chinese AI labs had published any safety evaluation results.',
    quote: 'only 3 out of 13 top Chinese AI labs published any safety evaluation results.',
    quoteSource: 'paper',
    figures: [
      { kind: 'count-of-total', value: 3, value2: 13, display: '3 of 13', measures: 'top Chinese AI labs that published any safety evaluation results', role: 'headline', cues: ['lab', 'labs', 'safety', 'evaluation', 'evaluations'], source: 'paper' },
    ],
    sources: ['paper'],
    caveats: [
      { text: 'Which 13 labs count as "top", and what counts as "published", are the paper\'s own choices.', source: 'paper' },
      { text: 'Not publishing results is not the same as doing no internal safety testing.', source: 'coverage-may-2026' },
    ],
    counterSignals: [
      { text: "Supporting: Moonshot AI's Kimi K2.5 shipped without a safety evaluation; independent researchers audited it afterwards.", source: 'kimi-audit-coverage', stance: 'supports' },
      { text: 'Internal testing that is not published would not show up in this count.', source: 'coverage-may-2026', stance: 'complicates' },
    ],
    phrases: ['safety evaluation results', 'published safety evaluations'],
    topicWords: ['safety evaluation', 'safety evaluations', 'safety evals', 'chinese ai labs', 'chinese labs'],
    distortions: [],
    lastReviewed: REVIEWED,
  },
  {
    id: 'us-lead-current',
    title: 'US frontier models are "at least several months ahead" today',
    summary: "The paper's view of the present: US frontier models lead Chinese labs by at least several months.",
    quote: 'at least several months ahead',
    quoteSource: 'paper',
    figures: [
      { kind: 'percent', value: 81, display: '81%', measures: "DeepSeek V4-Pro's SWE-bench Verified score at launch", role: 'context', cues: ['swe-bench'], source: 'swe-bench-coverage' },
    ],
    sources: ['paper'],
    caveats: [
      { text: '"Several months" is a judgement, not a measured gap; the paper gives no single number for today.', source: 'paper' },
      { text: 'The 12-24 month figure belongs to Scenario One for 2028, not to the present.', source: 'paper' },
    ],
    counterSignals: [
      { text: 'Supporting: Google DeepMind CEO Demis Hassabis said China was "months" behind.', source: 'hassabis', stance: 'supports' },
      { text: 'DeepSeek V4-Pro scored about 81% on SWE-bench Verified at launch, behind only the newest OpenAI and Google models.', source: 'swe-bench-coverage', stance: 'complicates' },
    ],
    phrases: ['several months ahead'],
    topicWords: [],
    distortions: [
      { text: 'Reporting 12-24 months as the current US lead.', correction: 'That is Scenario One for 2028; today the paper says "at least several months".' },
    ],
    lastReviewed: REVIEWED,
  },
  {
    id: 'scenario-one-lead',
    title: 'Scenario One: a 12-24 month US lead in 2028',
    summary:
      'In the paper\'s democratic-lead scenario, US models are 12-24 months ahead in 2028 and the gap is growing; Chinese labs cannot make step-function advances until 2029 or 2030.',
    quote: 'US AI models are 12-24 months ahead on intelligence, and the lead is growing',
    quoteSource: 'paper',
    figures: [
      { kind: 'duration-range', value: 12, value2: 24, unit: 'months', display: '12-24 months', measures: 'US lead on intelligence in 2028 under Scenario One', role: 'headline', cues: ['ahead', 'lead', 'behind', 'in front', 'scenario', 'advantage', 'edge', 'head start'], source: 'paper' },
      { kind: 'year', value: 2029, display: '2029', measures: 'earliest year Chinese labs reach step-function advances in Scenario One', role: 'related', cues: [], source: 'paper' },
      { kind: 'year', value: 2030, display: '2030', measures: 'later bound for those advances in Scenario One', role: 'related', cues: [], source: 'paper' },
      { kind: 'duration-range', value: 6, value2: 12, unit: 'months', display: '6-12 months', measures: 'editorial estimate of a realistic 2028 US lead', role: 'context', cues: [], source: 'planettools' },
    ],
    sources: ['paper'],
    caveats: [
      { text: 'A scenario that depends on policy action (tighter export controls, disrupted distillation, faster adoption), not a forecast.', source: 'paper' },
      { text: "It describes 2028, not today's gap.", source: 'paper' },
    ],
    counterSignals: [
      { text: 'A realistic 2028 is 6-12 months ahead; 12-24 months is "the optimistic edge of the distribution".', source: 'planettools', stance: 'contradicts' },
    ],
    phrases: ['scenario one', 'democratic lead'],
    topicWords: ['2028', 'scenario', 'ahead of china', 'lead over china', 'leads china', 'ahead of chinese', 'behind the us', 'us lead', "america's lead"],
    distortions: [
      { text: 'Wrong time frame: 12-24 months stated as the lead today ("the US currently leads by 12 to 24 months").', correction: 'The paper puts today\'s lead at "at least several months"; 12-24 months is the lead in its 2028 Scenario One, if policy acts.', appliesTo: '12-24 months', signals: ['\\b(?:currently|today|already|at present|right now|presently|as of now|as things stand)\\b', '\\bnow (?:leads?|holds?|has|enjoys?|maintains?)\\b', "^(?![\\s\\S]*\\b(?:20[23]\\d|scenarios?|would|could|will|might|may|can|should|must|future|futures|paths?|if|unless|under|first|projected|projects?|projections?|forecasts?|envisions?|imagines?|predicts?|expects?|worlds?|outcomes?|best case|optimistic|goals?|aims?|wants?|hopes?|keeps?|preserve|extend|grows?|growing|widen|widening|by then|eventually|needs?)\\b)[\\s\\S]*\\b(?:leads?|is|are|holds?|has|have|enjoys?|remains?|stays?|sits?|trails?|lags?)\\b"] },
    ],
    lastReviewed: REVIEWED,
  },
  {
    id: 'scenario-two-parity',
    title: 'Scenario Two: Chinese models only a few months behind in 2028',
    summary:
      'In the near-parity scenario, PRC models trail US models by only a few months, helped by distillation, compute abroad and weak enforcement on chipmaking equipment, with AI norms shaped by authoritarian states.',
    quote: 'models trained by PRC AI labs are only a few months behind US models',
    quoteSource: 'paper',
    figures: [],
    sources: ['paper'],
    caveats: [
      { text: 'A scenario, not a forecast.', source: 'paper' },
      { text: 'It does not require China to out-innovate the US; it runs on distillation, overseas compute and weak enforcement.', source: 'paper' },
    ],
    counterSignals: [
      { text: 'The paper itself presents the two scenarios as thought experiments rather than predictions.', source: 'coverage-may-2026', stance: 'complicates' },
    ],
    phrases: ['scenario two', 'near-parity', 'automated repression'],
    topicWords: [],
    distortions: [],
    lastReviewed: REVIEWED,
  },
  {
    id: 'distillation-attacks',
    title: 'Distillation attacks: "thousands of fraudulent accounts"',
    summary:
      'The paper accuses China-based labs of opening thousands of fraudulent accounts to get around access controls and harvest US models\' outputs, calling it systematic industrial espionage.',
    quote: 'distillation attacks, in which China-based labs create thousands of fraudulent accounts to circumvent access controls on US AI models and systematically harvest their outputs',
    quoteSource: 'paper',
    figures: [
      { kind: 'count', value: 1000, value2: 999_999, unit: 'accounts', display: 'thousands of accounts', measures: 'fraudulent accounts used in distillation attacks (paper)', role: 'headline', cues: ['fraudulent', 'fake', 'distillation'], source: 'paper' },
      { kind: 'count', value: 24_000, unit: 'accounts', display: '24,000 accounts', measures: 'fraudulent accounts in Anthropic\'s February 2026 disclosure', role: 'related', cues: ['fraudulent', 'fake', 'distillation'], source: 'anthropic-distillation' },
      { kind: 'count', value: 16_000_000, unit: 'exchanges', display: '16 million exchanges', measures: 'exchanges with Claude (more than this)', role: 'related', cues: ['claude', 'distillation'], source: 'anthropic-distillation' },
      { kind: 'count', value: 150_000, unit: 'exchanges', display: '150,000 exchanges', measures: 'exchanges attributed to DeepSeek', role: 'related', cues: ['deepseek'], source: 'anthropic-distillation' },
      { kind: 'count', value: 3_400_000, unit: 'exchanges', display: '3.4 million exchanges', measures: 'exchanges attributed to Moonshot AI', role: 'related', cues: ['moonshot'], source: 'anthropic-distillation' },
      { kind: 'count', value: 13_000_000, unit: 'exchanges', display: '13 million exchanges', measures: 'exchanges attributed to MiniMax', role: 'related', cues: ['minimax'], source: 'anthropic-distillation' },
    ],
    sources: ['paper', 'anthropic-distillation'],
    caveats: [
      { text: "Attribution to DeepSeek, Moonshot AI and MiniMax is Anthropic's own and has not been independently verified.", source: 'anthropic-distillation' },
      { text: 'Distillation itself is a standard, legitimate ML technique; the accusation concerns fraudulent access at scale.', source: 'coverage-may-2026' },
      { text: 'The definition could reach small developers who fine-tune on frontier model outputs.', source: 'coverage-may-2026' },
    ],
    counterSignals: [
      { text: 'Critics note distillation needs relatively little compute, so chip controls do little against it.', source: 'coverage-may-2026', stance: 'complicates' },
      { text: 'Alvin Wang Graylin criticised the "arms race mentality" of the framing.', source: 'graylin', stance: 'contradicts' },
      { text: "Anthropic's own disclosure: about 24,000 fraudulent accounts and more than 16 million exchanges with Claude, via commercial proxy services (DeepSeek about 150,000, Moonshot AI about 3.4 million, MiniMax about 13 million).", source: 'anthropic-distillation', stance: 'supports' },
    ],
    phrases: ['distillation attack', 'distillation attacks', 'fraudulent accounts', 'industrial espionage', 'distillation campaign', 'distillation campaigns'],
    topicWords: ['distillation', 'distill', 'distilling', 'fraudulent', 'fake accounts', 'claude'],
    distortions: [],
    lastReviewed: REVIEWED,
  },
  {
    id: 'overseas-datacenters',
    title: 'Chinese labs training on US chips in Southeast Asian data centers',
    summary:
      'The paper says Alibaba and ByteDance train flagship models on export-controlled US chips in Southeast Asian data centers, because controls cover chip sales but not remote access.',
    quote: 'training flagship models on export-controlled US chips in Southeast Asian data centers',
    quoteSource: 'paper',
    figures: [
      { kind: 'count', value: 2300, unit: 'gpus', display: '2,300 GPUs', measures: 'restricted Blackwell GPUs reportedly reached through Indonesian data centers (more than this)', role: 'related', cues: ['blackwell', 'indonesia', 'indonesian', 'inf tech'], source: 'register-coverage' },
      { kind: 'money', value: 1.2e9, display: '$1.2B', measures: "Tencent's contract with Japan's Datasection", role: 'related', cues: ['tencent', 'datasection'], source: 'register-coverage' },
    ],
    sources: ['paper', 'register-coverage'],
    caveats: [
      { text: "The training claim is the paper's allegation.", source: 'paper' },
      { text: 'Remote access was not illegal under the rules then in force; that is the loophole the paper wants closed.', source: 'paper' },
    ],
    counterSignals: [
      { text: "Supporting: Chinese firms reportedly reached more than 2,300 restricted Blackwell GPUs through Indonesian data centers run by INF Tech, and through a $1.2B Tencent contract with Japan's Datasection.", source: 'register-coverage', stance: 'supports' },
      { text: 'Because renting compute abroad was lawful, the practice shows a gap in the rules rather than a breach of them.', source: 'paper', stance: 'complicates' },
    ],
    phrases: ['remote access loophole', 'southeast asian data centers', 'southeast asian data centres', 'remote data center loophole'],
    topicWords: ['data center', 'data centers', 'data centres', 'datacenter', 'datacenters', 'remote access', 'southeast asia'],
    distortions: [],
    lastReviewed: REVIEWED,
  },
  {
    id: 'supermicro-diversion',
    title: 'The Supermicro case: about $2.5 billion of servers allegedly diverted',
    summary:
      'A federal indictment unsealed on 19 March 2026 charges three people, including Supermicro co-founder Wally Liaw, with conspiring to divert about $2.5 billion of NVIDIA GPU servers via a Southeast Asian company.',
    figures: [
      { kind: 'money', value: 2.5e9, display: '$2.5 billion', measures: 'servers with NVIDIA GPUs allegedly diverted (sold across 2024-2025)', role: 'headline', cues: ['divert', 'smuggl', 'indict', 'prosecutor', 'charged', 'alleged', 'accus', 'funnel', 'conspir', 'traffick', 'case'], source: 'indictment' },
      { kind: 'money', value: 510e6, display: '$510 million', measures: 'servers with banned B200/H200 GPUs alleged to have reached China', role: 'related', cues: ['b200', 'h200', 'china'], source: 'indictment' },
    ],
    sources: ['indictment'],
    caveats: [
      { text: 'An indictment states allegations; the defendants are presumed innocent.', source: 'indictment' },
      { text: 'Supermicro the company was not charged and says it is cooperating.', source: 'indictment' },
    ],
    counterSignals: [
      { text: 'Those charged are co-founder Yih-Shyan "Wally" Liaw, Taiwan office manager Ruei-Tsang "Steven" Chang and broker Ting-Wei "Willy" Sun, not the company.', source: 'indictment', stance: 'complicates' },
      { text: 'Supporting: about $510 million of servers with banned B200/H200 GPUs are alleged to have reached China, using false documents, dummy servers and serial numbers moved with a hair dryer.', source: 'indictment', stance: 'supports' },
    ],
    phrases: ['hair dryer', 'dummy servers'],
    topicWords: ['supermicro', 'super micro', 'indictment', 'diverted', 'diversion', 'smuggling'],
    distortions: [
      { text: 'Naming the wrong person (e.g. "Charles Liang" or "Chiu-Che Leng").', correction: THE_DEFENDANTS, signals: ['charles liang', 'chiu-che leng'] },
      {
        // The same error with no figure in the sentence: one of those names said to be charged.
        text: 'Saying Charles Liang or Chiu-Che Leng was charged.',
        correction: THE_DEFENDANTS,
        scope: 'statement',
        signals: [
          "\\b(?:charles liang|chiu-che leng)\\b(?:(?!\\b(?:not|never)\\b)[^.;!?]){0,60}?\\b(?:charged|indicted|arrested|prosecuted)\\b",
          "\\b(?:charged|indicted|arrested|prosecuted)\\b[^.;!?]{0,40}?\\b(?:charles liang|chiu-che leng)\\b",
        ],
      },
      { text: 'Saying Supermicro the company was charged.', correction: 'The company was not charged and says it is cooperating.', signals: ['(?:supermicro|super micro)(?: computer)? (?:was|has been|is) (?:charged|indicted)', "(?:charged|indicted) (?:supermicro|super micro)\\b(?!(?: computer)?(?:'s)? (?:co-?founders?|senior|vice|executives?|employees?|staff|managers?|sales|former|officials?|workers?|insiders?))"] },
    ],
    lastReviewed: REVIEWED,
  },
  {
    id: 'remote-access-bill-vote',
    title: 'Remote Access Security Act passed the House 369-22',
    summary: 'In January 2026 the House passed the bipartisan Remote Access Security Act, 369-22, to close the remote data-center loophole; the Senate had not voted by May 2026.',
    figures: [
      { kind: 'vote', value: 369, value2: 22, display: '369-22', measures: 'House vote for and against the Remote Access Security Act', role: 'headline', cues: ['vote', 'voted', 'passed', 'house', 'act', 'bill'], source: 'house-vote' },
    ],
    sources: ['house-vote'],
    caveats: [
      { text: 'Only the House has voted; the Senate had not voted as of May 2026, so it is not law.', source: 'house-vote' },
      { text: 'Until it becomes law, renting export-controlled chips in data centers abroad stays legal: the loophole is still open.', source: 'paper' },
    ],
    counterSignals: [
      { text: 'The Senate had not voted on the bill as of May 2026.', source: 'coverage-may-2026', stance: 'complicates' },
    ],
    phrases: ['remote access loophole', 'remote data center loophole'],
    topicWords: ['remote access security act', 'remote access', 'loophole'],
    distortions: [
      {
        text: 'Passed "by voice vote" or "without opposition".',
        correction: 'The House passed it on a recorded vote, 369-22, in January 2026.',
        scope: 'statement',
        signals: ['(?<!\\b(?:not|than|of) )\\b(?:by|on|in|with|through|via) (?:a )?voice vote\\b', '\\bwithout (?:any )?(?:opposition|objection|dissent)\\b', '\\bunanimous(?:ly)?\\b', '\\bby acclamation\\b'],
      },
      {
        text: 'Called law, or said to have passed the Senate.',
        correction: 'Only the House had voted (369-22); the Senate had not voted as of May 2026.',
        scope: 'statement',
        signals: ['\\bsigned into law\\b', '\\b(?:became|is now|now) law\\b', '\\bpassed (?:the senate|both chambers|both houses)\\b', '\\bsenate (?:passed|approved)\\b'],
      },
    ],
    lastReviewed: REVIEWED,
  },
  {
    id: 'mythos-firefox',
    title: 'Claude Mythos Preview and Firefox: roughly 20x the monthly security fixes',
    summary:
      "With Anthropic's Claude Mythos Preview, Firefox fixed about 20 times as many security bugs in a month as its 2025 average: 423 in April 2026 against about 21 a month.",
    figures: [
      { kind: 'multiple', value: 20, display: '20x', measures: 'Firefox security fixes per month vs its 2025 average', role: 'headline', cues: ['bugs', 'bug', 'fixes', 'fixed', 'security', 'vulnerabilities', 'firefox'], source: 'paper' },
      { kind: 'count', value: 423, unit: 'fixes', display: '423 fixes', measures: 'Firefox security fixes in April 2026', role: 'related', cues: ['firefox', 'april', 'fixes', 'bugs'], source: 'mozilla' },
      { kind: 'count', value: 21, unit: 'fixes', display: '21 fixes', measures: 'average Firefox security fixes a month in 2025 (about)', role: 'related', cues: ['2025', 'month', 'average'], source: 'mozilla' },
      { kind: 'count', value: 271, unit: 'bugs', display: '271 bugs', measures: 'of the 423, found by Mythos Preview', role: 'related', cues: ['mythos', 'found'], source: 'mozilla' },
      { kind: 'count-of-total', value: 271, value2: 423, display: '271 of 423', measures: 'April 2026 Firefox security fixes found by Mythos Preview', role: 'related', cues: ['mythos', 'found', 'bugs', 'fixes', 'firefox'], source: 'mozilla' },
      { kind: 'count', value: 180, unit: 'bugs', display: '180 bugs', measures: 'sec-high Mythos finds', role: 'related', cues: ['sec-high', 'high'], source: 'mozilla' },
      { kind: 'count', value: 80, unit: 'bugs', display: '80 bugs', measures: 'sec-moderate Mythos finds', role: 'related', cues: ['sec-moderate', 'moderate'], source: 'mozilla' },
      { kind: 'count', value: 11, unit: 'bugs', display: '11 bugs', measures: 'sec-low Mythos finds', role: 'related', cues: ['sec-low', 'low'], source: 'mozilla' },
      { kind: 'count', value: 152, unit: 'fixes', display: '152 fixes', measures: 'of the 423, not found by Mythos', role: 'related', cues: ['external', 'internal'], source: 'mozilla' },
    ],
    sources: ['paper', 'mozilla', 'glasswing'],
    caveats: [
      { text: '152 of the 423 fixes were not Mythos finds (41 external reports, 111 internal).', source: 'mozilla' },
      { text: 'Mozilla counts potential vulnerabilities, not proven exploits.', source: 'mozilla' },
      { text: 'One project, one month.', source: 'mozilla' },
      { text: "The model is the paper's publisher's own product, released only to partners under Project Glasswing (announced 7 Apr 2026).", source: 'glasswing' },
    ],
    counterSignals: [
      { text: "Mozilla's numbers: 271 of the 423 April fixes were found by Mythos Preview (180 sec-high, 80 sec-moderate, 11 sec-low), mostly shipped in Firefox 150 on 21 Apr 2026.", source: 'mozilla', stance: 'supports' },
      { text: 'The other 152 came from 41 external reports and 111 internal finds, so "20x" is not all AI.', source: 'mozilla', stance: 'complicates' },
    ],
    phrases: [],
    topicWords: ['firefox', 'mozilla', 'mythos'],
    distortions: [
      { text: '"Mythos found 423 bugs."', correction: 'Mythos Preview found 271 of the 423 fixed in April 2026.', appliesTo: '423 fixes', signals: ['\\b(?:found|discovered|uncovered|identified|spotted) (?:\\w+ ){0,2}423\\b'] },
      { text: '"20x more bugs found by AI."', correction: 'The 20x compares all fixes per month; 152 of the 423 were not Mythos finds.', appliesTo: '20x', signals: ['\\b(?:found|discovered|uncovered|identified|spotted) (?:\\w+ ){0,3}(?:20|twenty)[ -]?(?:x|times|fold)', '(?:20|twenty)[ -]?(?:x|times|fold) (?:more|as many) (?:\\w+ ){0,3}(?:found|discovered|uncovered|identified|spotted)'] },
    ],
    lastReviewed: REVIEWED,
  },
  {
    id: 'kimi-k25-cbrn',
    title: "Kimi K2.5 and CBRN requests",
    summary:
      "Coverage of the paper cites an independent assessment finding that Moonshot's Kimi K2.5, evaluated in April 2026, failed to refuse chemical, biological, radiological and nuclear requests at meaningfully higher rates than US frontier models.",
    figures: [
      { kind: 'money', value: 500, display: '$500', measures: 'cost to remove the open-weight model\'s safeguards (under this)', role: 'context', cues: ['safeguards', 'remove', 'strip'], source: 'coverage-may-2026' },
    ],
    sources: ['yong-2026', 'coverage-may-2026'],
    caveats: [
      { text: 'A preliminary, independent study (Yong et al., 2026), compared with GPT-5.2 and Claude Opus 4.5.', source: 'yong-2026' },
      { text: 'An open-weight model: its safeguards can be removed cheaply, under $500 per the same coverage.', source: 'coverage-may-2026' },
    ],
    counterSignals: [
      { text: 'Supporting: K2.5 shipped without a safety evaluation of its own.', source: 'yong-2026', stance: 'supports' },
    ],
    phrases: [],
    topicWords: ['kimi', 'moonshot', 'biological', 'chemical', 'nuclear', 'radiological'],
    distortions: [],
    lastReviewed: REVIEWED,
  },
  {
    id: 'policy-asks',
    title: "The paper's three policy asks",
    summary: 'Close loopholes (smuggling, foreign data-center access, chipmaking equipment exports, enforcement budgets); defend innovations (limit model access, punish distillation, share threat intelligence); export American AI.',
    figures: [],
    sources: ['paper'],
    caveats: [
      { text: 'These are recommendations from an interested party, not adopted policy.', source: 'coverage-may-2026' },
      { text: 'The asks rest on the compute-race framing, which critics dispute.', source: 'graylin' },
    ],
    counterSignals: [
      { text: 'Policy has moved the other way on chips: the December 2025 decision allows NVIDIA H200 sales to approved Chinese customers.', source: 'h200-decision', stance: 'contradicts' },
      { text: 'Critics reject the arms-race framing behind the asks.', source: 'graylin', stance: 'contradicts' },
    ],
    phrases: ['close loopholes', 'close the loopholes', 'defend innovations', 'export american ai', 'threat intelligence sharing'],
    topicWords: [],
    distortions: [],
    lastReviewed: REVIEWED,
  },
  {
    id: 'four-fronts',
    title: 'Four fronts of competition',
    summary: 'Intelligence (the most important), domestic adoption, global distribution and resilience; faster deployment of slightly weaker models can offset part of a capability gap.',
    figures: [],
    sources: ['paper'],
    caveats: [
      { text: 'A framework for thinking, not a measurement; the weighting of the fronts is the paper\'s judgement.', source: 'paper' },
      { text: "Like the rest of the essay, it mixes facts, outside citations and Anthropic's interpretation.", source: 'coverage-may-2026' },
    ],
    counterSignals: [
      { text: 'By the paper\'s own account, a side that deploys slightly weaker models faster may offset part of a capability gap, which tempers the ranking of intelligence first.', source: 'paper', stance: 'complicates' },
    ],
    phrases: ['four fronts', 'domestic adoption', 'global distribution'],
    topicWords: [],
    distortions: [],
    lastReviewed: REVIEWED,
  },
  {
    id: 'open-weights-liability',
    title: 'Open-weight models as a security liability (a reading of the paper)',
    summary: 'Commentators read the paper as treating open-weight models as a national-security liability, because safeguards can be stripped once the weights are public.',
    figures: [],
    sources: ['coverage-may-2026'],
    caveats: [
      { text: "This is commentators' reading of the paper, not a figure from it.", source: 'coverage-may-2026' },
      { text: 'Open weights are also widely defended as a public good.', source: 'coverage-may-2026' },
    ],
    counterSignals: [
      { text: 'Open-weight releases are widely defended as a public good for research and competition.', source: 'coverage-may-2026', stance: 'contradicts' },
    ],
    phrases: [],
    topicWords: [],
    distortions: [],
    lastReviewed: REVIEWED,
  },
];

/** The claims with their concept groups (./detection.ts) attached. */
export const CLAIMS: Claim[] = CLAIM_TEXTS.map((c) => (DETECTION[c.id] ? { ...c, detect: DETECTION[c.id] } : c));
