/**
 * Chinese matcher cases, written for this project (not taken from any page). Each case is one block
 * of text and the complete list of mentions expected in it, as "span|verdict|claim ids".
 * `ZH_CASES` are in Simplified script and are also run converted to Traditional (see the test);
 * `ZH_HANT_CASES` are written in Traditional with Taiwan and Hong Kong usage (輝達, 晶片, 超微電腦).
 */
import type { MatcherCase } from './matcher-cases';
import { H, D, DA, X, S, L, V, M, DIST, S1, S2, O, K, P, CUR, ASK, F4, OW, CAISI, RA } from './case-claim-ids';

export const ZH_CASES: MatcherCase[] = [
  // huawei-compute-share: the figure as sourced, in many wordings
  { text: '华为今年的AI算力只有英伟达的4%。', expected: [`4%|consistent|${H}`] },
  { text: '华为今年的AI算力只有英伟达的４％。', expected: [`４％|consistent|${H}`], note: 'full-width digits and percent sign' },
  { text: '按总处理性能计算，华为2026年的产出仅相当于英伟达的百分之四。', expected: [`百分之四|consistent|${H}`] },
  { text: '报告预计，华为明年的算力总量只有英伟达的4%，到2027年更降至2%。', expected: [`4%|consistent|${H}`, `2%|consistent|${H}`] },
  { text: '到2027年，华为的总算力将跌至英伟达的百分之二。', expected: [`百分之二|consistent|${H}`] },
  { text: '文章认为，中国芯片厂商落后多年：昇腾系列的总产出不到英伟达的4%。', expected: [`4%|consistent|${H}`] },
  { text: '华为（算力约为英伟达的4%）仍然落后好几年。', expected: [`4%|consistent|${H}`] },
  { text: '另一项评测里，深度求索模型在95%至100%的越狱测试中给出了有害回答。', expected: [`深度求索|mention|${DA}`], note: 'a range of percentages is another measure' },
  { text: '与英伟达相比，华为2026年的总算力只有4%。', expected: [`4%|consistent|${H}`] },
  { text: 'Anthropic估计华为2026年的AI算力产出为英伟达的4%。', expected: [`4%|consistent|${H}`], note: 'a Latin name written against Chinese' },
  // huawei-compute-share: misquotes
  { text: '华为产量为英伟达的14%。', expected: [`14%|differs|${H}`] },
  { text: '华为今年的算力将达到英伟达的百分之四十。', expected: [`百分之四十|differs|${H}`] },
  { text: '有媒体称华为的总算力已是英伟达的25%。', expected: [`25%|differs|${H}`] },
  { text: '华为2027年的算力预计只有英伟达的百分之十。', expected: [`百分之十|differs|${H}`] },
  // huawei-compute-share: known figures of other measures, and other news about Huawei
  { text: '伯恩斯坦估计，昇腾950的性能约为英伟达VR200的6%。', expected: [`昇腾950|mention|${H}`], note: 'Bernstein’s 6% is a known figure of another measure' },
  { text: '华为预计今年AI芯片收入增长60%，达到约120亿美元。', expected: [`华为|mention|${H}`] },
  { text: '华为计划2026年生产约60万颗昇腾910C芯片。', expected: [`华为|mention|${H}`, `昇腾910C|mention|${H}`], note: 'a known figure of another measure: neither checked nor a misquote' },
  { text: '华为手机销量下降4%。', expected: [`华为|mention|${H}`], note: 'no compute cue: not the paper’s 4%' },
  { text: '华为成立于1987年，总部位于深圳。', expected: [`华为|mention|${H}`] },
  { text: '中芯国际的先进制程产能仍然有限。', expected: [`中芯国际|mention|${H}`] },

  // deepseek-r1-0528-jailbreak
  { text: 'DeepSeek的R1-0528在越狱攻击下响应了94%的明显恶意请求，美国参考模型仅为8%。', expected: [`94%|consistent|${D}`, `8%|consistent|${D}`] },
  { text: '深度求索R1-0528对百分之九十四的恶意请求照单全收。', expected: [`百分之九十四|consistent|${D}`] },
  { text: 'CAISI的评估显示，在一种常见越狱手段下，R1-0528配合了94%的恶意指令。', expected: [`94%|consistent|${D}`] },
  { text: 'CAISI的评估显示，在越狱手段下，R1-0528配合了超过90%的恶意指令。', expected: [`90%|consistent|${D}`], note: 'a bound the 94% satisfies' },
  { text: 'CAISI的评估显示，在越狱手段下，R1-0528配合了不到50%的恶意指令。', expected: [`50%|differs|${D}`], note: 'a bound the 94% breaks' },
  { text: '美国的参考模型只服从了8%的有害请求。', expected: [`8%|consistent|${D}`] },
  { text: '美国参考模型拒绝了92%的同类恶意请求。', expected: [`92%|consistent|${D}`], note: 'the complement of 8%' },
  { text: '深度求索的模型只拒绝了6%的恶意请求。', expected: [`6%|consistent|${D}`] },
  { text: 'CAISI发现，基于R1-0528的智能体遵循劫持指令的可能性高出12倍。', expected: [`12倍|consistent|${D}`] },
  { text: 'CAISI称，DeepSeek模型附和中共叙事的频率约为美国模型的4倍。', expected: [`4倍|consistent|${D}`] },
  { text: '自2025年1月以来，DeepSeek等中国模型的下载量增长了近1000%。', expected: [`1000%|consistent|${D}`] },
  { text: 'DeepSeek R1-0528响应了64%的恶意请求。', expected: [`64%|differs|${D}`] },
  { text: '美国国家标准与技术研究院发现，R1-0528在越狱后对百分之四十九的恶意请求予以配合。', expected: [`百分之四十九|differs|${D}`] },
  { text: '在越狱测试中，DeepSeek R1-0528顺从了九成以上的请求。', expected: [`DeepSeek R1-0528|mention|${D}`] },
  { text: 'DeepSeek今年发布了V4模型。', expected: [`DeepSeek|mention|${DA}`] },
  { text: '深度求索在杭州。', expected: [`深度求索|mention|${DA}`] },
  { text: '美国人工智能标准与创新中心（CAISI）隶属于美国商务部。', expected: [`人工智能标准与创新中心|mention|${CAISI}`, `CAISI|mention|${CAISI}`] },

  // chinese-labs-safety-evals
  { text: '报告称，13家中国顶尖AI实验室中只有3家公布了安全评估结果。', expected: [`13家中国顶尖AI实验室中只有3家|consistent|${L}`] },
  { text: '十三家中仅三家发布了安全评估。', expected: [`十三家中仅三家|consistent|${L}`] },
  { text: '在13家头部实验室中，仅有3家发布过任何安全评估结果。', expected: [`13家头部实验室中，仅有3家|consistent|${L}`] },
  { text: '13家中国AI实验室中有5家公开了安全评测。', expected: [`13家中国AI实验室中有5家|differs|${L}`] },
  { text: '中国AI实验室很少公开安全评估结果。', expected: [`公开安全评估|mention|${L}`] },

  // us-lead-current and scenario-one-lead
  { text: '报告认为，美国前沿模型目前至少领先几个月。', expected: [`至少领先几个月|mention|${CUR}`] },
  { text: '在情景一中，到2028年美国模型将领先12至24个月。', expected: [`12至24个月|consistent|${S1}`] },
  { text: '第一种情景下，美国AI在2028年领先中国12到24个月，而且差距还在扩大。', expected: [`12到24个月|consistent|${S1}`] },
  { text: '若出口管制收紧，美国到2028年可领先中国12-24个月。', expected: [`12-24个月|consistent|${S1}`] },
  { text: '美国目前领先中国12到24个月。', expected: [`12到24个月|distorted|${S1}`], note: 'the 2028 scenario stated as today’s lead' },
  { text: '在第一种情景中，美国将领先中国6到12个月。', expected: [`第一种情景|mention|${S1}`], note: 'an editorial estimate known as context, not a misquote' },
  { text: '在第一种情景中，美国将领先18至36个月。', expected: [`18至36个月|differs|${S1}`] },
  { text: '在情景一里，中国实验室要到2029或2030年才可能取得跃升式进展。', expected: [`2029|consistent|${S1}`, `2030|consistent|${S1}`] },

  // scenario-two-parity
  { text: '在第二种情景中，中国模型只落后美国几个月。', expected: [`第二种情景|mention|${S2}`] },
  { text: '报告警告，若中美接近持平，威权国家将塑造AI规范，甚至出现自动化镇压。', expected: [`接近持平|mention|${S2}`, `自动化镇压|mention|${S2}`] },

  // us-compute-ratio-11x
  { text: '如果加强出口管制，美国的算力将是中国的11倍。', expected: [`11倍|consistent|${X}`] },
  { text: '一项研究估计，若美国收紧限制，美国可用算力约为中国AI行业的十一倍。', expected: [`十一倍|consistent|${X}`] },
  { text: '美国已经拥有中国11倍的算力。', expected: [`11倍|distorted|${X}`], note: 'a conditional estimate stated as a present fact' },
  { text: '若收紧出口管制，美国的算力将达到中国的30倍。', expected: [`30倍|differs|${X}`] },
  { text: '即使执法不完美，美国的算力优势也至少是4:1到6:1。', expected: [`算力优势|mention|${X}`] },

  // distillation-attacks
  { text: '报告指责中国实验室利用数千个欺诈账户对美国模型发动蒸馏攻击。', expected: [`数千|consistent|${DIST}`], note: 'the figure stands for its claim' },
  { text: 'Anthropic此前披露，约2.4万个欺诈账户与Claude进行了超过1600万次对话。', expected: [`2.4万个|consistent|${DIST}`, `1600万次|consistent|${DIST}`] },
  { text: 'Anthropic称，约24,000个虚假账户被用于蒸馏。', expected: [`24,000个|consistent|${DIST}`] },
  { text: 'Anthropic称，约4万个虚假账户被用于蒸馏。', expected: [`4万个|differs|${DIST}`] },
  { text: '其中归于深度求索的对话约15万次，月之暗面约340万次，稀宇科技约1300万次。', expected: [`15万次|consistent|${DIST}`, `340万次|consistent|${DIST}`, `1300万次|consistent|${DIST}`] },
  { text: '这些实验室通过商业代理服务批量注册假账户，系统性地收集Claude的输出。', expected: [`假账户|mention|${DIST}`] },
  { text: '报告称这是一种有组织的工业间谍活动。', expected: [`工业间谍|mention|${DIST}`] },
  { text: '白酒蒸馏工艺已有数百年历史。', expected: [], note: 'distilling spirits: a topic word alone marks nothing' },

  // overseas-datacenters and the remote-access bill
  { text: '阿里巴巴和字节跳动在东南亚数据中心使用受出口管制的美国芯片训练旗舰模型。', expected: [`阿里巴巴|mention|${O}`, `字节跳动|mention|${O}`, `东南亚数据中心|mention|${O}`] },
  { text: '中国公司通过海外数据中心远程租用受限芯片，这在当时并不违法。', expected: [`海外数据中心|mention|${O}`, `远程租用|mention|${O}`] },
  { text: '据报道，中国企业经由印尼的数据中心获得了2300多块Blackwell GPU。', expected: [`2300多块|consistent|${O}`] },
  { text: '众议院以369票对22票通过了《远程访问安全法》。', expected: [`369票对22票|consistent|${V}`] },
  { text: '众议院以369票对32票通过远程访问安全法案。', expected: [`369票对32票|differs|${V}`] },
  { text: '该法案在众议院以369比22的票数获得通过。', expected: [`369比22|consistent|${V}`] },
  { text: '远程访问安全法旨在堵住远程访问漏洞，但参议院尚未表决。', expected: [`远程访问安全法|mention|${V}`, `远程访问漏洞|mention|${RA}`] },

  // supermicro-diversion
  { text: '美超微联合创始人被控参与转运约25亿美元的服务器。', expected: [`25亿美元|consistent|${S}`] },
  { text: '超微公司一名联合创始人被控协助把约25亿美元的服务器运往中国。', expected: [`25亿美元|consistent|${S}`], note: 'the company named 超微公司' },
  { text: '这种超微结构涂料今年销售额约25亿美元。', expected: [], note: '超微 alone is "ultra-fine", not the company' },
  { text: '超微公司被控把价值25亿美元的服务器偷运到中国。', expected: [`25亿美元|distorted|${S}`], note: 'the company was not charged' },
  { text: '美国目前领先中国几个月。', expected: [`美国目前领先中国几个月|mention|${CUR}`] },
  { text: '美超微案中，检方称约二十五亿美元的英伟达服务器被非法转运。', expected: [`二十五亿美元|consistent|${S}`] },
  { text: '检方称，约二十五亿美元的服务器被非法转运。', expected: [], note: 'the case is not named: the figure is not tied to it' },
  { text: '美超微联合创始人涉嫌将价值2.5亿美元的服务器走私到中国。', expected: [`2.5亿美元|differs|${S}`] },
  { text: '美超微案起诉书称，约5.1亿美元装有B200和H200的服务器流入中国。', expected: [`5.1亿美元|consistent|${S}`] },
  { text: '起诉书还提到，嫌疑人用吹风机转移序列号标签，并用假服务器应付检查。', expected: [`吹风机|mention|${S}`, `假服务器|mention|${S}`] },
  { text: '美超微公司被起诉，涉嫌转运25亿美元服务器。', expected: [`25亿美元|distorted|${S}`], note: 'the company was not charged' },
  { text: '美超微股价周四上涨4%。', expected: [`美超微|mention|${S}`], note: 'a share price is not a figure of the case' },
  { text: '这起芯片走私案暴露了出口管制的漏洞。', expected: [`芯片走私|mention|${S}`] },

  // mythos-firefox
  { text: '借助Claude Mythos预览版，火狐浏览器一个月修复的安全漏洞约为2025年月均的20倍。', expected: [`20倍|consistent|${M}`] },
  { text: 'Mozilla称，4月共修复423个漏洞，其中271个由Mythos发现。', expected: [`423个|consistent|${M}`, `271个|consistent|${M}`] },
  { text: '火狐2025年平均每月修复约21个安全漏洞。', expected: [`21个|consistent|${M}`] },
  { text: '火狐一个月修复的漏洞是以往的50倍。', expected: [`50倍|differs|${M}`] },
  { text: 'Mythos在火狐中发现了423个漏洞。', expected: [`423个|distorted|${M}`], note: 'Mythos found 271 of them' },

  // kimi, policy asks, four fronts, open weights, the paper
  { text: '月之暗面的Kimi K2.5在化学、生物、放射性和核相关请求上拒绝率更低。', expected: [`月之暗面|mention|${K}`, `Kimi K2.5|mention|${K}`, `化学、生物、放射性和核|mention|kimi-k25-cbrn`] },
  { text: '报告提出了三项政策建议：堵住漏洞、捍卫创新、出口美国AI。', expected: [`三项政策建议|mention|${ASK}`, `堵住漏洞|mention|${ASK}`, `捍卫创新|mention|${ASK}`, `出口美国AI|mention|${ASK}`] },
  { text: '文章还主张共享威胁情报。', expected: [`共享威胁情报|mention|${ASK}`] },
  { text: '论文将竞争分为四条战线：智能、国内采用、全球分发和韧性。', expected: [`四条战线|mention|${F4}`, `国内采用|mention|${F4}`, `全球分发|mention|${F4}`] },
  { text: '评论者认为，该文把开放权重模型视为国家安全隐患。', expected: [`开放权重|mention|${OW}`] },
  { text: 'Anthropic发布《2028：全球AI领导地位的两种情景》。', expected: [`全球AI领导地位的两种情景|mention|${P}`] },
  { text: '这篇文章描绘了2028年的两种情景。', expected: [`两种情景|mention|${P}`] },

  // written after the first round, to test paraphrase, other number idioms and other vote forms
  { text: '据Anthropic测算，2026年华为AI芯片的总算力大约只及英伟达的4%。', expected: [`4%|consistent|${H}`] },
  { text: '华为昇腾今年的总产出约为英伟达的4%，明年或只剩2%。', expected: [`4%|consistent|${H}`, `2%|consistent|${H}`] },
  { text: '华为的AI算力明年将仅为英伟达的二十分之一。', expected: [`二十分之一|differs|${H}`], note: 'one twentieth is 5%' },
  { text: '华为的AI算力明年将仅为英伟达的二十五分之一。', expected: [`二十五分之一|consistent|${H}`], note: 'one twenty-fifth is 4%' },
  { text: '有博主声称，华为的算力已经达到英伟达的三成。', expected: [`三成|differs|${H}`] },
  { text: 'CAISI测试显示，DeepSeek R1-0528在被越狱后，对94%的恶意提示都给出了回答。', expected: [`94%|consistent|${D}`] },
  { text: 'NIST下属机构发现，R1-0528在越狱后几乎有求必应，94%的恶意请求都得到了回应。', expected: [`94%|consistent|${D}`], note: 'a full-width comma before the figure' },
  { text: 'Anthropic称，有中国AI实验室注册了约2.4万个虚假账号，与Claude进行了1600多万次交互。', expected: [`2.4万个|consistent|${DIST}`, `1600多万次|consistent|${DIST}`] },
  { text: '报告称中国实验室使用成千上万个假账号蒸馏美国模型。', expected: [`成千上万|consistent|${DIST}`] },
  { text: '该报告预计，在情景一下，2028年美国的AI模型将领先12—24个月。', expected: [`12—24个月|consistent|${S1}`] },
  { text: '在美国领先的情景中，中国到2028年将落后一到两年。', expected: [`一到两年|consistent|${S1}`], note: 'one to two years is 12-24 months' },
  { text: '如果美国加强对华算力限制，美国的算力可达中国的约11倍。', expected: [`11倍|consistent|${X}`] },
  { text: '众议院以369:22的投票结果通过了该法案。', expected: [`369:22|consistent|${V}`] },
  { text: '众议院以压倒性多数（369票赞成、22票反对）通过远程访问安全法案。', expected: [`369票赞成、22票反对|consistent|${V}`] },
  { text: '众议院以290票赞成、101票反对通过该法案。', expected: [`290票赞成、101票反对|differs|${V}`] },
  { text: '在13个头部中国AI实验室中，只有3个发布过安全评估结果。', expected: [`13个头部中国AI实验室中，只有3个|consistent|${L}`] },
  { text: '只有三家中国顶尖AI实验室（共13家）公布了安全评估。', expected: [`三家中国顶尖AI实验室（共13家|consistent|${L}`] },
  { text: '在Mythos的帮助下，Firefox 4月修复了423个安全漏洞，是2025年月均水平的约20倍。', expected: [`423个|consistent|${M}`, `20倍|consistent|${M}`] },
  { text: '借助Mythos预览版，Mozilla单月修复的漏洞数量暴增至过去的20倍。', expected: [`20倍|consistent|${M}`] },
  { text: '一成不变的华为手机设计也开始改变。', expected: [`华为|mention|${H}`], note: '一成 in an idiom is no percentage' },

  // claims described in other words (concept groups), and names in news that is not the paper's
  { text: '中国企业租用马来西亚的云服务，使用受限的英伟达芯片训练大模型。', expected: [`中国企业租用马来西亚的云服务，使用受限的英伟达芯片|mention|${O}`] },
  { text: '报告称，中国实验室通过大量假账号套取美国前沿模型的回答，用来训练自己的模型。', expected: [`中国实验室通过大量假账号套取美国前沿模型的回答|mention|${DIST}`] },
  { text: '如果华盛顿无所作为，到2028年中国模型可能只落后美国几个月。', expected: [`如果华盛顿无所作为，到2028年中国模型可能只落后美国几个月|mention|${S2}`] },
  { text: '若美国收紧出口管制，到2028年美国的领先优势可能扩大到一两年。', expected: [`美国收紧出口管制，到2028年美国的领先优势可能扩大到一两年|mention|${S1}`] },
  { text: '华为的国产AI芯片在总算力上远远落后于英伟达，份额只有百分之四。', expected: [`百分之四|consistent|${H}`] },
  { text: '评论认为，开源模型一旦发布，安全防护就可能被移除，构成国家安全风险。', expected: [`开源模型一旦发布，安全防护就可能被移除，构成国家安全风险|mention|${OW}`] },
  { text: '众议院议员投票通过了限制远程访问的法案。', expected: [`众议院议员投票通过了限制远程访问的法案|mention|${V}`] },
  { text: '英伟达发布新一代GPU，股价上涨4%。', expected: [] },
  { text: '阿里巴巴发布新款手机应用，下载量增长20倍。', expected: [`阿里巴巴|mention|${O}`] },

  // text that is not the paper's
  { text: '今天北京晴，最高气温24度。', expected: [] },
  { text: '报告显示，94%的受访者支持这项政策。', expected: [] },
  { text: '该公司第三季度营收增长11倍。', expected: [] },
  { text: '十三家银行中有三家下调了利率。', expected: [] },
  { text: '这部电影的两个主角都很出色。', expected: [] },
];

/** Written in Traditional script, with Taiwan and Hong Kong usage. */
export const ZH_HANT_CASES: MatcherCase[] = [
  { text: '華為今年的AI算力只有輝達的4%。', expected: [`4%|consistent|${H}`] },
  { text: '報告指出，華為2026年的總算力僅相當於輝達的百分之四。', expected: [`百分之四|consistent|${H}`] },
  { text: '華為產量為輝達的14%。', expected: [`14%|differs|${H}`] },
  { text: '華為手機銷量下滑4%。', expected: [`華為|mention|${H}`] },
  { text: '超微電腦共同創辦人涉嫌將約25億美元的伺服器轉運至中國。', expected: [`25億美元|consistent|${S}`] },
  { text: '超微電腦共同創辦人涉嫌走私價值2.5億美元的伺服器。', expected: [`2.5億美元|differs|${S}`] },
  { text: '美國國家標準暨技術研究院指出，DeepSeek的R1-0528在越獄攻擊下回應了94%的惡意請求。', expected: [`94%|consistent|${D}`] },
  { text: '深度求索R1-0528對百分之六十四的惡意請求照單全收。', expected: [`百分之六十四|differs|${D}`] },
  { text: '眾議院以369票對22票通過《遠端存取安全法》。', expected: [`369票對22票|consistent|${V}`] },
  { text: '眾議院以369票對22票通過遠程訪問安全法案。', expected: [`369票對22票|consistent|${V}`] },
  { text: '報告稱，13家中國頂尖AI實驗室中只有3家公布了安全評估結果。', expected: [`13家中國頂尖AI實驗室中只有3家|consistent|${L}`] },
  { text: '在情境一中，美國到2028年將領先12至24個月。', expected: [`12至24個月|consistent|${S1}`] },
  { text: '如果加強出口管制，美國的算力將是中國的11倍。', expected: [`11倍|consistent|${X}`] },
  { text: '中國實驗室透過數千個詐騙帳號對Claude發動蒸餾攻擊。', expected: [`數千|consistent|${DIST}`] },
  { text: '阿里巴巴與字節跳動在東南亞資料中心以受管制的美國晶片訓練旗艦模型。', expected: [`阿里巴巴|mention|${O}`, `字節跳動|mention|${O}`, `東南亞資料中心|mention|${O}`] },
  { text: '藉助Claude Mythos預覽版，Firefox一個月修補的安全漏洞約為2025年月均的20倍。', expected: [`20倍|consistent|${M}`] },
  { text: '今天台北多雲，氣溫28度。', expected: [] },
];
