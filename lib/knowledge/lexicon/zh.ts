/**
 * Chinese words for the knowledge base, in Simplified characters. Pages in Traditional script are
 * folded to Simplified before matching (see `zh-hant-map.ts`), so Taiwan and Hong Kong usage is
 * listed here in Simplified form too (辉达 for 輝達, 晶片 for chips, 超微电脑 for Supermicro).
 */
import type { Lexicon } from './schema';

// Cue words shared by several figures of one claim.
const OF_NVIDIA = [
  '英伟达的', '辉达的', '英伟达总', '辉达总', '英伟达算力', '辉达算力', '英伟达产能', '英伟达产量', '英伟达同期',
  '相当于英伟达', '相比英伟达', '与英伟达相比', '和英伟达相比', '对比英伟达', '仅为英伟达', '只有英伟达', '不到英伟达',
  '英伟达的总', '总处理性能', '处理性能总量', '算力总量', '总算力',
];
const MALICIOUS = ['恶意', '越狱', '有害', '危险请求', '顺从', '遵从', '服从', '照做', '配合', '响应了', '回应了', '请求', '指令'];
const SAFETY_LABS = ['实验室', '安全评估', '安全评测', '安全测试', '评估结果', '测评'];
const LEAD = ['领先', '落后', '差距', '情景', '超前', '优势'];
const DIVERSION = ['转运', '转移', '走私', '起诉', '检方', '检察官', '指控', '涉嫌', '案件', '一案', '此案', '非法', '违规', '偷运', '运往'];
const FRAUD = ['欺诈', '诈骗', '虚假', '假冒', '伪造', '冒名', '蒸馏'];
/** The United States and China, as Chinese coverage names them. */
const US = ['美国', '美方', '华盛顿', '民主国家', '西方'];
const CHINA = ['中国', '中方', '北京', '中共', '中国实验室', '中国ai实验室', '中国公司', '中国企业', '中国模型', '中国厂商'];
/** Where a scenario is set: a future, a condition. */
const SCENARIO = ['2028', '情景', '情境', '场景', '未来', '如果', '假如', '倘若', '一旦'];
const FIREFOX_FIXES = ['漏洞', '修复', '修补', '安全', '火狐', 'bug', '缺陷'];

export const ZH: Lexicon = {
  lang: 'zh',
  entities: {
    'deepseek-r1-0528': ['深度求索r1-0528', 'deepseek-r1-0528', 'r1-0528模型'],
    deepseek: ['深度求索'],
    caisi: [
      '人工智能标准与创新中心', 'ai标准与创新中心', '美国ai标准与创新中心', '美国国家标准与技术研究院', '国家标准与技术研究院',
      '美国国家标准暨技术研究院', '国家标准暨技术研究院', '美国国家标准技术研究院',
    ],
    huawei: ['华为', '海思', '昇腾', '昇腾芯片', '昇腾910c', '昇腾910b', '昇腾950', '昇腾960', '昇腾970', '华为昇腾'],
    smic: ['中芯国际', '中芯'],
    supermicro: ['超微电脑', '美超微', '超微电脑公司', '美超微公司'],
    alibaba: ['阿里巴巴', '阿里云', '通义千问', '千问'],
    bytedance: ['字节跳动'],
    moonshot: ['月之暗面'],
    minimax: ['稀宇科技'],
    mythos: ['mythos预览版', 'claude mythos预览版'],
    'remote-access-security-act': ['远程访问安全法', '远程访问安全法案', '远程存取安全法', '远端存取安全法', '远端存取安全法案'],
    'the-paper': [
      '全球ai领导地位的两种情景', '全球人工智能领导地位的两种情景', '全球ai领导力的两种情景', '全球人工智能领导力的两种情景',
      '全球ai领导权的两种情景', '全球ai主导地位的两种情景', '全球人工智能主导地位的两种情景',
      'anthropic的2028报告', 'anthropic的2028年报告', 'anthropic的2028文章',
    ],
  },
  claims: {
    'the-paper': {
      detect: { document: ['报告', '文章', '论文', '政策文件', '白皮书', '博文'], theme: ['两种情景', '两种情境', '两种场景', '两种未来', 'ai领导地位', '全球ai', '中美', '算力竞赛', 'ai竞赛', '人工智能竞赛'] },
      phrases: ['两种情景', '两种场景', '两种前景', '两种情境'],
      topicWords: ['报告', '文章', '论文', '政策文件'],
    },
    'huawei-compute-share': {
      detect: {
        subject: ['华为', '昇腾', '海思', '中芯国际', '中国芯片厂商', '中国芯片制造商', '国产芯片', '国产ai芯片', '中国ai芯片'],
        measure: ['英伟达', '辉达', '总算力', '算力总量', '总处理性能', '处理性能', '算力产出', '计算能力'],
        share: ['份额', '比例', '零头', '落后多年', '落后数年', '落后好几年'],
      },
      phrases: ['总处理性能'],
      topicWords: ['华为', '昇腾', '海思', '中芯国际', '英伟达', '辉达', '算力'],
      cues: {
        '4%': OF_NVIDIA,
        '2%': OF_NVIDIA,
        '600,000 chips': ['910c', '昇腾', '芯片'],
        '1.6 million dies': ['裸片', '晶粒', '昇腾'],
        '15,488 chips': ['atlas', '集群', '超节点'],
        '$12B': ['收入', '营收', '销售额'],
        '$7.5B': ['收入', '营收', '销售额'],
        '60%': ['收入', '营收', '增长'],
        '6%': ['vr200', '伯恩斯坦', '昇腾950'],
      },
      distortions: [
        { about: 'parity', signals: ['平起平坐', '持平', '追平', '比肩', '赶上英伟达', '(?:算力|计算能力)(?:上)?(?:对等|相当)'] },
        { about: 'as many chips', signals: ['(?:芯片|晶片|gpu|处理器)(?:的)?(?:数量|产量|出货量|颗数)', '(?:颗|块|枚)(?:芯片|晶片|gpu)'] },
      ],
    },
    'us-compute-ratio-11x': {
      detect: { ratio: ['11倍', '十一倍'], measure: ['算力', '计算能力', '算力差距', '算力优势', '计算资源'], sides: [...US, ...CHINA] },
      phrases: ['算力差距', '计算能力差距', '算力优势'],
      topicWords: ['算力', '计算能力', '计算资源', '运算能力', '出口管制', '芯片管制', '管制'],
      cues: {
        '11x': ['中国', '中方', '美国算力', '美国的算力', '算力优势', '算力差距', '计算能力差距'],
        '4:1': ['优势', '底线', '现实'],
        '6:1': ['优势', '底线', '现实'],
        '25%': ['h200', '收入', '营收'],
        '50%': ['h200', '上限', '供应'],
      },
      distortions: [{ about: '11 times more compute', signals: ['已经', '目前', '如今', '现在', '当前', '眼下', '现已'] }],
    },
    'deepseek-r1-0528-jailbreak': {
      detect: {
        subject: ['深度求索', '参考模型', '美国参考模型', '人工智能标准与创新中心', '国家标准与技术研究院', '国家标准暨技术研究院'],
        measure: ['恶意', '有害', '越狱', '服从', '遵从', '顺从', '配合', '照单全收', '请求'],
        models: ['美国模型', '中国模型', '模型'],
      },
      phrases: ['越狱技术', '越狱手段', '越狱方法', '恶意请求', '明显恶意', '公然恶意', '恶意指令', '有害请求'],
      topicWords: ['越狱', '恶意', '深度求索'],
      cues: {
        '94%': MALICIOUS,
        '8%': MALICIOUS,
        '12x': ['劫持', '智能体', '代理'],
        '4x': ['叙事', '中共', '宣传', '官方说法'],
        '35%': ['便宜', '成本低', '成本更低', '费用低', '更低的成本', '节省'],
        '1,000%': ['下载'],
      },
      distortions: [
        { about: 'complied with 94% of requests', absentWords: ['恶意', '有害', '危险', '不安全', '越狱', '攻击'] },
        { about: 'Attributing the test to Anthropic', signals: ['anthropic(?:的|公司)?(?:自己的|自家的)?(?:测试|研究|评估|研究人员|发现|测评)'] },
      ],
    },
    'chinese-labs-safety-evals': {
      phrases: ['安全评估结果', '发布安全评估', '公布安全评估', '公开安全评估', '发布了安全评估', '公布了安全评估', '发表安全评估'],
      topicWords: ['安全评估', '安全评测', '中国ai实验室', '中国人工智能实验室', '中国实验室', '顶尖实验室', '头部实验室'],
      cues: { '3 of 13': SAFETY_LABS },
    },
    'us-lead-current': {
      phrases: ['至少领先几个月', '领先至少几个月', '至少领先数月', '领先至少数月', '至少领先好几个月'],
    },
    'scenario-one-lead': {
      detect: {
        size: ['12至24个月', '12到24个月', '12-24个月', '一到两年', '一至两年', '一两年'],
        lead: ['领先', '优势', '超前', '领跑'],
        us: US,
        scenario: [...SCENARIO, '第一种情景', '第一种情境', '情景一', '情境一'],
        growing: ['扩大', '拉大', '保持', '巩固', '锁定'],
        china: CHINA,
      },
      phrases: ['情景一', '第一种情景', '第一个情景', '情景1', '第一种场景', '情境一', '第一种情境', '民主国家领先'],
      topicWords: ['2028', '情景', '领先中国', '美国的领先', '美国领先', '落后美国', '领先优势'],
      cues: { '12-24 months': LEAD },
      distortions: [{ about: 'currently leads', signals: ['已经', '目前', '如今', '现在', '当前', '眼下'] }],
    },
    'scenario-two-parity': {
      detect: {
        parity: ['持平', '接近持平', '几乎持平', '追平', '赶上', '迎头赶上', '缩小差距', '只落后几个月', '仅落后几个月', '落后几个月', '落后数月', '几个月之差', '落后美国几个月', '落后美国数月', '缩小到几个月', '并驾齐驱', '平起平坐', '不相上下', '旗鼓相当'],
        china: CHINA,
        condition: [...SCENARIO, '第二种情景', '第二种情境', '情景二', '情境二', '无所作为', '不作为', '执法不力', '放松管制'],
      },
      phrases: ['情景二', '第二种情景', '第二个情景', '情景2', '第二种场景', '情境二', '第二种情境', '接近持平', '几乎持平', '接近对等', '自动化镇压', '自动化压制'],
    },
    'distillation-attacks': {
      detect: {
        technique: ['蒸馏'],
        harvest: ['收集', '窃取', '抓取', '提取', '复制', '盗取', '套取', '模仿', '榨取', '薅取'],
        outputs: ['输出', '回答', '回复', '能力'],
        accounts: ['欺诈账户', '虚假账户', '假账户', '欺诈帐户', '虚假帐号', '假帐号', '虚假账号', '假账号', '账户', '账号', '帐户', '帐号', '代理服务'],
        models: ['美国模型', '前沿模型', '美国ai模型', '美国人工智能模型', '美国实验室'],
        actor: [...CHINA, '深度求索', '月之暗面', '稀宇科技'],
      },
      phrases: ['蒸馏攻击', '欺诈账户', '虚假账户', '欺诈性账户', '假账户', '虚假帐户', '欺诈帐户', '工业间谍', '蒸馏活动', '蒸馏行动', '模型蒸馏'],
      topicWords: ['蒸馏', '欺诈', '虚假', 'claude'],
      cues: {
        'thousands of accounts': FRAUD,
        '24,000 accounts': FRAUD,
        '16 million exchanges': ['claude', '蒸馏'],
        '150,000 exchanges': ['deepseek', '深度求索'],
        '3.4 million exchanges': ['月之暗面', 'moonshot'],
        '13 million exchanges': ['minimax', '稀宇'],
      },
    },
    'overseas-datacenters': {
      detect: {
        remote: ['远程访问', '远程使用', '远程租用', '远端存取', '远程调用', '海外云', '境外云'],
        rent: ['租用', '租赁', '租借', '租来'],
        place: ['海外', '境外', '国外', '东南亚', '马来西亚', '印尼', '印度尼西亚', '新加坡', '泰国', '越南'],
        infra: ['数据中心', '资料中心', '云服务', '云计算', '云端', '云平台', '算力中心', '服务器集群'],
        controlled: ['受管制', '受限芯片', '受限制的芯片', '先进芯片', '高端芯片', '美国芯片', '英伟达芯片', '英伟达gpu', '禁售芯片', '出口管制的'],
        actor: [...CHINA, '阿里巴巴', '字节跳动', '腾讯'],
        loophole: ['漏洞', '绕过', '规避', '钻空子', '变通'],
      },
      phrases: ['海外数据中心', '东南亚数据中心', '远程访问漏洞', '境外数据中心', '海外算力', '远程租用', '海外资料中心', '东南亚资料中心', '境外资料中心', '远端存取漏洞'],
      topicWords: ['数据中心', '资料中心', '远程访问', '远端存取', '东南亚', '云服务', '租用'],
      cues: {
        '2,300 GPUs': ['blackwell', '印尼', '印度尼西亚'],
        '$1.2B': ['腾讯', 'datasection'],
      },
    },
    'supermicro-diversion': {
      detect: {
        subject: ['美超微', '超微电脑'],
        act: ['转运', '转移', '走私', '起诉', '检方', '检察官', '指控', '涉嫌', '偷运', '非法出口'],
      },
      phrases: ['吹风机', '假服务器', '空壳服务器', '芯片走私', '走私芯片', 'gpu走私'],
      topicWords: ['起诉', '起诉书', '转运', '走私', '非法转移'],
      cues: { '$2.5 billion': DIVERSION, '$510 million': ['b200', 'h200', '中国'] },
      distortions: [{ about: 'Supermicro the company was charged', signals: ['(?:美超微|超微电脑|supermicro|super micro)(?:公司)?(?:本身)?(?:被|遭|遭到|已被)(?:起诉|指控|控告)'] }],
    },
    'remote-access-bill-vote': {
      detect: {
        bill: ['远程访问安全法', '远端存取安全法', '远程存取安全法'],
        law: ['法案', '立法', '该法'],
        chamber: ['众议院', '国会', '议员'],
        passed: ['通过', '投票', '表决', '批准'],
        remote: ['远程访问', '远端存取', '远程'],
      },
      phrases: ['远程访问漏洞', '远端存取漏洞'],
      topicWords: ['众议院', '远程访问', '远端存取', '监管漏洞', '法案'],
      cues: { '369-22': ['投票', '票数', '票对', '票比', '通过', '众议院', '法案'] },
    },
    'mythos-firefox': {
      detect: { subject: ['火狐'], measure: ['漏洞', '修复', '修补', '缺陷', '补丁', '安全问题'] },
      topicWords: ['火狐', '火狐浏览器', 'mozilla', '漏洞'],
      cues: {
        '20x': FIREFOX_FIXES,
        '423 fixes': ['火狐', '4月', '四月', '修复', '漏洞'],
        '21 fixes': ['2025', '每月', '月均', '平均'],
        '271 bugs': ['mythos', '发现'],
        '180 bugs': ['高危', '高风险', '严重'],
        '80 bugs': ['中危', '中等'],
        '11 bugs': ['低危', '低风险'],
        '152 fixes': ['外部', '内部'],
      },
      distortions: [
        { about: 'Mythos found 423 bugs', signals: ['(?:发现|找到|找出|挖出)了?(?:\\S{0,4})?423'] },
        { about: '20x more bugs found by AI', signals: ['(?:发现|找到|找出)(?:的)?(?:漏洞)?(?:数量)?(?:多了|多出|是)?.{0,6}(?:20|二十)倍'] },
      ],
    },
    'kimi-k25-cbrn': {
      detect: {
        subject: ['月之暗面'],
        cbrn: ['化学', '生物', '放射', '核武', '核材料', '生物武器', '化学武器', '大规模杀伤性武器'],
        refuse: ['拒绝', '配合', '安全防护', '安全护栏', '安全评估'],
      },
      phrases: ['化学、生物、放射性和核', '化学、生物、放射和核', '化生放核'],
      topicWords: ['kimi', '月之暗面', '生物', '化学', '放射', '核武器'],
    },
    'policy-asks': {
      detect: {
        'ask-chips': ['走私', '芯片走私', '走私芯片', '出口管制', '执法', '芯片制造设备', '半导体设备', '执法预算'],
        'ask-distillation': ['犯罪', '定罪', '违法', '非法', '惩罚', '处罚', '严惩'],
        'ask-export': ['美国技术栈', '美国ai技术栈', '出口美国ai', '出口美国人工智能', '推广美国ai', '推广美国人工智能', '输出美国ai'],
        ask: ['呼吁', '建议', '主张', '要求', '应该', '应当', '必须', '国会', '政策制定者', '封堵', '堵住'],
      },
      phrases: ['政策建议', '三项政策建议', '三条政策建议', '堵住漏洞', '封堵漏洞', '填补漏洞', '捍卫创新', '保护创新', '出口美国ai', '出口美国人工智能', '推广美国ai', '威胁情报共享', '共享威胁情报'],
    },
    'four-fronts': {
      phrases: ['四条战线', '四个战线', '四大战线', '四个竞争领域', '四个维度', '国内采用', '国内应用', '全球分发', '全球推广', '全球部署'],
    },
    'open-weights-liability': {
      detect: { open: ['开放权重', '开源权重', '开源模型', '开放模型'], risk: ['安全隐患', '国家安全', '威胁', '危险', '风险', '移除', '剥离'] },
      phrases: ['开放权重', '开源权重', '权重开放', '开放模型权重'],
    },
  },
  units: {
    account: ['账户', '账号', '帐户', '帐号'],
    exchange: ['对话', '交互', '交流', '问答', '请求', '次查询'],
    fix: ['修复', '修补', '漏洞', '缺陷', '补丁'],
    bug: ['漏洞', '缺陷', 'bug'],
    chip: ['芯片', '晶片', '处理器', '加速器'],
    gpu: ['gpu', '图形处理器', '显卡', '芯片', '晶片'],
    die: ['裸片', '晶粒', '芯粒'],
  },
  dollars: ['美元', '美金'],
  relevance: {
    人工智能: 'artificial intelligence',
    ai模型: 'ai model',
    大模型: 'language model',
    大语言模型: 'language model',
    语言模型: 'language model',
    前沿模型: 'frontier model',
    ai实验室: 'ai lab',
    人工智能实验室: 'ai lab',
    ai芯片: 'ai chip',
    人工智能芯片: 'ai chip',
    算力: 'ai compute',
    出口管制: 'export control',
    芯片出口: 'chip export',
    半导体: 'semiconductor',
    芯片制造商: 'chipmaker',
    数据中心: 'data center',
    资料中心: 'data center',
    越狱: 'jailbreak',
    开放权重: 'open-weight',
    开源权重: 'open-weight',
    模型权重: 'model weights',
    英伟达: 'nvidia',
    辉达: 'nvidia',
    深度求索: 'deepseek',
    聊天机器人: 'chatbot',
    机器学习: 'machine learning',
    ai安全: 'ai safety',
    人工智能安全: 'ai safety',
    ai竞赛: 'ai race',
    人工智能竞赛: 'ai race',
    ai领导地位: 'ai leadership',
    生成式ai: 'generative ai',
    生成式人工智能: 'generative ai',
    蒸馏攻击: 'distillation attack',
    昇腾: 'ascend',
    中芯国际: 'smic',
    海思: 'hisilicon',
    美超微: 'supermicro',
    超微电脑: 'supermicro',
    通义千问: 'qwen',
    月之暗面: 'moonshot ai',
    稀宇科技: 'minimax',
    人工智能标准与创新中心: 'caisi',
    国家标准与技术研究院: 'nist',
    国家标准暨技术研究院: 'nist',
    ai公司: 'ai company',
    人工智能公司: 'ai company',
    ai行业: 'ai industry',
    人工智能行业: 'ai industry',
    ai服务器: 'ai server',
    算力差距: 'compute gap',
  },
  paperTitle: ['全球(?:ai|人工智能)(?:领导地位|领导力|领导权|主导地位)的?两种(?:情景|场景|前景)', 'anthropic(?:公司)?(?:的|发布的?)?(?:2028|《2028)'],
};
