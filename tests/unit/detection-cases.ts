/**
 * Detection cases written for this project (never taken from coverage): claims stated in other
 * words, misquotes in number and in statement, related figures of other measures, figures whose
 * claim subject is not in the sentence, and unrelated text sharing names and numbers.
 *
 * `find`: a claim id that must be found, optionally with the verdict one of its mentions must
 * have ("id" or "id|verdict"). `absent`: claim ids that must not be found at all, or "*" for
 * nothing at all. `noVerdict`: verdicts no mention may have ("differs", "distorted").
 */
export interface DetectionCase {
  text: string;
  find?: string[];
  absent?: string[];
  noVerdict?: string[];
  class: 'paraphrase' | 'distortion' | 'misquote' | 'related' | 'no-subject' | 'negative' | 'faithful';
}

const H = 'huawei-compute-share';
const X = 'us-compute-ratio-11x';
const D = 'deepseek-r1-0528-jailbreak';
const S1 = 'scenario-one-lead';
const S2 = 'scenario-two-parity';
const DIST = 'distillation-attacks';
const O = 'overseas-datacenters';
const SM = 'supermicro-diversion';
const V = 'remote-access-bill-vote';
const M = 'mythos-firefox';
const P = 'the-paper';
const A = 'policy-asks';
const K = 'kimi-k25-cbrn';
const OW = 'open-weights-liability';
const MIS = ['differs', 'distorted'];

export const DETECTION_CASES: DetectionCase[] = [
  // overseas-datacenters: the loophole in other words
  { class: 'paraphrase', text: 'Chinese labs are renting restricted chips from cloud providers abroad.', find: [O] },
  { class: 'paraphrase', text: 'Beijing-backed developers lease export-controlled GPUs in Malaysian server farms.', find: [O] },
  { class: 'paraphrase', text: 'Remote access to controlled compute remains legal for Chinese firms.', find: [O] },
  { class: 'paraphrase', text: 'Much of the training happens on banned chips sitting in data centers in Southeast Asia.', find: [O] },
  { class: 'paraphrase', text: 'ByteDance reportedly hires capacity on Blackwell servers housed offshore.', find: [O] },
  { class: 'paraphrase', text: 'A loophole lets Chinese companies use advanced Nvidia GPUs through foreign cloud services.', find: [O] },
  { class: 'paraphrase', text: 'Offshore cloud access gives Chinese developers what export rules deny them at home.', find: [O] },
  { class: 'paraphrase', text: 'The bill targets adversaries who remotely obtain sensitive technologies via the cloud.', find: [O] },
  { class: 'paraphrase', text: 'Alibaba trains its newest models on high-end chips in an Indonesian datacenter.', find: [O] },
  { class: 'paraphrase', text: 'Tencent can bypass the controls by renting compute capacity in Japan and Singapore.', find: [O] },
  { class: 'paraphrase', text: 'Renting top-end chips overseas is how Chinese firms sidestep the export ban.', find: [O] },
  { class: 'paraphrase', text: 'Chinese AI groups circumvent the rules by leasing H100 clusters in Thailand.', find: [O] },
  { class: 'negative', text: 'Microsoft opened two new data centers in Malaysia this spring.', absent: [O] },
  { class: 'negative', text: 'The cloud provider raised prices for customers abroad.', absent: [O] },
  { class: 'negative', text: 'Advanced chips power the data centers of American hyperscalers.', absent: [O] },
  { class: 'negative', text: 'A foreign investor bought a stake in the data center operator.', absent: [O] },

  // distillation-attacks: the accusation in other words
  { class: 'paraphrase', text: 'Chinese developers are harvesting outputs of US models through fake accounts.', find: [DIST] },
  { class: 'paraphrase', text: 'The labs copied capabilities from American models using thousands of sham accounts.', find: [DIST] },
  { class: 'paraphrase', text: 'Rivals in China distill frontier models by querying them at scale.', find: [DIST] },
  { class: 'paraphrase', text: 'It accuses Chinese firms of scraping Claude responses to train cheaper clones.', find: [DIST] },
  { class: 'paraphrase', text: 'Distilling American models lets Beijing skip most of the training cost.', find: [DIST] },
  { class: 'paraphrase', text: 'MiniMax allegedly siphoned answers from leading models via proxy services.', find: [DIST] },
  { class: 'paraphrase', text: 'The document treats model extraction by Chinese labs as espionage.', find: [DIST] },
  { class: 'paraphrase', text: 'Copying the behaviour of OpenAI and Anthropic models through bogus accounts is the concern.', find: [DIST] },
  { class: 'paraphrase', text: 'Chinese teams trained on GPT outputs, the essay claims.', find: [DIST] },
  { class: 'paraphrase', text: 'Moonshot is said to have mimicked frontier model reasoning traces.', find: [DIST] },
  { class: 'paraphrase', text: 'A wave of fraudulent sign-ups was used to extract capabilities from US models.', find: [DIST] },
  { class: 'paraphrase', text: 'China-based labs run distillation campaigns against American systems.', find: [DIST] },
  { class: 'negative', text: 'The whisky is distilled twice in copper stills.', absent: [DIST] },
  { class: 'negative', text: 'Her essay distills a decade of research into ten pages.', absent: [DIST] },
  { class: 'negative', text: 'Users can copy their chat history and export it.', absent: [DIST] },
  { class: 'negative', text: 'The bank closed several fake accounts last month.', absent: [DIST] },

  // scenario-one-lead: the lead in 2028, in other words
  { class: 'paraphrase', text: 'Under the first path, America stays well ahead and the gap keeps growing by 2028.', find: [S1] },
  { class: 'paraphrase', text: 'If Washington acts, US models could be one to two years ahead of Chinese ones in 2028.', find: [S1] },
  { class: 'paraphrase', text: 'In the better scenario, the United States holds a lead of a year or two over China.', find: [S1] },
  { class: 'paraphrase', text: 'The optimistic future has American labs a year or two in front.', find: [S1] },
  { class: 'faithful', text: 'In the first scenario, US models are 12-24 months ahead in 2028.', find: [`${S1}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: 'With stronger controls, American AI could keep a 12 to 24 month lead through 2028.', find: [`${S1}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: 'The paper imagines a world where the US enjoys a 12-to-24-month edge in 2028.', find: [`${S1}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: 'By 2028 the democratic side might be twelve to twenty-four months ahead.', find: [`${S1}|consistent`], noVerdict: MIS },
  { class: 'distortion', text: 'US models are currently 12-24 months ahead of Chinese models.', find: [`${S1}|distorted`] },
  { class: 'distortion', text: 'Today America leads China by 12 to 24 months in AI.', find: [`${S1}|distorted`] },
  { class: 'distortion', text: 'The US already has a 12-24 month head start on China.', find: [`${S1}|distorted`] },
  { class: 'distortion', text: 'At present the American lead is 12 to 24 months.', find: [`${S1}|distorted`] },
  { class: 'distortion', text: 'Right now, US labs are 12-24 months ahead, Anthropic says.', find: [`${S1}|distorted`] },
  { class: 'misquote', text: 'In the first scenario the US would be 36-48 months ahead in 2028.', find: [`${S1}|differs`] },
  { class: 'misquote', text: 'Anthropic thinks America could lead by 3 to 5 years in 2028.', find: [`${S1}|differs`] },
  { class: 'related', text: 'A realistic 2028 lead is more like 6-12 months, one critic argues.', noVerdict: MIS },
  // The same lead in years, or with "or" and "between ... and": 12-24 months all the same.
  { class: 'faithful', text: 'Should Washington tighten controls, US labs might be one to two years in front of China by 2028.', find: [`${S1}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: 'Under scenario one, American models lead by one or two years in 2028.', find: [`${S1}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: 'The first scenario puts the US between 12 and 24 months ahead in 2028.', find: [`${S1}|consistent`], noVerdict: MIS },
  { class: 'distortion', text: 'America is already one to two years ahead of China, the paper says.', find: [`${S1}|distorted`] },
  { class: 'misquote', text: 'In the first scenario the US would be two to three years ahead in 2028.', find: [`${S1}|differs`] },
  { class: 'related', text: 'In the first scenario, onboarding a new lab partner takes 6 to 8 weeks.', noVerdict: MIS },
  { class: 'negative', text: 'The team took a 12-24 month lease on the office.', absent: [S1] },
  { class: 'negative', text: 'Toyota is ahead of its rivals in hybrid cars.', absent: [S1] },

  // scenario-two-parity: near parity in other words
  { class: 'paraphrase', text: 'If Washington does nothing, Chinese labs catch up by 2028.', find: [S2] },
  { class: 'paraphrase', text: 'In the second scenario, China reaches rough parity with US models.', find: [S2] },
  { class: 'paraphrase', text: 'Should controls loosen, Chinese models could be only a few months behind.', find: [S2] },
  { class: 'paraphrase', text: 'The other path has Chinese labs neck and neck with American ones by 2028.', find: [S2] },
  { class: 'paraphrase', text: 'With porous enforcement, Beijing could close the gap within two years.', find: [S2] },
  { class: 'paraphrase', text: 'The alternative future sees Chinese AI keep pace with the frontier.', find: [S2] },
  { class: 'paraphrase', text: 'Weak enforcement would let the PRC pull even, the essay warns.', find: [S2] },
  { class: 'negative', text: 'Huawei is catching up with Apple in smartphone sales.', absent: [S2] },
  { class: 'negative', text: 'The runner closed the gap on the leader in the final lap.', absent: [S2] },
  { class: 'negative', text: 'Local teams are on par with the best in Europe.', absent: [S2] },

  // policy-asks: the asks in the writer's own words
  { class: 'paraphrase', text: 'Shut the smuggling routes, make harvesting model outputs a crime, sell the US stack abroad.', find: [A] },
  { class: 'paraphrase', text: 'It urges Congress to fund export enforcement and to outlaw distillation.', find: [A] },
  { class: 'paraphrase', text: 'The company wants chip smuggling stopped and the American AI stack promoted overseas.', find: [A] },
  { class: 'paraphrase', text: 'Anthropic recommends criminalizing distillation and tightening export controls.', find: [A] },
  { class: 'paraphrase', text: 'Policymakers should curb chipmaking equipment sales and punish model theft.', find: [A] },
  { class: 'negative', text: 'Police made arrests after a crime near the stadium.', absent: [A] },
  { class: 'negative', text: 'Officials urged drivers to slow down in the snow.', absent: [A] },

  // the-paper: the essay described, and dated wrongly
  { class: 'paraphrase', text: "Anthropic's new paper sketches two futures for the US-China AI race.", find: [P] },
  { class: 'paraphrase', text: 'In a policy document, Anthropic lays out two scenarios for 2028.', find: [P] },
  { class: 'misquote', text: "Anthropic's essay on two scenarios for 2028, published in early 2025, drew criticism.", find: [`${P}|differs`] },
  { class: 'misquote', text: 'The 2028 paper by Anthropic was released in March 2024.', find: [`${P}|differs`] },
  { class: 'misquote', text: "Anthropic's 2025 paper on the AI race with China warns of two futures.", find: [`${P}|differs`] },
  { class: 'faithful', text: "Anthropic's 2028 paper, published in May 2026, drew criticism.", find: [P], noVerdict: MIS },
  { class: 'faithful', text: 'Anthropic released the 2028 essay on 14 May 2026.', noVerdict: MIS },
  { class: 'negative', text: 'Anthropic published a report on model welfare in 2025.', absent: [P] },
  { class: 'negative', text: 'The paper mill reported higher profits in 2025.', absent: [P] },

  // remote-access-bill-vote: the vote stated, misstated, and another vote
  { class: 'faithful', text: 'The Remote Access Security Act cleared the House 369-22.', find: [`${V}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: 'Lawmakers approved the bill by a vote of 369 to 22.', find: [`${V}|consistent`], noVerdict: MIS },
  { class: 'misquote', text: 'The Remote Access Security Act passed the House by voice vote.', find: [`${V}|differs`] },
  { class: 'misquote', text: 'The remote access bill sailed through the House on a voice vote.', find: [`${V}|differs`] },
  { class: 'faithful', text: 'The Remote Access Security Act cleared the House 369-22, not on a voice vote.', find: [`${V}|consistent`], noVerdict: MIS },
  { class: 'misquote', text: 'The House unanimously approved the Remote Access Security Act in January.', find: [`${V}|differs`] },
  { class: 'misquote', text: 'The Remote Access Security Act sailed through without opposition.', find: [`${V}|differs`] },
  { class: 'misquote', text: 'The Remote Access Security Act was signed into law in January.', find: [`${V}|differs`] },
  { class: 'misquote', text: 'The Remote Access Security Act passed the House 402-15.', find: [`${V}|differs`] },
  { class: 'paraphrase', text: 'The House passed a bill to close the remote access loophole for cloud computing.', find: [V] },
  { class: 'negative', text: 'The House passed the farm bill by voice vote.', absent: [V] },
  { class: 'negative', text: 'The town council voted 5-2 to approve the budget.', absent: [V] },

  // huawei-compute-share: subject in the sentence or not
  { class: 'faithful', text: "Huawei's AI chips will add up to about 4% of Nvidia's compute in 2026.", find: [`${H}|consistent`] },
  { class: 'faithful', text: "Ascend output is projected at 2% of Nvidia's aggregate compute in 2027.", find: [`${H}|consistent`] },
  { class: 'distortion', text: 'Huawei will only make 4% as many chips as Nvidia this year.', find: [`${H}|distorted`] },
  { class: 'misquote', text: "Huawei will produce 12% of Nvidia's aggregate compute in 2026.", find: [`${H}|differs`] },
  { class: 'faithful', text: 'All the accelerators Huawei turns out in 2026 come to about 4 percent of what Nvidia will ship.', find: [`${H}|consistent`], noVerdict: MIS },
  { class: 'distortion', text: "Huawei makes 4% of Nvidia's compute now and is on track to match Nvidia by 2028.", find: [`${H}|distorted`] },
  { class: 'negative', text: "Huawei's shares rose 14% after Nvidia reported its earnings.", noVerdict: MIS },
  { class: 'no-subject', text: 'Supermicro shares rose 4% after Nvidia unveiled new chips.', absent: [H] },
  { class: 'no-subject', text: "Nvidia's stock slipped 2% of its value on Friday.", absent: [H] },
  { class: 'no-subject', text: 'AMD now holds about 4% of the market Nvidia dominates.', absent: [H] },
  { class: 'no-subject', text: 'Nvidia announced a 4% dividend increase.', absent: [H] },
  { class: 'negative', text: 'Huawei phone shipments grew 4% in Europe.', noVerdict: MIS },
  { class: 'negative', text: 'Nvidia reported record revenue from data centers.', absent: [H, SM] },

  // us-compute-ratio-11x: conditional vs present
  { class: 'faithful', text: 'Tighter restrictions would give America roughly 11 times the compute of China, one study says.', find: [`${X}|consistent`] },
  { class: 'distortion', text: 'The US already has eleven times more compute than China.', find: [`${X}|distorted`] },
  { class: 'distortion', text: 'America currently enjoys an 11x compute advantage over China.', find: [`${X}|distorted`] },
  { class: 'misquote', text: 'With stronger controls the US would have 20 times more compute than China.', find: [`${X}|differs`] },
  { class: 'related', text: 'A 4:1 compute advantage over China is the realistic floor, critics say.', noVerdict: MIS },
  { class: 'negative', text: 'The new GPU is 11x faster than the last generation.', absent: [X] },

  // deepseek-r1-0528-jailbreak: qualifiers and swapped models
  { class: 'faithful', text: 'Under a common jailbreak, R1-0528 went along with 94% of overtly malicious prompts, against 8% for US models.', find: [`${D}|consistent`], noVerdict: MIS },
  { class: 'distortion', text: 'US reference models complied with 94% of malicious requests in the test.', find: [`${D}|distorted`] },
  { class: 'distortion', text: 'DeepSeek R1-0528 complied with just 8% of malicious requests.', find: [`${D}|distorted`] },
  { class: 'distortion', text: 'The compliance rate was 94% for American models and far lower for DeepSeek.', find: [`${D}|distorted`] },
  { class: 'distortion', text: 'DeepSeek R1-0528 answered 94% of all requests, the study found.', find: [`${D}|distorted`] },
  { class: 'misquote', text: 'DeepSeek R1-0528 complied with 74% of malicious requests under a jailbreak.', find: [`${D}|differs`] },
  { class: 'related', text: 'In the same evaluation, DeepSeek agents were 12 times more likely to be hijacked.', find: [`${D}|consistent`] },
  { class: 'negative', text: 'Ninety-four percent of voters backed the measure.', absent: ['*'] },
  // A range of percentages sums up several tests: another measure than the one figure, never its misquote.
  { class: 'related', text: 'Across its test categories, CAISI saw DeepSeek hand over harmful answers 90 to 100% of the time under public jailbreaks.', find: [D], noVerdict: MIS },
  { class: 'related', text: 'American models went along with 4-10% of the same jailbreak prompts, the evaluators found.', noVerdict: MIS },
  { class: 'misquote', text: 'In one newsletter, Huawei climbs from 4 to 14% of Nvidia\'s compute in 2026.', find: [`${H}|differs`] },

  // supermicro-diversion: the case, a part of it, the company
  { class: 'faithful', text: 'Prosecutors say a Supermicro co-founder helped divert about $2.5 billion of servers to China.', find: [`${SM}|consistent`], noVerdict: MIS },
  { class: 'related', text: 'One shipment in the Supermicro case was worth $90 million, prosecutors said.', find: [SM], noVerdict: MIS },
  { class: 'related', text: 'Of that total, a single batch of Supermicro servers worth $40 million was seized.', noVerdict: MIS },
  { class: 'distortion', text: 'Supermicro was indicted for diverting $2.5 billion of Nvidia servers.', find: [`${SM}|distorted`] },
  { class: 'misquote', text: 'Supermicro insiders allegedly diverted $25 billion of servers to China.', find: [`${SM}|differs`] },
  { class: 'no-subject', text: 'The company smuggled $2.5 billion worth of cigarettes, police say.', absent: [SM] },
  // The subject in the sentence just before the figure's (one paragraph), and only there.
  { class: 'faithful', text: 'A Super Micro co-founder was charged last week. Prosecutors say about $2.5 billion of servers went to China.', find: [`${SM}|consistent`], noVerdict: MIS },
  { class: 'no-subject', text: 'Supermicro reported its quarterly results. Its stock jumped 14% on the day.', noVerdict: MIS },
  { class: 'no-subject', text: 'Huawei launched a folding phone. Shares of the group rose 4% after Nvidia reported.', noVerdict: ['consistent', ...MIS] },
  { class: 'no-subject', text: "Huawei's plans were laid out in detail. Analysts expect a slow year. Output will reach 14% of Nvidia's compute, a blog said.", noVerdict: MIS },

  // distillation: another campaign's count is not a misquote of this one
  { class: 'related', text: 'OpenAI said a separate distillation campaign used 500 fake accounts.', find: [DIST], noVerdict: MIS },
  { class: 'related', text: 'Another operation relied on 3,000 fraudulent accounts, Google reported.', noVerdict: MIS },
  { class: 'faithful', text: 'Anthropic counted about 24,000 fraudulent accounts behind the distillation attacks.', find: [`${DIST}|consistent`], noVerdict: MIS },
  { class: 'misquote', text: 'Anthropic found 90,000 fraudulent accounts used for distillation attacks.', find: [`${DIST}|differs`] },

  // mythos-firefox: related statistics vs misquotes
  { class: 'faithful', text: 'With Mythos Preview, Firefox fixed about 20 times its usual monthly number of security bugs.', find: [`${M}|consistent`], noVerdict: MIS },
  { class: 'distortion', text: 'Claude Mythos found 423 vulnerabilities in Firefox in one month.', find: [`${M}|distorted`] },
  { class: 'related', text: 'Mozilla shipped an earlier batch of 60 Firefox security fixes in March.', noVerdict: MIS },
  { class: 'no-subject', text: 'The team fixed 20x more bugs after adopting a new linter.', absent: [M] },

  // kimi and open weights: described, not just named
  { class: 'paraphrase', text: "Moonshot's Kimi model failed to refuse biological weapons requests more often than US models.", find: [K] },
  { class: 'negative', text: 'Kimi Raikkonen finished fourth in the race.', absent: [K] },
  { class: 'paraphrase', text: 'Open-weight releases are a national security liability, in this reading.', find: [OW] },
  { class: 'negative', text: 'The company publishes open weights for its small models.', absent: [OW] },
  { class: 'paraphrase', text: 'Once weights are public, removing the safeguards of an open-weight model is cheap, critics of the paper note.', find: [OW] },

  // more wording, per claim
  { class: 'paraphrase', text: 'Chinese model makers tap restricted Nvidia hardware in rented racks across Southeast Asia.', find: [O] },
  { class: 'paraphrase', text: 'Loopholes let PRC labs reach export-controlled chips through overseas clouds.', find: [O] },
  { class: 'paraphrase', text: 'Companies tied to the CCP obtained restricted US technology through cloud services.', find: [O] },
  { class: 'paraphrase', text: 'DeepSeek is accused of mining the answers of American models with fake accounts.', find: [DIST] },
  { class: 'paraphrase', text: 'Chinese labs piggyback on US frontier models, stealing their outputs at scale.', find: [DIST] },
  { class: 'paraphrase', text: 'Clone the outputs of Claude and you skip years of research: that is the charge against Chinese labs.', find: [DIST] },
  { class: 'paraphrase', text: 'Absent action from Washington, the PRC closes the gap and exports its models.', find: [S2] },
  { class: 'paraphrase', text: 'In the bad scenario Chinese labs reach parity through distillation and smuggled chips.', find: [S2] },
  { class: 'paraphrase', text: 'America could lock in a lead of one to two years if it enforces its controls.', find: [S1] },
  { class: 'paraphrase', text: 'The essay asks lawmakers to close the smuggling routes and make distillation illegal.', find: [A] },
  { class: 'paraphrase', text: 'Its recommendations: enforce export controls, punish distillation, and export American AI.', find: [A] },
  { class: 'paraphrase', text: 'Anthropic lays out its 2028 thesis in a long blog post about the AI race.', find: [P] },
  { class: 'faithful', text: 'Only 3 of 13 leading Chinese AI labs published safety evaluation results.', find: ['chinese-labs-safety-evals|consistent'], noVerdict: MIS },
  { class: 'misquote', text: 'Only 5 of 13 top Chinese AI labs published any safety evaluations.', find: ['chinese-labs-safety-evals|differs'] },
  { class: 'negative', text: 'Only 3 of 13 restaurants passed the hygiene inspection.', absent: ['*'] },
  { class: 'paraphrase', text: 'The paper names four fronts: intelligence, domestic adoption, global distribution and resilience.', find: ['four-fronts'] },
  { class: 'faithful', text: 'For now, US frontier models are at least several months ahead of Chinese ones.', find: ['us-lead-current'], noVerdict: MIS },
  { class: 'distortion', text: 'DeepSeek R1-0528 complied with 94 percent of requests in the test.', find: [`${D}|distorted`] },
  { class: 'faithful', text: 'R1-0528 refused only 6% of overtly malicious requests under the jailbreak.', find: [`${D}|consistent`], noVerdict: MIS },
  { class: 'no-subject', text: 'Our onboarding flow now answers 94% of support requests automatically.', absent: [D] },
  { class: 'related', text: 'A separate audit found Kimi complied with 30% of harmful requests.', absent: [D] },
  { class: 'misquote', text: 'Huawei will reach 40% of Nvidia’s total compute by 2027.', find: [`${H}|differs`] },
  { class: 'no-subject', text: 'Nvidia gained 4% while the Nasdaq fell.', absent: ['*'] },
  { class: 'faithful', text: 'The House passed the Remote Access Security Act 369-22 in January 2026.', find: [`${V}|consistent`], noVerdict: MIS },
  { class: 'misquote', text: 'Congress made the Remote Access Security Act law after the Senate passed it.', find: [`${V}|differs`] },
  { class: 'negative', text: 'The Senate approved the highway bill unanimously.', absent: ['*'] },
  { class: 'faithful', text: 'Super Micro co-founder Wally Liaw is among three people charged over $2.5 billion of diverted servers.', find: [`${SM}|consistent`], noVerdict: MIS },
  { class: 'related', text: 'About $510 million of the Supermicro servers allegedly reached China.', find: [`${SM}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: 'Mozilla says Mythos Preview found 271 of the 423 Firefox bugs fixed in April.', find: [`${M}|consistent`], noVerdict: MIS },
  { class: 'misquote', text: 'Firefox fixed 900 security bugs in April with help from Claude Mythos.', find: [`${M}|differs`] },
  { class: 'negative', text: 'The firefox is a small red panda native to the Himalayas.', absent: ['*'] },
  { class: 'paraphrase', text: 'For now Chinese labs remain a few months behind the US frontier.', find: ['us-lead-current'] },
  { class: 'paraphrase', text: 'The US still leads China by at least several months today, in Anthropic\'s telling.', find: ['us-lead-current'], noVerdict: MIS },
  { class: 'paraphrase', text: 'Right now American labs are ahead of China by a few months.', find: ['us-lead-current'] },
  { class: 'paraphrase', text: 'In the gloomier scenario, Chinese models trail American ones by only a few months in 2028.', find: [S2], absent: ['us-lead-current'] },
  { class: 'paraphrase', text: 'By 2028 the US could enjoy a lead of a year or more, if controls get tighter.', find: [S1] },
  { class: 'paraphrase', text: 'Anthropic released its policy paper on AI competition with China in mid-May.', find: [P] },
  { class: 'negative', text: 'The bakery has been open for more than a year.', absent: ['*'] },
  { class: 'negative', text: 'Chinese firms waited several months for their export licences this year.', absent: ['us-lead-current'] },
  { class: 'negative', text: 'The stadium project is months behind schedule.', absent: ['*'] },
  { class: 'paraphrase', text: 'Few Chinese AI labs publish any safety evaluations of their models.', find: ['chinese-labs-safety-evals'] },
  { class: 'paraphrase', text: 'Just 3 in 13 big Chinese AI developers have put out safety test results.', find: ['chinese-labs-safety-evals|consistent'], noVerdict: MIS },
  { class: 'distortion', text: 'In the NIST tests of DeepSeek, American chatbots turned down every one of the harmful prompts.', find: [`${D}|differs`] },
  { class: 'faithful', text: "DeepSeek's R1-0528 complied with 94% of overtly malicious requests, and US models refused most of the rest.", find: [`${D}|consistent`], noVerdict: MIS },
  { class: 'paraphrase', text: 'The essay argues Chinese chipmakers remain years behind their American counterparts.', find: [H] },
  { class: 'negative', text: 'Sales rose 3 in 2026, and one in ten buyers said they were pleased with the phone.', absent: ['*'] },
  { class: 'paraphrase', text: 'For now American models sit a few months in front of Chinese ones.', find: ['us-lead-current'] },
  { class: 'paraphrase', text: 'Chinese models now trail with a gap of only a few months, one American lab chief said.', find: ['us-lead-current'] },
  { class: 'negative', text: 'Chinese exports of solar panels fell for just a few months last year.', absent: ['*'] },
  { class: 'negative', text: 'Chinese companies rent office space in Singapore to be closer to their clients.', absent: [O] },
  { class: 'paraphrase', text: 'The essay sorts the contest into four arenas: intelligence, adoption at home, distribution abroad and resilience.', find: ['four-fronts'] },
  { class: 'negative', text: 'Intelligence agencies worry about the adoption of Chinese apps by teenagers.', absent: ['four-fronts'] },
  { class: 'faithful', text: 'Chinese labs ran 24k fake accounts to distill Claude, the company says.', find: [`${DIST}|consistent`], noVerdict: MIS },
  { class: 'distortion', text: 'Supermicro chief Charles Liang was indicted over the diversion of Nvidia servers.', find: [`${SM}|differs`] },
  { class: 'faithful', text: 'Supermicro chief Charles Liang was not charged in the diversion case.', find: [SM], noVerdict: MIS },
  { class: 'paraphrase', text: 'Anthropic calls on Congress to fund export enforcement properly.', find: [A] },
  { class: 'negative', text: 'Lawmakers call for tighter export controls on chip smuggling.', absent: [A] },
  { class: 'paraphrase', text: 'Absent tougher enforcement, Chinese labs could come within a few months of the frontier by 2028.', find: [S2] },
  { class: 'paraphrase', text: "America enjoys a few months' lead over China in frontier AI, the company concedes.", find: ['us-lead-current'] },
  { class: 'paraphrase', text: 'AI leadership is largely a race for compute, Anthropic argues.', find: [P] },
  { class: 'related', text: "Huawei's Ascend 910C delivers roughly 60% of the performance of Nvidia's H100 in inference tests.", find: [H], noVerdict: MIS },
  { class: 'related', text: "Huawei's AI chip revenue could reach 12% of Nvidia's data-center sales next year, analysts say.", find: [H], noVerdict: MIS },
  { class: 'misquote', text: "Huawei will produce 14% of Nvidia's total processing performance in 2026, the essay says.", find: [`${H}|differs`] },
  { class: 'negative', text: 'American venture funds put 11 times more money into AI startups than Chinese ones last year.', absent: [X] },
  { class: 'negative', text: 'The visiting team scored 11 times more points than China in the final.', absent: [X] },
  { class: 'faithful', text: 'Stricter curbs would leave America with around eleven times the computing power of Chinese AI developers.', find: [`${X}|consistent`], noVerdict: MIS },
  { class: 'distortion', text: 'American labs lead their Chinese rivals by 12 to 24 months, the essay says.', find: [`${S1}|distorted`] },
  { class: 'negative', text: "China's chipmaking toolmakers are a year or two behind ASML, analysts say.", absent: [S1] },
  { class: 'distortion', text: 'Anthropic says US models hold a one-to-two-year lead over Chinese ones.', find: [`${S1}|distorted`] },
  { class: 'distortion', text: 'US systems sit a year or two ahead of Chinese ones at present, the company argues.', find: [`${S1}|distorted`] },
  { class: 'faithful', text: 'If export controls tighten, US models could be a year or two ahead of Chinese ones by 2028.', find: [`${S1}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: 'CAISI found DeepSeek R1-0528 went along with more than 90% of overtly malicious requests under a jailbreak.', find: [`${D}|consistent`], noVerdict: MIS },
  { class: 'misquote', text: 'CAISI found DeepSeek R1-0528 went along with more than 97% of overtly malicious requests under a jailbreak.', find: [`${D}|differs`] },
  { class: 'faithful', text: 'Mozilla says Mythos Preview helped Firefox fix over 400 security bugs in April.', find: [`${M}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: "Huawei will turn out less than 5% of Nvidia's aggregate compute in 2026, the essay says.", find: [`${H}|consistent`], noVerdict: MIS },
  { class: 'related', text: "Huawei will turn out under 10% of Nvidia's aggregate compute in 2026, the essay says.", find: [H], noVerdict: MIS },
  { class: 'faithful', text: 'Prosecutors accuse a Supermicro co-founder of funnelling $2.5 billion in Nvidia servers to China.', find: [`${SM}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: 'Lawmakers backed the Remote Access Security Act by 369 votes to 22 in January.', find: [`${V}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: 'The Remote Access Security Act cleared the House with 369 in favour and 22 against.', find: [`${V}|consistent`], noVerdict: MIS },
  { class: 'misquote', text: 'The Remote Access Security Act cleared the House with 396 yeas and 22 nays.', find: [`${V}|differs`] },
  { class: 'misquote', text: "Huawei will turn out 4.5% of Nvidia's aggregate compute in 2026, the essay says.", find: [`${H}|differs`] },
  { class: 'faithful', text: "Huawei will turn out roughly 4% of Nvidia's aggregate compute in 2026, the essay says.", find: [`${H}|consistent`], noVerdict: MIS },
  { class: 'faithful', text: 'Chinese AI labs ran "thousands" of fake accounts to copy Claude, the company alleges.', find: [`${DIST}|consistent`], noVerdict: MIS },
  { class: 'distortion', text: 'Huawei could reach compute parity with Nvidia by 2028, one newsletter claimed.', find: [`${H}|differs`] },
  { class: 'distortion', text: "Analysts say Huawei's Ascend line will draw level with Nvidia before 2028.", find: [`${H}|differs`] },
  { class: 'faithful', text: 'Huawei will not reach parity with Nvidia by 2028, the paper argues.', find: [H], noVerdict: MIS },
  { class: 'negative', text: 'Huawei aims for price parity with Apple in smartphones by 2028.', noVerdict: MIS },
  { class: 'negative', text: 'A Kentucky distillery and its master distillers shipped bourbon to Chinese buyers.', absent: [DIST] },
  { class: 'paraphrase', text: 'If nothing changes, Chinese AI could be on par with American AI within two years.', find: [S2] },
  { class: 'paraphrase', text: 'Chinese AI companies remain a few months behind the US today.', find: ['us-lead-current'] },
  { class: 'paraphrase', text: 'In the gloomier scenario, Chinese models trail US ones by mere months in 2028.', find: [S2], absent: ['us-lead-current'] },
  { class: 'paraphrase', text: "The Claude maker's essay sketches two possible futures for 2028.", find: [P] },
  { class: 'negative', text: 'The Claude maker released a new coding assistant on Tuesday, its second this year.', absent: [P] },
  { class: 'paraphrase', text: "DeepSeek's model went along with nearly every malicious prompt once jailbroken.", find: [D] },

  // unrelated text sharing names and numbers
  { class: 'negative', text: 'Our survey found 94% of customers would recommend the service.', absent: ['*'] },
  { class: 'negative', text: 'The rent for the apartment abroad went up 8%.', absent: ['*'] },
  { class: 'negative', text: 'The tournament runs from 2026 to 2028 in three cities.', absent: ['*'] },
  { class: 'negative', text: 'House prices rose 4% in the second quarter.', absent: ['*'] },
  { class: 'negative', text: 'The vote was 12-24 in the student council.', absent: ['*'] },
  { class: 'negative', text: 'Fans waited 12 to 24 months for the sequel.', absent: ['*'] },
  { class: 'negative', text: 'The cloud forecast for the weekend is mixed.', absent: ['*'] },
  { class: 'negative', text: 'He stole the ball and scored in the second half.', absent: ['*'] },
  { class: 'negative', text: 'The first scenario in the game has you defending a castle.', absent: ['*'] },
  { class: 'negative', text: 'Washington beat Dallas and now leads the division by two games.', absent: ['*'] },
];
