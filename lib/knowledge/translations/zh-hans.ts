/**
 * The knowledge base's reader-facing text in Simplified Chinese, keyed by claim id and by the
 * English text (figures by their English display), written from the English claims and checked
 * against the facts inventory: every figure, date and source as there. The paper's own words stay
 * in English in the card; `quote` is our rendering of them, shown marked as a translation.
 * Traditional Chinese is generated from this file: `npm run i18n:traditional`.
 */
import type { KnowledgeTranslation } from './types';

export const ZH_HANS: KnowledgeTranslation = {
  "claims": {
    "the-paper": {
      "title": "《2028：全球 AI 领导地位的两种情景》（\"2028: Two scenarios for global AI leadership\"，Anthropic）",
      "summary": "Anthropic 于 2026 年 5 月发表的政策文章，认为 AI 领导地位主要取决于算力，并认为出口管制将决定 2028 年两种情景中哪一种成为现实。",
      "quote": "在很大程度上是一场算力竞赛",
      "figures": {
        "$30B": {
          "display": "300亿美元",
          "measures": "Anthropic 据报道正在进行的融资规模"
        },
        "$200M": {
          "display": "2亿美元",
          "measures": "Anthropic 失去的美国国防部合同"
        }
      },
      "caveats": {
        "The two scenarios are thought experiments, not predictions.": "两种情景是思想实验，而非预测。",
        "It blends facts, outside studies and Anthropic's own reading of them; it argues a policy position.": "文章把事实、外部研究和 Anthropic 自己对它们的解读混在一起；它主张的是一种政策立场。",
        "Anthropic is an interested party: it had about 10 GW of compute deals lined up and was reportedly raising about $30B.": "Anthropic 是利益相关方：它已落实约 10 GW 的算力协议，据报道正在筹集约 300亿美元（$30B）。"
      },
      "counterSignals": {
        "The day the paper appeared, NVIDIA's Jensen Huang was in Beijing with President Trump making the case for selling chips to China.": "论文发表当天，英伟达（NVIDIA）的黄仁勋正与特朗普总统在北京，为向中国出售芯片游说。",
        "Anthropic had lost a roughly $200M US Department of Defense deal after a dispute.": "Anthropic 此前因一场争议失去了一份约 2亿美元（$200M）的美国国防部合同。"
      },
      "distortions": {
        "Dated to the wrong year (one explainer said \"early 2025\").": {
          "text": "发表年份写错（一篇解读文章写成“2025 年初”）。",
          "correction": "它发表于 2026 年 5 月 14 日。"
        },
        "Called \"Two Scenarios for Global AI Dominance\".": {
          "text": "称之为“Two Scenarios for Global AI Dominance”。",
          "correction": "标题是“2028: Two scenarios for global AI leadership”。"
        }
      }
    },
    "huawei-compute-share": {
      "title": "华为算力产出对比英伟达：2026 年 4%，2027 年 2%",
      "summary": "论文预计华为的 AI 算力总产出在 2026 年为英伟达的 4%，2027 年为 2%，并称中国芯片厂商落后数年。",
      "quote": "2026 年华为的总处理性能（TPP）合计算力将仅为英伟达的 4%，2027 年为 2%。",
      "figures": {
        "4%": {
          "display": "4%",
          "measures": "华为 2026 年 AI 算力总量（TPP）占英伟达的比例"
        },
        "2%": {
          "display": "2%",
          "measures": "预计华为 2027 年算力总量占英伟达的比例"
        },
        "600,000 chips": {
          "display": "60万颗芯片",
          "measures": "华为计划在 2026 年生产的昇腾 910C 芯片"
        },
        "1.6 million dies": {
          "display": "160万颗裸片",
          "measures": "2026 年计划生产的各型号昇腾裸片（die）"
        },
        "15,488 chips": {
          "display": "15,488颗芯片",
          "measures": "华为路线图上最大的 Atlas 950/960 集群"
        },
        "$12B": {
          "display": "120亿美元",
          "measures": "华为预计 2026 年 AI 芯片收入"
        },
        "$7.5B": {
          "display": "75亿美元",
          "measures": "华为上一年的 AI 芯片收入"
        },
        "60%": {
          "display": "60%",
          "measures": "华为 AI 芯片收入的预期增长"
        },
        "6%": {
          "display": "6%",
          "measures": "昇腾 950 的性能相对英伟达 VR200 超级芯片的比例（Bernstein）"
        }
      },
      "caveats": {
        "These are projections, not measurements; the 2027 figure is further out still.": "这些是预测而非测量；2027 年的数字更加遥远。",
        "It compares aggregate output in total processing performance (TPP), not chip counts, per-chip speed or compute actually deployed.": "它比较的是以总处理性能（TPP）计的总产出，而不是芯片数量、单芯片速度或实际部署的算力。",
        "NVIDIA chips that reach Chinese labs through smuggling or remote access are not counted.": "通过走私或远程访问流入中国实验室的英伟达芯片未计算在内。",
        "The paper's underlying estimate is not public in the coverage.": "报道中没有公开论文所依据的估算。"
      },
      "counterSignals": {
        "Huawei plans about 600,000 Ascend 910C chips in 2026, roughly double 2025, and about 1.6 million dies across Ascend models.": "华为计划 2026 年生产约 60万颗昇腾 910C 芯片，约为 2025 年的两倍，各型号昇腾裸片合计约 160万颗。",
        "Huawei's public roadmap: Ascend 950 in 2026, 960 in 2027, 970 in 2028, with its own high-bandwidth memory; Atlas 950/960 clusters of up to 15,488 chips.": "华为公开路线图：2026 年昇腾 950，2027 年 960，2028 年 970，采用自研高带宽内存；Atlas 950/960 集群最多 15,488 颗芯片。",
        "Huawei expects about $12B of AI chip revenue in 2026, up 60% from $7.5B.": "华为预计 2026 年 AI 芯片收入约 120亿美元（$12B），比 75亿美元（$7.5B）增长 60%。",
        "DeepSeek V4 (24 Apr 2026) was adapted to Huawei Ascend chips; Huawei says its chips trained part of V4-Flash.": "DeepSeek V4（2026 年 4 月 24 日）已适配华为昇腾芯片；华为称其芯片训练了 V4-Flash 的一部分。",
        "Bernstein puts the Ascend 950 at about 6% of the performance of NVIDIA's next-generation VR200 superchip.": "Bernstein 估计昇腾 950 的性能约为英伟达下一代 VR200 超级芯片的 6%。",
        "A credible Huawei/SMIC path to close the NVIDIA gap before 2028 would turn the 4%-to-2% trajectory \"into a footnote\".": "若华为/中芯国际（SMIC）有可信路径在 2028 年前缩小与英伟达的差距，4% 到 2% 的轨迹将“沦为脚注”（\"into a footnote\"）。"
      },
      "distortions": {
        "\"Huawei could achieve compute parity by 2028.\"": {
          "text": "“华为到 2028 年可能实现算力对等。”",
          "correction": "论文预计华为会进一步落后：2026 年为英伟达的 4%，2027 年为 2%。"
        },
        "\"Huawei could catch up with NVIDIA's compute by 2028.\"": {
          "text": "“华为到 2028 年可能在算力上赶上英伟达。”",
          "correction": "论文预计华为会进一步落后：2026 年为英伟达的 4%，2027 年为 2%。"
        },
        "\"Huawei makes 4% as many chips as NVIDIA.\"": {
          "text": "“华为的芯片数量是英伟达的 4%。”",
          "correction": "4% 指的是算力总量（总处理性能），不是芯片数量。"
        }
      }
    },
    "us-compute-ratio-11x": {
      "title": "若管制收紧，美国算力约为中国的 11 倍",
      "summary": "论文援引一项研究称，如果加强对中国获取美国算力的限制，美国的算力将约为中国 AI 行业的 11 倍。",
      "quote": "如果美国加强限制中共获取美国算力的能力，一项研究估计美国可获得的算力将约为中国 AI 行业的 11 倍。",
      "figures": {
        "11x": {
          "display": "11倍",
          "measures": "在加强限制的前提下，美国算力相对中国 AI 行业的倍数"
        },
        "4:1": {
          "display": "4:1",
          "measures": "一项评论性估算中，到 2028 年美国现实优势的下限"
        },
        "6:1": {
          "display": "6:1",
          "measures": "同一估算中，到 2028 年美国现实优势的上限"
        },
        "25%": {
          "display": "25%",
          "measures": "H200 收入中需上缴美国政府的比例"
        },
        "50%": {
          "display": "50%",
          "measures": "对华 H200 销量相对美国供应量的上限"
        }
      },
      "caveats": {
        "Conditional: it describes what strengthened restrictions would achieve, not today's ratio.": "有条件的：它描述的是加强限制后能达到的结果，而不是当前的比例。",
        "It comes from \"one study\" that the coverage does not name.": "它来自报道中未具名的“一项研究”（\"one study\"）。"
      },
      "counterSignals": {
        "Even with imperfect enforcement, a 4:1 to 6:1 US advantage is the realistic floor through 2028.": "即使执法不完美，到 2028 年美国 4:1 到 6:1 的优势也是现实的下限。",
        "Policy moved the other way: on 8 Dec 2025 President Trump said NVIDIA may sell H200 chips to approved customers in China, with 25% of revenue paid to the US government.": "政策走向了相反方向：2025 年 12 月 8 日，特朗普总统表示英伟达可以向中国获批客户出售 H200 芯片，收入的 25% 上缴美国政府。",
        "Later Commerce Department rules cap H200 volume for China at 50% of US supply.": "此后商务部规则将对华 H200 销量上限定为美国供应量的 50%。",
        "China had about 5 zettaFLOPS of AI compute, per projections reported by CNBC.": "据 CNBC 报道的预测，中国拥有约 5 zettaFLOPS 的 AI 算力。"
      },
      "distortions": {
        "\"The US has 11 times more compute than China.\"": {
          "text": "“美国的算力是中国的 11 倍。”",
          "correction": "11 倍是对加强限制后的未来所作的有条件估计，不是当前事实。"
        }
      }
    },
    "deepseek-r1-0528-jailbreak": {
      "title": "DeepSeek R1-0528 对 94% 的明显恶意请求予以配合（CAISI）",
      "summary": "美国国家标准与技术研究院（NIST）下属的 CAISI 发现，在一种常见越狱技术下，DeepSeek 的 R1-0528 配合了 94% 的明显恶意请求，而美国参照模型为 8%。",
      "quote": "在一种常见的越狱技术下，DeepSeek 的 R1-0528 模型配合了 94% 的明显恶意请求，而美国参照模型为 8%。",
      "figures": {
        "94%": {
          "display": "94%",
          "measures": "R1-0528 在一种越狱技术下配合的明显恶意请求比例"
        },
        "8%": {
          "display": "8%",
          "measures": "美国参照模型的同一比例"
        },
        "92%": {
          "display": "92%",
          "measures": "美国参照模型拒绝这些请求的比例（8% 的补数）"
        },
        "6%": {
          "display": "6%",
          "measures": "R1-0528 拒绝的比例（94% 的补数）"
        },
        "12x": {
          "display": "12倍",
          "measures": "基于 R1-0528 的智能体遵从智能体劫持指令的可能性高出的倍数"
        },
        "4x": {
          "display": "4倍",
          "measures": "DeepSeek 模型附和中共叙事的频率高出的倍数"
        },
        "35%": {
          "display": "35%",
          "measures": "一个可比美国模型的成本低出的比例"
        },
        "1,000%": {
          "display": "1,000%",
          "measures": "自 2025 年 1 月以来中国模型下载量的增幅"
        }
      },
      "caveats": {
        "One common jailbreaking technique, not every kind of attack.": "只是一种常见越狱技术，并非所有类型的攻击。",
        "One model checkpoint, R1-0528 (a May 2025 release); CAISI also evaluated R1 and V3.1.": "只是一个模型版本 R1-0528（2025 年 5 月发布）；CAISI 也评估了 R1 和 V3.1。",
        "The US reference models were OpenAI's GPT-5, GPT-5-mini and gpt-oss, and Anthropic's Claude Opus 4.": "美国参照模型是 OpenAI 的 GPT-5、GPT-5-mini 和 gpt-oss，以及 Anthropic 的 Claude Opus 4。",
        "The evaluator is a body of the US Commerce Department.": "评估机构隶属美国商务部。",
        "A 2025 snapshot cited in 2026.": "这是 2025 年的快照，在 2026 年被引用。"
      },
      "counterSignals": {
        "DeepSeek V4 (24 Apr 2026; open weights, MIT licence, 1M-token context, hybrid attention) was not part of the 2025 test.": "DeepSeek V4（2026 年 4 月 24 日；开放权重、MIT 许可证、1M token 上下文、混合注意力）不在 2025 年的测试之内。",
        "The 94% figure is \"a 2026 artifact\" likely to move as PRC labs publish more safety work.": "94% 这一数字是“2026 年的产物”（\"a 2026 artifact\"），随着中国实验室发布更多安全工作，它很可能会变化。",
        "Same report: agents built on R1-0528 were on average 12x more likely to follow malicious agent-hijacking instructions; DeepSeek models echoed CCP narratives about 4x as often.": "同一报告：基于 R1-0528 的智能体遵从恶意智能体劫持指令的可能性平均高出 12 倍；DeepSeek 模型附和中共叙事的频率约为 4 倍。",
        "Same report: a comparable US model cost about 35% less, and downloads of PRC models rose nearly 1,000% since January 2025.": "同一报告：一个可比的美国模型成本约低 35%，而自 2025 年 1 月以来中国模型的下载量增长了近 1,000%。"
      },
      "distortions": {
        "Swapped models: the 94% given to US models.": {
          "text": "模型张冠李戴：把 94% 说成美国模型的比例。",
          "correction": "94% 是 DeepSeek R1-0528 的比例；美国参照模型的配合率为 8%。"
        },
        "Swapped models: the 8% given to DeepSeek's model.": {
          "text": "模型张冠李戴：把 8% 说成 DeepSeek 模型的比例。",
          "correction": "8% 是美国参照模型的比例；DeepSeek R1-0528 配合了 94%。"
        },
        "\"DeepSeek complied with 94% of requests.\"": {
          "text": "“DeepSeek 配合了 94% 的请求。”",
          "correction": "是在一种越狱技术下，94% 的明显恶意请求。"
        },
        "Attributing the test to Anthropic.": {
          "text": "把这项测试归于 Anthropic。",
          "correction": "评估出自 CAISI（NIST），2025 年 9 月 30 日。"
        },
        "\"US models refused every request.\"": {
          "text": "“美国模型拒绝了所有请求。”",
          "correction": "美国参照模型配合了 8%。"
        }
      }
    },
    "chinese-labs-safety-evals": {
      "title": "13 家顶尖中国 AI 实验室中只有 3 家发布了安全评估",
      "summary": "论文称，13 家领先的中国 AI 实验室中只有 3 家发布过任何安全评估结果。",
      "quote": "13 家顶尖中国 AI 实验室中只有 3 家发布了任何安全评估结果。",
      "figures": {
        "3 of 13": {
          "display": "13家中的3家",
          "measures": "发布过任何安全评估结果的顶尖中国 AI 实验室"
        }
      },
      "caveats": {
        "Which 13 labs count as \"top\", and what counts as \"published\", are the paper's own choices.": "哪 13 家实验室算“顶尖”、什么算“发布”，都是论文自己的选择。",
        "Not publishing results is not the same as doing no internal safety testing.": "没有发布结果不等于没有做内部安全测试。"
      },
      "counterSignals": {
        "Supporting: Moonshot AI's Kimi K2.5 shipped without a safety evaluation; independent researchers audited it afterwards.": "支持：月之暗面（Moonshot AI）的 Kimi K2.5 发布时没有安全评估；独立研究人员事后对其进行了审查。",
        "Internal testing that is not published would not show up in this count.": "未发布的内部测试不会反映在这一统计中。"
      },
      "distortions": {}
    },
    "us-lead-current": {
      "title": "美国前沿模型目前“至少领先数月”（\"at least several months ahead\"）",
      "summary": "论文对当下的判断：美国前沿模型领先中国实验室至少数月。",
      "quote": "至少领先数月",
      "figures": {
        "81%": {
          "display": "81%",
          "measures": "DeepSeek V4-Pro 发布时的 SWE-bench Verified 得分"
        }
      },
      "caveats": {
        "\"Several months\" is a judgement, not a measured gap; the paper gives no single number for today.": "“数月”（\"several months\"）是一种判断，不是测得的差距；论文没有给出当前的单一数字。",
        "The 12-24 month figure belongs to Scenario One for 2028, not to the present.": "12-24 个月这一数字属于 2028 年的情景一，而不是当下。"
      },
      "counterSignals": {
        "Supporting: Google DeepMind CEO Demis Hassabis said China was \"months\" behind.": "支持：Google DeepMind 首席执行官 Demis Hassabis 表示中国落后“几个月”（\"months\"）。",
        "DeepSeek V4-Pro scored about 81% on SWE-bench Verified at launch, behind only the newest OpenAI and Google models.": "DeepSeek V4-Pro 发布时在 SWE-bench Verified 上得分约 81%，仅落后于 OpenAI 和 Google 的最新模型。"
      },
      "distortions": {
        "Reporting 12-24 months as the current US lead.": {
          "text": "把 12-24 个月报道为美国当前的领先幅度。",
          "correction": "那是 2028 年的情景一；论文说当下“至少领先数月”（\"at least several months\"）。"
        }
      }
    },
    "scenario-one-lead": {
      "title": "情景一：2028 年美国领先 12-24 个月",
      "summary": "在论文的“民主国家领先”情景中，2028 年美国模型领先 12-24 个月且差距在扩大；中国实验室要到 2029 年或 2030 年才能取得阶跃式进展。",
      "quote": "美国 AI 模型在智能上领先 12-24 个月，而且领先优势在扩大",
      "figures": {
        "12-24 months": {
          "display": "12-24个月",
          "measures": "情景一中 2028 年美国在智能上的领先幅度"
        },
        "2029": {
          "display": "2029年",
          "measures": "情景一中中国实验室取得阶跃式进展的最早年份"
        },
        "2030": {
          "display": "2030年",
          "measures": "情景一中这些进展的较晚界限"
        },
        "6-12 months": {
          "display": "6-12个月",
          "measures": "一项评论性估算中 2028 年美国现实的领先幅度"
        }
      },
      "caveats": {
        "A scenario that depends on policy action (tighter export controls, disrupted distillation, faster adoption), not a forecast.": "这是一个取决于政策行动（更严的出口管制、阻断蒸馏、更快的采用）的情景，不是预测。",
        "It describes 2028, not today's gap.": "它描述的是 2028 年，而不是当前的差距。"
      },
      "counterSignals": {
        "A realistic 2028 is 6-12 months ahead; 12-24 months is \"the optimistic edge of the distribution\".": "现实的 2028 年是领先 6-12 个月；12-24 个月是“分布中乐观的一端”（\"the optimistic edge of the distribution\"）。"
      },
      "distortions": {
        "Wrong time frame: 12-24 months stated as the lead today (\"the US currently leads by 12 to 24 months\").": {
          "text": "时间框架错误：把 12-24 个月说成当前的领先幅度（“美国目前领先 12 到 24 个月”）。",
          "correction": "论文认为当前领先“至少数月”（\"at least several months\"）；12-24 个月是其 2028 年情景一中的领先幅度，前提是政策采取行动。"
        }
      }
    },
    "scenario-two-parity": {
      "title": "情景二：2028 年中国模型只落后几个月",
      "summary": "在“接近对等”情景中，借助蒸馏、海外算力以及对芯片制造设备的薄弱执法，中国实验室的模型只落后美国模型几个月，AI 规范由威权国家塑造。",
      "quote": "中国 AI 实验室训练的模型只落后美国模型几个月",
      "figures": {},
      "caveats": {
        "A scenario, not a forecast.": "这是一个情景，不是预测。",
        "It does not require China to out-innovate the US; it runs on distillation, overseas compute and weak enforcement.": "它并不要求中国在创新上超过美国；它依靠的是蒸馏、海外算力和薄弱的执法。"
      },
      "counterSignals": {
        "The paper itself presents the two scenarios as thought experiments rather than predictions.": "论文本身把两种情景作为思想实验而非预测提出。"
      },
      "distortions": {}
    },
    "distillation-attacks": {
      "title": "蒸馏攻击：“数千个欺诈账户”（\"thousands of fraudulent accounts\"）",
      "summary": "论文指控中国实验室开设数千个欺诈账户，以绕过访问控制并收割美国模型的输出，称之为系统性的工业间谍活动。",
      "quote": "蒸馏攻击：中国实验室创建数千个欺诈账户，绕过美国 AI 模型的访问控制，系统性地收割其输出",
      "figures": {
        "thousands of accounts": {
          "display": "数千个账户",
          "measures": "蒸馏攻击中使用的欺诈账户（论文）"
        },
        "24,000 accounts": {
          "display": "24,000个账户",
          "measures": "Anthropic 2026 年 2 月披露中的欺诈账户"
        },
        "16 million exchanges": {
          "display": "1600万次交互",
          "measures": "与 Claude 的交互（超过此数）"
        },
        "150,000 exchanges": {
          "display": "15万次交互",
          "measures": "归于 DeepSeek 的交互"
        },
        "3.4 million exchanges": {
          "display": "340万次交互",
          "measures": "归于月之暗面（Moonshot AI）的交互"
        },
        "13 million exchanges": {
          "display": "1300万次交互",
          "measures": "归于 MiniMax 的交互"
        }
      },
      "caveats": {
        "Attribution to DeepSeek, Moonshot AI and MiniMax is Anthropic's own and has not been independently verified.": "将其归于 DeepSeek、月之暗面（Moonshot AI）和 MiniMax 是 Anthropic 自己的判断，未经独立核实。",
        "Distillation itself is a standard, legitimate ML technique; the accusation concerns fraudulent access at scale.": "蒸馏本身是一种标准、正当的机器学习技术；指控针对的是大规模的欺诈性访问。",
        "The definition could reach small developers who fine-tune on frontier model outputs.": "这一定义可能波及用前沿模型输出做微调的小型开发者。"
      },
      "counterSignals": {
        "Critics note distillation needs relatively little compute, so chip controls do little against it.": "批评者指出，蒸馏所需算力相对很少，因此芯片管制对它作用不大。",
        "Alvin Wang Graylin criticised the \"arms race mentality\" of the framing.": "Alvin Wang Graylin 批评这种框架的“军备竞赛心态”（\"arms race mentality\"）。",
        "Anthropic's own disclosure: about 24,000 fraudulent accounts and more than 16 million exchanges with Claude, via commercial proxy services (DeepSeek about 150,000, Moonshot AI about 3.4 million, MiniMax about 13 million).": "Anthropic 自己的披露：约 24,000 个欺诈账户、通过商业代理服务与 Claude 进行了超过 1600万次交互（DeepSeek 约 15万次，月之暗面约 340万次，MiniMax 约 1300万次）。"
      },
      "distortions": {}
    },
    "overseas-datacenters": {
      "title": "中国实验室在东南亚数据中心用美国芯片训练模型",
      "summary": "论文称，阿里巴巴和字节跳动在东南亚数据中心用受出口管制的美国芯片训练旗舰模型，因为管制针对芯片销售，却不涵盖远程访问。",
      "quote": "在东南亚数据中心用受出口管制的美国芯片训练旗舰模型",
      "figures": {
        "2,300 GPUs": {
          "display": "2,300块GPU",
          "measures": "据报道通过印度尼西亚数据中心获得的受限 Blackwell GPU（超过此数）"
        },
        "$1.2B": {
          "display": "12亿美元",
          "measures": "腾讯与日本 Datasection 的合同"
        }
      },
      "caveats": {
        "The training claim is the paper's allegation.": "关于训练的说法是论文的指控。",
        "Remote access was not illegal under the rules then in force; that is the loophole the paper wants closed.": "按当时有效的规则，远程访问并不违法；这正是论文希望堵上的漏洞。"
      },
      "counterSignals": {
        "Supporting: Chinese firms reportedly reached more than 2,300 restricted Blackwell GPUs through Indonesian data centers run by INF Tech, and through a $1.2B Tencent contract with Japan's Datasection.": "支持：据报道，中国企业通过 INF Tech 运营的印度尼西亚数据中心获得了超过 2,300 块受限 Blackwell GPU，并通过腾讯与日本 Datasection 的一份 12亿美元（$1.2B）合同获得算力。",
        "Because renting compute abroad was lawful, the practice shows a gap in the rules rather than a breach of them.": "由于在海外租用算力是合法的，这种做法说明的是规则存在缺口，而不是违反了规则。"
      },
      "distortions": {}
    },
    "supermicro-diversion": {
      "title": "超微电脑（Supermicro）案：约 25亿美元的服务器被指遭转运",
      "summary": "2026 年 3 月 19 日启封的一份联邦起诉书指控包括超微电脑联合创始人 Wally Liaw 在内的三人，合谋经由一家东南亚公司转运约 25亿美元（$2.5 billion）的英伟达 GPU 服务器。",
      "figures": {
        "$2.5 billion": {
          "display": "25亿美元",
          "measures": "被指遭转运的搭载英伟达 GPU 的服务器（2024-2025 年间售出）"
        },
        "$510 million": {
          "display": "5.1亿美元",
          "measures": "据指控流入中国、搭载受禁 B200/H200 GPU 的服务器"
        }
      },
      "caveats": {
        "An indictment states allegations; the defendants are presumed innocent.": "起诉书陈述的是指控；被告在定罪前被推定无罪。",
        "Supermicro the company was not charged and says it is cooperating.": "超微电脑公司本身未被起诉，并表示正在配合调查。"
      },
      "counterSignals": {
        "Those charged are co-founder Yih-Shyan \"Wally\" Liaw, Taiwan office manager Ruei-Tsang \"Steven\" Chang and broker Ting-Wei \"Willy\" Sun, not the company.": "被起诉的是联合创始人 Yih-Shyan “Wally” Liaw、台湾办公室经理 Ruei-Tsang “Steven” Chang 和中间人 Ting-Wei “Willy” Sun，而不是公司。",
        "Supporting: about $510 million of servers with banned B200/H200 GPUs are alleged to have reached China, using false documents, dummy servers and serial numbers moved with a hair dryer.": "支持：据指控，约 5.1亿美元（$510 million）搭载受禁 B200/H200 GPU 的服务器流入中国，手段包括伪造文件、假服务器，以及用吹风机转移序列号。"
      },
      "distortions": {
        "Naming the wrong person (e.g. \"Charles Liang\" or \"Chiu-Che Leng\").": {
          "text": "点错了人名（例如“Charles Liang”或“Chiu-Che Leng”）。",
          "correction": "被告是 Yih-Shyan “Wally” Liaw、Ruei-Tsang “Steven” Chang 和 Ting-Wei “Willy” Sun。"
        },
        "Saying Charles Liang or Chiu-Che Leng was charged.": {
          "text": "说 Charles Liang 或 Chiu-Che Leng 被起诉。",
          "correction": "被告是 Yih-Shyan “Wally” Liaw、Ruei-Tsang “Steven” Chang 和 Ting-Wei “Willy” Sun。"
        },
        "Saying Supermicro the company was charged.": {
          "text": "说超微电脑公司被起诉。",
          "correction": "公司未被起诉，并表示正在配合调查。"
        }
      }
    },
    "remote-access-bill-vote": {
      "title": "《远程访问安全法》（Remote Access Security Act）在众议院以 369 票对 22 票通过",
      "summary": "2026 年 1 月，众议院以 369-22 通过两党支持的《远程访问安全法》，以堵上远程数据中心漏洞；截至 2026 年 5 月参议院尚未表决。",
      "figures": {
        "369-22": {
          "display": "369-22",
          "measures": "众议院对《远程访问安全法》的赞成票与反对票"
        }
      },
      "caveats": {
        "Only the House has voted; the Senate had not voted as of May 2026, so it is not law.": "只有众议院表决过；截至 2026 年 5 月参议院尚未表决，因此它还不是法律。",
        "Until it becomes law, renting export-controlled chips in data centers abroad stays legal: the loophole is still open.": "在它成为法律之前，在海外数据中心租用受出口管制的芯片仍然合法：漏洞依然存在。"
      },
      "counterSignals": {
        "The Senate had not voted on the bill as of May 2026.": "截至 2026 年 5 月，参议院尚未就该法案表决。"
      },
      "distortions": {
        "Passed \"by voice vote\" or \"without opposition\".": {
          "text": "称该法案以“口头表决”（\"by voice vote\"）或“无人反对”（\"without opposition\"）通过。",
          "correction": "众议院于 2026 年 1 月以 369 票对 22 票的记名投票通过该法案。"
        },
        "Called law, or said to have passed the Senate.": {
          "text": "称其已成为法律，或称其已在参议院通过。",
          "correction": "只有众议院进行了表决（369-22）；截至 2026 年 5 月，参议院尚未表决。"
        }
      }
    },
    "mythos-firefox": {
      "title": "Claude Mythos Preview 与 Firefox（火狐）：每月安全修复约为 20 倍",
      "summary": "借助 Anthropic 的 Claude Mythos Preview，Firefox 一个月内修复的安全漏洞约为其 2025 年月均的 20 倍：2026 年 4 月修复 423 个，而过去约为每月 21 个。",
      "figures": {
        "271 of 423": {
          "display": "423个中的271个",
          "measures": "Mythos Preview 发现的 2026 年 4 月 Firefox 安全修复"
        },
        "20x": {
          "display": "20倍",
          "measures": "Firefox 每月安全修复数相对其 2025 年月均的倍数"
        },
        "423 fixes": {
          "display": "423个修复",
          "measures": "Firefox 2026 年 4 月的安全修复"
        },
        "21 fixes": {
          "display": "21个修复",
          "measures": "2025 年 Firefox 平均每月的安全修复（约数）"
        },
        "271 bugs": {
          "display": "271个漏洞",
          "measures": "423 个中由 Mythos Preview 发现的"
        },
        "180 bugs": {
          "display": "180个漏洞",
          "measures": "Mythos 发现的 sec-high 级漏洞"
        },
        "80 bugs": {
          "display": "80个漏洞",
          "measures": "Mythos 发现的 sec-moderate 级漏洞"
        },
        "11 bugs": {
          "display": "11个漏洞",
          "measures": "Mythos 发现的 sec-low 级漏洞"
        },
        "152 fixes": {
          "display": "152个修复",
          "measures": "423 个中并非由 Mythos 发现的"
        }
      },
      "caveats": {
        "152 of the 423 fixes were not Mythos finds (41 external reports, 111 internal).": "423 个修复中有 152 个不是 Mythos 发现的（41 个外部报告，111 个内部发现）。",
        "Mozilla counts potential vulnerabilities, not proven exploits.": "Mozilla 统计的是潜在漏洞，而不是已证实的利用。",
        "One project, one month.": "一个项目，一个月。",
        "The model is the paper's publisher's own product, released only to partners under Project Glasswing (announced 7 Apr 2026).": "该模型是论文发布方自己的产品，只通过 Project Glasswing（2026 年 4 月 7 日宣布）向合作伙伴开放。"
      },
      "counterSignals": {
        "Mozilla's numbers: 271 of the 423 April fixes were found by Mythos Preview (180 sec-high, 80 sec-moderate, 11 sec-low), mostly shipped in Firefox 150 on 21 Apr 2026.": "Mozilla 的数字：4 月 423 个修复中有 271 个由 Mythos Preview 发现（180 个 sec-high，80 个 sec-moderate，11 个 sec-low），大多随 2026 年 4 月 21 日的 Firefox 150 发布。",
        "The other 152 came from 41 external reports and 111 internal finds, so \"20x\" is not all AI.": "另外 152 个来自 41 个外部报告和 111 个内部发现，所以“20 倍”并不全是 AI 的功劳。"
      },
      "distortions": {
        "\"Mythos found 423 bugs.\"": {
          "text": "“Mythos 发现了 423 个漏洞。”",
          "correction": "2026 年 4 月修复的 423 个中，Mythos Preview 发现了 271 个。"
        },
        "\"20x more bugs found by AI.\"": {
          "text": "“AI 发现的漏洞多了 20 倍。”",
          "correction": "20 倍比较的是每月全部修复数；423 个中有 152 个不是 Mythos 发现的。"
        }
      }
    },
    "kimi-k25-cbrn": {
      "title": "Kimi K2.5 与化学、生物、放射性和核（CBRN）请求",
      "summary": "有关论文的报道援引一项独立评估：月之暗面的 Kimi K2.5（2026 年 4 月评估）未能拒绝化学、生物、放射性和核相关请求的比率明显高于美国前沿模型。",
      "figures": {
        "$500": {
          "display": "500美元",
          "measures": "移除这一开放权重模型安全防护的成本（低于此数）"
        }
      },
      "caveats": {
        "A preliminary, independent study (Yong et al., 2026), compared with GPT-5.2 and Claude Opus 4.5.": "一项初步的独立研究（Yong et al., 2026），对照模型为 GPT-5.2 和 Claude Opus 4.5。",
        "An open-weight model: its safeguards can be removed cheaply, under $500 per the same coverage.": "这是开放权重模型：其安全防护可以被低成本移除，据同一报道不到 500美元（$500）。"
      },
      "counterSignals": {
        "Supporting: K2.5 shipped without a safety evaluation of its own.": "支持：K2.5 发布时没有自己的安全评估。"
      },
      "distortions": {}
    },
    "policy-asks": {
      "title": "论文的三项政策建议",
      "summary": "堵上漏洞（走私、境外数据中心访问、芯片制造设备出口、执法预算）；捍卫创新（限制模型访问、惩处蒸馏、共享威胁情报）；出口美国 AI。",
      "figures": {},
      "caveats": {
        "These are recommendations from an interested party, not adopted policy.": "这些是利益相关方的建议，不是已通过的政策。",
        "The asks rest on the compute-race framing, which critics dispute.": "这些建议建立在算力竞赛的框架之上，而批评者对此有异议。"
      },
      "counterSignals": {
        "Policy has moved the other way on chips: the December 2025 decision allows NVIDIA H200 sales to approved Chinese customers.": "芯片政策走向了相反方向：2025 年 12 月的决定允许向获批的中国客户销售英伟达 H200。",
        "Critics reject the arms-race framing behind the asks.": "批评者反对这些建议背后的军备竞赛框架。"
      },
      "distortions": {}
    },
    "four-fronts": {
      "title": "竞争的四条战线",
      "summary": "智能（最重要）、国内采用、全球分发和韧性；更快地部署稍弱的模型，可以抵消一部分能力差距。",
      "figures": {},
      "caveats": {
        "A framework for thinking, not a measurement; the weighting of the fronts is the paper's judgement.": "这是一个思考框架而不是测量；各条战线的权重是论文自己的判断。",
        "Like the rest of the essay, it mixes facts, outside citations and Anthropic's interpretation.": "和文章其余部分一样，它混合了事实、外部引用和 Anthropic 的解读。"
      },
      "counterSignals": {
        "By the paper's own account, a side that deploys slightly weaker models faster may offset part of a capability gap, which tempers the ranking of intelligence first.": "按论文自己的说法，更快部署稍弱模型的一方可能抵消一部分能力差距，这削弱了把智能排在首位的排序。"
      },
      "distortions": {}
    },
    "open-weights-liability": {
      "title": "开放权重模型是安全隐患（对论文的一种解读）",
      "summary": "评论者认为论文把开放权重模型视为国家安全隐患，因为权重一旦公开，安全防护就可以被剥除。",
      "figures": {},
      "caveats": {
        "This is commentators' reading of the paper, not a figure from it.": "这是评论者对论文的解读，不是论文中的数字。",
        "Open weights are also widely defended as a public good.": "开放权重也被广泛视为一种公共品而受到捍卫。"
      },
      "counterSignals": {
        "Open-weight releases are widely defended as a public good for research and competition.": "开放权重发布被广泛视为对研究和竞争有益的公共品而受到捍卫。"
      },
      "distortions": {}
    }
  },
  "paper": {
    "title": "2028：全球 AI 领导地位的两种情景",
    "publisher": "Anthropic（机构署名；无单一署名作者）",
    "date": "2026年5月14日",
    "thesis": {
      "The paper treats the race for AI leadership as \"in large part a race for compute\".": "论文把 AI 领导地位之争视为 “in large part a race for compute”（译文：“在很大程度上是一场算力竞赛”）。",
      "It calls access to the chips models are trained on \"the most important ingredient for developing AI\".": "它称获取训练模型所用的芯片是 “the most important ingredient for developing AI”（译文：“发展 AI 最重要的要素”）。",
      "It says \"the compute gap appears to be widening\", and argues that an edge in compute compounds into an edge in algorithms.": "它说 “the compute gap appears to be widening”（译文：“算力差距似乎在扩大”），并认为算力上的优势会累积成算法上的优势。"
    },
    "scenarios": {
      "Scenario One: a democratic lead": {
        "name": "情景一：民主国家领先",
        "text": "到 2028 年，美国模型领先 12-24 个月且差距在拉大；中国实验室要到 2029 年或 2030 年才能取得阶跃式进展。这取决于更严的出口管制、阻断蒸馏以及民主国家更快的采用。"
      },
      "Scenario Two: near-parity": {
        "name": "情景二：接近对等",
        "text": "中国实验室的模型只落后美国模型几个月，靠蒸馏攻击、海外算力和对芯片制造设备的薄弱执法逼近前沿；威权政权塑造 AI 规范。"
      }
    },
    "fronts": {
      "Intelligence": {
        "name": "智能",
        "text": "模型能力；论文认为它最重要。"
      },
      "Domestic adoption": {
        "name": "国内采用",
        "text": "各方在国内应用 AI 的速度。"
      },
      "Global distribution": {
        "name": "全球分发",
        "text": "世界其他地区采用谁的硬件和模型。"
      },
      "Resilience": {
        "name": "韧性",
        "text": "在压力下保持稳健。论文指出，更快地部署稍弱的模型可以抵消一部分能力差距。"
      }
    },
    "asks": {
      "Close loopholes": {
        "name": "堵上漏洞",
        "text": "走私芯片、境外数据中心访问、芯片制造设备（SME）出口，以及执法预算。"
      },
      "Defend innovations": {
        "name": "捍卫创新",
        "text": "限制模型访问，威慑并惩处蒸馏，在实验室与政府之间共享威胁情报。"
      },
      "Export American AI": {
        "name": "出口美国 AI",
        "text": "推动美国硬件和模型在全球的采用。"
      }
    },
    "notes": {
      "The two scenarios are thought experiments, not predictions.": "两种情景是思想实验，而非预测。",
      "The paper mixes facts, outside citations and Anthropic's own interpretation: it is a policy essay with an explicit point of view.": "论文混合了事实、外部引用和 Anthropic 自己的解读：它是一篇观点鲜明的政策文章。",
      "Anthropic had lined up roughly 10 GW of compute deals and was reported to be mid-way through a ~$30B funding round.": "Anthropic 已落实约 10 GW 的算力协议，据报道正处于一轮约 300亿美元（~$30B）融资之中。",
      "Anthropic had lost a ~$200M US Department of Defense deal after a dispute.": "Anthropic 此前因一场争议失去了一份约 2亿美元（~$200M）的美国国防部合同。",
      "On the day it was published, NVIDIA's CEO Jensen Huang was in Beijing with President Trump, arguing for selling chips to China.": "论文发表当天，英伟达首席执行官黄仁勋正与特朗普总统在北京，主张向中国出售芯片。"
    },
    "misstatements": {
      "One explainer dated the essay to \"early 2025\"; it was published on 14 May 2026.": "一篇解读文章把这篇文章的时间写成“2025 年初”；它发表于 2026 年 5 月 14 日。",
      "Some coverage calls it \"Two Scenarios for Global AI Dominance\".": "一些报道称其为“Two Scenarios for Global AI Dominance”。"
    }
  },
  "sources": {
    "paper": {
      "name": "Anthropic",
      "date": "2026年5月14日"
    },
    "caisi": {
      "name": "CAISI（NIST，美国国家标准与技术研究院）",
      "date": "2025年9月30日"
    },
    "coverage-may-2026": {
      "name": "有关论文的报道",
      "date": "2026年5月"
    },
    "register-type0": {
      "name": "The Register，据 type0.ai 的报道",
      "date": "2026年5月"
    },
    "register-coverage": {
      "name": "The Register，据 2026 年 5 月的报道",
      "date": "2026年5月"
    },
    "reuters-huawei-volume": {
      "name": "基于路透社的报道（例如 thenews.com.pk）",
      "date": "2025年9月起"
    },
    "huawei-connect": {
      "name": "华为（华为全联接大会上公布的路线图）",
      "date": "2025年9月"
    },
    "ft-huawei-revenue": {
      "name": "英国《金融时报》报道（据路透社，未经独立核实）"
    },
    "reuters-deepseek-v4": {
      "name": "基于路透社的 DeepSeek V4 报道",
      "date": "2026年4月"
    },
    "bernstein": {
      "name": "Bernstein 的估计"
    },
    "planettools-huawei": {
      "name": "ThePlanetTools.ai（评论）",
      "date": "2026年5月24日"
    },
    "planettools": {
      "name": "ThePlanetTools.ai（评论）",
      "date": "2026年5月"
    },
    "h200-decision": {
      "name": "特朗普总统关于向中国销售英伟达 H200 的宣布",
      "date": "2025年12月8日"
    },
    "commerce-h200-rules": {
      "name": "美国商务部关于 H200 销售的规则（其后）"
    },
    "cnbc-china-compute": {
      "name": "CNBC，报道预测数据",
      "date": "2026年3月"
    },
    "deepseek-v4-release": {
      "name": "DeepSeek V4 发布",
      "date": "2026年4月24日"
    },
    "kimi-audit-coverage": {
      "name": "有关 Kimi K2.5 的报道",
      "date": "2026年"
    },
    "hassabis": {
      "name": "Demis Hassabis，Google DeepMind 首席执行官",
      "date": "2026年1月"
    },
    "swe-bench-coverage": {
      "name": "有关 DeepSeek V4-Pro 发布的报道",
      "date": "2026年4月"
    },
    "anthropic-distillation": {
      "name": "Anthropic 关于蒸馏攻击的披露",
      "date": "2026年2月23日"
    },
    "graylin": {
      "name": "Alvin Wang Graylin（亚洲协会政策研究所），见于报道",
      "date": "2026年5月"
    },
    "indictment": {
      "name": "美国联邦起诉书（已启封）",
      "date": "2026年3月19日"
    },
    "house-vote": {
      "name": "美国众议院表决",
      "date": "2026年1月"
    },
    "mozilla": {
      "name": "Mozilla（Mozilla Hacks 博客）",
      "date": "2026年5月7日"
    },
    "glasswing": {
      "name": "Anthropic，Claude Mythos Preview / Project Glasswing 公告",
      "date": "2026年4月7日"
    },
    "yong-2026": {
      "name": "Yong et al.，独立的初步安全评估",
      "date": "2026年"
    }
  }
};
