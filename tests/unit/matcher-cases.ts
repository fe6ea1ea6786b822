/**
 * Table-driven matcher cases, written for this project. Each case is one block of text and the
 * complete list of mentions expected in it, as "span|verdict|claim ids".
 */
import { H, D, DA, X, S, L, V, M, DIST, S1 } from './case-claim-ids';

export interface MatcherCase {
  text: string;
  expected: string[];
  note?: string;
}

export const CASES: MatcherCase[] = [
  // huawei-compute-share: positive phrasings
  { text: "Huawei will produce just 4% of NVIDIA's aggregate compute in 2026.", expected: [`4%|consistent|${H}`] },
  { text: "Huawei will produce just 4 percent of Nvidia's compute next year.", expected: [`4 percent|consistent|${H}`] },
  { text: "Huawei's output will be 4 per cent of Nvidia's total compute.", expected: [`4 per cent|consistent|${H}`] },
  { text: "Huawei is expected to make four percent of Nvidia's aggregate compute.", expected: [`four percent|consistent|${H}`] },
  { text: "By 2027 Huawei's share falls to 2% of NVIDIA compute.", expected: [`2%|consistent|${H}`] },
  { text: 'Huawei will reach 4% of NVIDIA’s compute in 2026 and 2% in 2027.', expected: [`4%|consistent|${H}`, `2%|consistent|${H}`] },
  { text: 'HUAWEI WILL PRODUCE JUST 4% OF NVIDIA’S COMPUTE', expected: [`4%|consistent|${H}`] },
  { text: "Huawei\u00a0will\u00a0produce 4\u00a0% of Nvidia's aggregate compute.", expected: [`4\u00a0%|consistent|${H}`] },
  { text: 'The Ascend 910C maker will produce 4% of Nvidia’s processing performance, the paper says.', expected: [`4%|consistent|${H}`], note: 'the figure covers the entity' },
  { text: 'Chinese chipmaker Huawei (4% of Nvidia compute) is years behind.', expected: [`4%|consistent|${H}`] },
  // huawei-compute-share: misquotes
  { text: "Huawei will make 14 percent of Nvidia's compute in 2026.", expected: [`14 percent|differs|${H}`] },
  { text: "Huawei will produce 40% of NVIDIA's aggregate compute in 2026.", expected: [`40%|differs|${H}`] },
  { text: "Huawei's compute is now 25 percent of Nvidia's.", expected: [`25 percent|differs|${H}`] },
  { text: 'Huawei will make just 14% of the compute Nvidia ships, analysts say.', expected: [`14%|differs|${H}`] },
  { text: 'Huawei is set to deliver ten percent of the compute Nvidia ships.', expected: [`ten percent|differs|${H}`] },
  // huawei-compute-share: context values are known, not misquotes
  { text: "Bernstein puts Huawei's Ascend 950 at about 6% of the performance of Nvidia's VR200.", expected: [`Ascend 950|mention|${H}`, `Huawei|mention|${H}`], note: 'NVIDIA alone names no claim' },
  { text: 'Huawei expects AI chip revenue to grow 60% to about $12B in 2026.', expected: [`Huawei|mention|${H}`] },
  { text: 'Huawei plans about 600,000 Ascend 910C chips in 2026.', expected: [`Ascend 910C|mention|${H}`, `Huawei|mention|${H}`] },
  // huawei negatives within an entity sentence
  { text: 'Huawei phones took 18% of the market in the quarter.', expected: [`Huawei|mention|${H}`], note: 'no compute cue: not a misquote' },
  { text: 'Huawei was founded in 1987 in Shenzhen.', expected: [`Huawei|mention|${H}`] },

  // deepseek-r1-0528-jailbreak
  { text: "DeepSeek's R1-0528 model complied with 94% of overtly malicious requests under a common jailbreaking technique.", expected: [`94%|consistent|${D}`] },
  { text: 'DeepSeek-R1-0528 complied with 94 percent of malicious requests.', expected: [`94 percent|consistent|${D}`] },
  { text: 'DeepSeek R1 0528 answered ninety-four percent of harmful requests when jailbroken.', expected: [`ninety-four percent|consistent|${D}`] },
  { text: 'Under a jailbreak, R1-0528 complied with 94% of requests; US reference models complied with 8%.', expected: [`94%|consistent|${D}`, `8%|consistent|${D}`] },
  { text: 'US reference models blocked 92% of the same malicious requests, CAISI found.', expected: [`92%|consistent|${D}`] },
  { text: 'DeepSeek refused only 6% of the jailbroken malicious requests.', expected: [`6%|consistent|${D}`] },
  { text: 'The NIST lab CAISI found R1-0528 agents were 12 times more likely to follow hijacking instructions.', expected: [`12 times|consistent|${D}`] },
  { text: 'DeepSeek models echoed CCP narratives 4x as often as US models, CAISI said.', expected: [`4x|consistent|${D}`] },
  { text: 'Downloads of DeepSeek and other PRC models rose nearly 1,000% since January 2025.', expected: [`1,000%|consistent|${D}`] },
  { text: 'DeepSeek R1-0528 complied with 64% of malicious requests.', expected: [`64%|differs|${D}`] },
  { text: "DeepSeek's R1-0528 complied with 49% of overtly malicious requests under a jailbreak.", expected: [`49%|differs|${D}`] },
  { text: 'CAISI says DeepSeek complied with 100% of jailbreak requests.', expected: [`100%|differs|${D}`] },
  { text: 'US reference models complied with 18% of malicious requests versus DeepSeek.', expected: [`18%|differs|${D}`] },
  { text: 'Deepseek R1 0528 complied with 94% of malicious requests.', expected: [`94%|consistent|${D}`] },
  { text: 'Deepseak complied with 94% of malicious requests in the test.', expected: [`94%|consistent|${D}`], note: 'near-miss spelling' },
  { text: 'DeepSeek V4 scored about 81% on SWE-bench Verified.', expected: [`DeepSeek V4|mention|${DA}`] },
  { text: 'DeepSeek raised prices by 30% for its API.', expected: [`DeepSeek|mention|${DA}`], note: 'no jailbreak cue' },
  { text: 'In the CAISI test, 94 per cent of malicious prompts got an answer from R1-0528.', expected: [`94 per cent|consistent|${D}`] },
  { text: 'R1‑0528 complied with 94\u00ad% of malicious requests.', expected: [`94\u00ad%|consistent|${D}`], note: 'non-breaking hyphen and soft hyphen' },
  { text: 'DeepSeek\u2019s R1-0528 complied with 94% of malicious requests.', expected: [`94%|consistent|${D}`] },
  { text: 'DeepSeek\u200b R1-0528 is the model CAISI tested.', expected: [`CAISI|mention|${D}`, `DeepSeek\u200b R1-0528|mention|${D}`], note: 'zero-width space inside an alias' },

  // us-compute-ratio-11x
  { text: 'With stronger controls America would have roughly 11 times more compute than China.', expected: [`11 times|consistent|${X}`] },
  { text: "The US would have 11x the compute of China's AI sector.", expected: [`11x|consistent|${X}`] },
  { text: 'The US could have eleven times as much compute as China.', expected: [`eleven times|consistent|${X}`] },
  { text: 'That leaves the US with an 11:1 compute advantage over China.', expected: [`11:1|consistent|${X}`] },
  { text: 'One study sees an elevenfold compute gap between the US and China.', expected: [`elevenfold|consistent|${X}`] },
  { text: 'America will have 30 times more compute than China, the paper says.', expected: [`30 times|differs|${X}`] },
  { text: 'The US has 5x more compute than China today.', expected: [`5x|differs|${X}`] },
  { text: 'A 4:1 to 6:1 compute advantage over China is the realistic floor.', expected: [] , note: 'counter-signal values are known, not misquotes' },
  { text: 'The US could end up with 11 times as much computing power as China.', expected: [`11 times|consistent|${X}`] },
  { text: "China's AI compute grew 3x in two years.", expected: [], note: 'growth, not the US-China ratio' },
  { text: "Huawei's phone sales fell 4% last quarter.", expected: [`Huawei|mention|${H}`], note: 'the same number about another measure' },
  { text: "DeepSeek's app downloads grew 8% in a week.", expected: [`DeepSeek|mention|${DA}`], note: 'the same number about another measure' },
  { text: "Nvidia's data-center revenue rose 56% while Huawei struggled.", expected: [`Huawei|mention|${H}`], note: "a share of revenue, not of Nvidia's compute" },
  { text: 'Nvidia GPUs deliver 11x more compute per watt.', expected: [], note: 'no China cue; NVIDIA alone names no claim' },

  // supermicro-diversion
  { text: 'Prosecutors say about $2.5 billion of Supermicro servers were diverted.', expected: [`$2.5 billion|consistent|${S}`] },
  { text: 'The Supermicro case involves $2.5B of servers.', expected: [`$2.5B|consistent|${S}`] },
  { text: 'The Super Micro indictment covers $2.5bn in servers.', expected: [`$2.5bn|consistent|${S}`] },
  { text: 'Super Micro Computer staff allegedly diverted US$2.5 billion of servers.', expected: [`US$2.5 billion|consistent|${S}`] },
  { text: 'Supermicro servers worth 2.5 billion dollars were diverted, the indictment says.', expected: [`2.5 billion dollars|consistent|${S}`] },
  { text: 'About $510 million of the Supermicro servers with H200 GPUs reached China.', expected: [`$510 million|consistent|${S}`] },
  { text: '$250 million of Supermicro servers were diverted.', expected: [`$250 million|differs|${S}`] },
  { text: 'Supermicro was charged with smuggling $25 billion of servers.', expected: [`$25 billion|differs|${S}`] },
  { text: 'Super-Micro staff are accused in the case.', expected: [`Super-Micro|mention|${S}`] },
  { text: 'Supermicr0 servers were diverted, prosecutors say.', expected: [`Supermicr0|mention|${S}`] },
  { text: 'SMCI shares fell 12% on the news.', expected: [`SMCI|mention|${S}`] },
  { text: 'Supermicro reported revenue of $5 billion last quarter.', expected: [`Supermicro|mention|${S}`], note: 'no diversion cue' },
  { text: 'Supermicro sold $5 billion of AI servers with Nvidia GPUs in the quarter.', expected: [`Supermicro|mention|${S}`], note: 'servers alone are not the diversion' },
  { text: 'Prosecutors allege that $2.5-billion of Supermicro servers were diverted.', expected: [`$2.5-billion|consistent|${S}`], note: 'hyphenated scale' },
  { text: 'A 2.5-billion-dollar haul of Supermicro servers was diverted, prosecutors say.', expected: [`2.5-billion-dollar|consistent|${S}`] },
  { text: "Huawei will make 4pc of Nvidia's aggregate compute.", expected: [`4pc|consistent|${H}`] },
  { text: "Huawei's compute clusters grew 30% last year.", expected: [`Huawei|mention|${H}`], note: 'compute without Nvidia is not the share' },

  // chinese-labs-safety-evals
  { text: 'Only 3 out of 13 top Chinese AI labs published any safety evaluation results.', expected: [`3 out of 13|consistent|${L}`] },
  { text: 'Just three of the 13 top Chinese labs publish safety evaluations.', expected: [`three of the 13|consistent|${L}`] },
  { text: 'Only three of thirteen Chinese AI labs published safety evaluations.', expected: [`three of thirteen|consistent|${L}`] },
  { text: '3 of 13 Chinese labs publish safety evaluation results.', expected: [`3 of 13|consistent|${L}`] },
  { text: 'Only 4 of 13 top Chinese AI labs published safety evaluations.', expected: [`4 of 13|differs|${L}`] },
  { text: 'Just 3 of 15 Chinese labs published any safety evaluations.', expected: [`3 of 15|differs|${L}`] },

  // remote-access-bill-vote
  { text: 'The House passed the Remote Access Security Act 369-22.', expected: [`369-22|consistent|${V}`] },
  { text: 'The Remote Access Security Act passed by 369 to 22.', expected: [`369 to 22|consistent|${V}`] },
  { text: 'Lawmakers voted 369–22 for the Remote Access Security Act.', expected: [`369–22|consistent|${V}`] },
  { text: 'The House passed the Remote Access Security Act 370-20.', expected: [`370-20|differs|${V}`] },
  { text: 'The Remote Access Security Act awaits a Senate vote.', expected: [`Remote Access Security Act|mention|${V}`] },
  { text: 'The House voted 369 to 22 to pass a bill closing the remote access loophole.', expected: [`369 to 22|consistent|${V}`], note: 'the loophole names both claims; the vote covers it' },

  // mythos-firefox
  { text: 'With Claude Mythos Preview, Firefox fixed roughly 20x as many security bugs per month.', expected: [`20x|consistent|${M}`] },
  { text: 'Firefox fixed twenty times as many security bugs in April as its monthly average.', expected: [`twenty times|consistent|${M}`] },
  { text: 'Mozilla says Firefox saw a 20-fold jump in security fixes.', expected: [`20-fold|consistent|${M}`] },
  { text: 'Firefox shipped 423 security fixes in April 2026.', expected: [`423|consistent|${M}`] },
  { text: 'Mythos Preview found 271 of the bugs.', expected: [`271|consistent|${M}`] },
  { text: 'Firefox averaged about 21 a month in 2025.', expected: [`21|consistent|${M}`] },
  { text: 'Firefox fixed 50 times as many security bugs with Mythos.', expected: [`50 times|differs|${M}`] },
  { text: 'Firefox fixed 600 security bugs in April with Claude Mythos.', expected: [`600|differs|${M}`] },
  { text: 'Project Glasswing partners got early access.', expected: [`Project Glasswing|mention|${M}`] },
  { text: 'Firefox 150 shipped in April.', expected: [], note: 'a version number is not a figure' },

  // distillation-attacks
  { text: 'China-based labs created thousands of fraudulent accounts to harvest outputs.', expected: [`thousands|consistent|${DIST}`] },
  { text: 'Anthropic found about 24,000 fraudulent accounts behind the distillation attacks.', expected: [`24,000|consistent|${DIST}`] },
  { text: 'The labs ran more than 16 million exchanges with Claude in the distillation campaign.', expected: [`16 million|consistent|${DIST}`] },
  { text: 'MiniMax accounted for about 13 million exchanges.', expected: [`13 million|consistent|${DIST}`] },
  { text: 'Moonshot AI ran about 3.4 million exchanges with Claude.', expected: [`3.4 million|consistent|${DIST}`] },
  { text: 'DeepSeek accounted for about 150,000 exchanges in the distillation attacks.', expected: [`150,000|consistent|${DIST}`] },
  { text: 'Anthropic found 50,000 fraudulent accounts used for distillation.', expected: [`50,000|differs|${DIST}`] },
  { text: 'The labs used hundreds of fraudulent accounts in distillation attacks.', expected: [`hundreds|differs|${DIST}`] },
  { text: 'The paper calls distillation attacks systematic industrial espionage.', expected: [`distillation attacks|mention|${DIST}`, `industrial espionage|mention|${DIST}`] },
  { text: 'tens of thousands of fraudulent accounts were opened', expected: [`tens of thousands|consistent|${DIST}`] },
  { text: 'Chinese labs set up 24,000 fake accounts and generated more than 16 million exchanges with Claude.', expected: [`24,000|consistent|${DIST}`, `16 million|consistent|${DIST}`] },

  // overseas-datacenters
  { text: 'Alibaba and ByteDance train flagship models in Southeast Asian data centers.', expected: ['Alibaba|mention|overseas-datacenters', 'ByteDance|mention|overseas-datacenters', 'Southeast Asian data centers|mention|overseas-datacenters'] },
  { text: 'Firms reached more than 2,300 Blackwell GPUs through Indonesian data centers.', expected: ['2,300|consistent|overseas-datacenters'] },
  { text: 'Tencent signed a $1.2B contract with Datasection for data center access.', expected: ['$1.2B|consistent|overseas-datacenters'] },
  { text: 'The remote-access loophole lets labs rent chips abroad.', expected: ['remote-access loophole|mention|overseas-datacenters remote-access-bill-vote'] },

  // scenario-one-lead, us-lead-current, scenario-two-parity
  { text: 'In Scenario One, US models are 12-24 months ahead in 2028.', expected: [`12-24 months|consistent|${S1}`] },
  { text: 'The US would lead by 12 to 24 months in 2028.', expected: [`12 to 24 months|consistent|${S1}`] },
  { text: 'In the first scenario the US is 12–24 months ahead.', expected: [`12–24 months|consistent|${S1}`] },
  { text: 'In Scenario One the US is 24-36 months ahead by 2028.', expected: [`24-36 months|differs|${S1}`] },
  { text: 'Chinese labs could not make such advances until 2029 or 2030 in scenario one.', expected: [`2029|consistent|${S1}`, `2030|consistent|${S1}`] },
  { text: 'US frontier models are at least several months ahead of Chinese labs.', expected: ['several months ahead|mention|us-lead-current'] },
  { text: 'In Scenario Two, Chinese models are only a few months behind.', expected: ['Scenario Two|mention|scenario-two-parity'] },
  { text: 'The paper warns of automated repression at scale.', expected: ['automated repression|mention|scenario-two-parity'] },

  // kimi, open weights, policy asks, four fronts, the paper
  { text: 'Kimi K2.5 failed to refuse CBRN requests more often than US models.', expected: ['Kimi K2.5|mention|kimi-k25-cbrn distillation-attacks'] },
  { text: 'Moonshot AI shipped the model without a safety evaluation.', expected: ['Moonshot AI|mention|kimi-k25-cbrn distillation-attacks'] },
  { text: 'Open-weight models are framed as a liability.', expected: ['Open-weight models are framed as a liability|mention|open-weights-liability'], note: 'described by its concepts' },
  { text: 'The paper asks Washington to close loopholes and export American AI.', expected: ['close loopholes|mention|policy-asks', 'export American AI|mention|policy-asks'] },
  { text: 'It describes four fronts, from domestic adoption to resilience.', expected: ['four fronts|mention|four-fronts', 'domestic adoption|mention|four-fronts'] },
  { text: "Anthropic's 2028 essay was published in May.", expected: ["Anthropic's 2028 essay|mention|the-paper"] },
  { text: 'The essay, "2028: Two scenarios for global AI leadership", came out on 14 May 2026.', expected: ['2028: Two scenarios for global AI leadership|mention|the-paper'] },
  { text: 'Some called it Two Scenarios for Global AI Dominance.', expected: ['Two Scenarios for Global AI Dominance|mention|the-paper'] },
  { text: 'CAISI, the Center for AI Standards and Innovation, ran the test.', expected: [`CAISI|mention|${D}`, `Center for AI Standards and Innovation|mention|${D}`] },
  { text: 'SMIC is Huawei’s foundry partner.', expected: [`SMIC|mention|${H}`, `Huawei|mention|${H}`] },
  { text: 'HiSilicon designs the chips.', expected: [`HiSilicon|mention|${H}`] },

  // figures without the claim's entity or topic are nothing
  { text: '94% of voters said they distrust the polls.', expected: [] },
  { text: 'Add 2% milk and stir for 11 minutes.', expected: [] },
  { text: 'The company grew revenue 4% while margins fell to 2%.', expected: [] },
  { text: 'A vote of 369-22 in the state legislature passed the budget.', expected: [] },
  { text: 'The deal was worth $2.5 billion, the bank said.', expected: [] },
  { text: 'Only 3 of 13 candidates returned the questionnaire.', expected: [] },
  { text: 'The new model is 20x faster at rendering video.', expected: [] },
  { text: 'Kimi won the race after 12 laps in 2025.', expected: [], note: 'a driver called Kimi' },
  { text: 'The distillery produces thousands of bottles a year.', expected: [] },
  { text: 'The team took 12-24 months to build the stadium.', expected: [] },
  { text: 'The ascent took 11 times longer than planned.', expected: [] },
  { text: 'He was one of the thousands of fans in the stands.', expected: [] },
  { text: 'Supermarket prices rose 4% in a year.', expected: [], note: 'supermarket is not Supermicro' },
  { text: 'Deeper roots make healthier plants.', expected: [], note: 'deeper is not DeepSeek' },
  { text: 'The moonshot project cost $2.5 billion.', expected: [], note: 'moonshot is not Moonshot AI' },
  { text: 'The minimum wage rose 4%.', expected: [] },
  { text: 'Hua Wei, a chef, cooks with 2% milk.', expected: [] },
];

/** Variants of the three headline figures written the ways coverage writes them. */
const headlineVariants: Array<[string, string, string]> = [
  ['4%', 'consistent', H],
  ['4 percent', 'consistent', H],
  ['4 per cent', 'consistent', H],
  ['four per cent', 'consistent', H],
  ['4.0%', 'consistent', H],
  ['3%', 'differs', H],
  ['five percent', 'differs', H],
  ['24%', 'differs', H],
];
for (const [figure, verdict, claim] of headlineVariants) {
  CASES.push({ text: `Huawei is on course to make ${figure} of Nvidia's aggregate compute in 2026, the paper says.`, expected: [`${figure}|${verdict}|${claim}`] });
}
const deepseekVariants: Array<[string, string]> = [
  ['94%', 'consistent'],
  ['94 percent', 'consistent'],
  ['ninety-four per cent', 'consistent'],
  ['94.0 percent', 'consistent'],
  ['74%', 'differs'],
  ['ninety percent', 'differs'],
  ['9.4%', 'differs'],
  ['84 per cent', 'differs'],
];
for (const [figure, verdict] of deepseekVariants) {
  CASES.push({ text: `Under a common jailbreak, DeepSeek's R1-0528 complied with ${figure} of overtly malicious requests.`, expected: [`${figure}|${verdict}|${D}`] });
}
const moneyVariants: Array<[string, string]> = [
  ['$2.5B', 'consistent'],
  ['$2.5bn', 'consistent'],
  ['$2.5 billion', 'consistent'],
  ['US$2.5 billion', 'consistent'],
  ['2.5 billion dollars', 'consistent'],
  ['$2,500 million', 'consistent'],
  ['$250 million', 'differs'],
  ['$2.5 million', 'differs'],
  ['$25B', 'differs'],
  ['$3.5 billion', 'differs'],
];
for (const [figure, verdict] of moneyVariants) {
  CASES.push({ text: `Prosecutors say ${figure} of servers with Nvidia chips were diverted in the Supermicro case.`, expected: [`${figure}|${verdict}|${S}`] });
}
const ratioVariants: Array<[string, string]> = [
  ['11x', 'consistent'],
  ['11 times', 'consistent'],
  ['eleven times', 'consistent'],
  ['11-fold', 'consistent'],
  ['roughly 11×', 'consistent'],
  ['8x', 'differs'],
  ['twenty times', 'differs'],
];
for (const [figure, verdict] of ratioVariants) {
  const span = figure.replace('roughly ', '');
  CASES.push({ text: `With tighter controls the US would have ${figure} more compute than China.`, expected: [`${span}|${verdict}|${X}`] });
}
const countVariants: Array<[string, string, string]> = [
  ['3 of 13', 'consistent', L],
  ['3 out of 13', 'consistent', L],
  ['three of the 13', 'consistent', L],
  ['three out of thirteen', 'consistent', L],
  ['5 of 13', 'differs', L],
  ['three of 20', 'differs', L],
];
for (const [figure, verdict, claim] of countVariants) {
  CASES.push({ text: `Only ${figure} top Chinese AI labs had published safety evaluations.`, expected: [`${figure}|${verdict}|${claim}`] });
}
const durationVariants: Array<[string, string]> = [
  ['12-24 months', 'consistent'],
  ['12 to 24 months', 'consistent'],
  ['12–24 months', 'consistent'],
  ['12—24 months', 'consistent'],
  ['twelve to twenty-four months', 'consistent'],
  ['6-12 months', 'consistent'],
  ['18-30 months', 'differs'],
];
for (const [figure, verdict] of durationVariants) {
  // 6-12 months is the editorial counter-signal: known, never a misquote, so no figure mention.
  const expected = figure === '6-12 months' ? ['Scenario One|mention|scenario-one-lead'] : [`${figure}|${verdict}|${S1}`];
  CASES.push({ text: `In Scenario One, US models are ${figure} ahead of Chinese models in 2028.`, expected });
}
const voteVariants: Array<[string, string]> = [
  ['369-22', 'consistent'],
  ['369 to 22', 'consistent'],
  ['369–22', 'consistent'],
  ['359-32', 'differs'],
];
for (const [figure, verdict] of voteVariants) {
  CASES.push({ text: `The House voted ${figure} to pass the Remote Access Security Act.`, expected: [`${figure}|${verdict}|${V}`] });
}
