/**
 * Japanese matcher cases, written for this project (not taken from any page). Each case is one block
 * of text and the complete list of mentions expected in it, as "span|verdict|claim ids". For each
 * main claim: the figure as sourced, a misquote, a paraphrase in Japanese names only, a related or
 * known figure that is not a misquote, and text that names the subject without the claim.
 */
import type { MatcherCase } from './matcher-cases';
import { H, D, DA, X, S, L, V, M, DIST, S1, S2, O, K, P } from './case-claim-ids';

export const JA_CASES: MatcherCase[] = [
  // huawei-compute-share
  { text: 'ファーウェイの2026年のAI計算能力は、エヌビディアのわずか4%にとどまるという。', expected: [`4%|consistent|${H}`] },
  { text: '総処理性能で比べると、華為の生産能力はエヌビディアの4%、2027年には2%まで下がる。', expected: [`4%|consistent|${H}`, `2%|consistent|${H}`], note: 'the kanji name' },
  { text: '報告書によれば、ﾌｧｰｳｪｲのAI演算能力はエヌビディアの４％にすぎない。', expected: [`４％|consistent|${H}`], note: 'half-width katakana, full-width digits' },
  { text: '中国製AIチップの総処理性能は、エヌビディアの4%というわずかな割合だ。', expected: [`4%|consistent|${H}`], note: 'paraphrase without the company name' },
  { text: 'ファーウェイの計算能力はエヌビディアの14%に達するとの見方もある。', expected: [`14%|differs|${H}`] },
  { text: '2027年のファーウェイの総処理性能はエヌビディアの10%になるとの予測もある。', expected: [`10%|differs|${H}`] },
  { text: 'ファーウェイのチップの生産量はエヌビディアの4%だ。', expected: [`4%|distorted|${H}`], note: 'chips counted, not compute' },
  { text: 'バーンスタインによると、アセンド950の性能はエヌビディアのVR200の約6%だという。', expected: [`アセンド|mention|${H}`], note: 'Bernstein’s 6% is a known figure of another measure' },
  { text: 'ファーウェイは2026年に約60万個のアセンド910Cチップを生産する計画だ。', expected: [`ファーウェイ|mention|${H}`, `アセンド|mention|${H}`] },
  { text: 'SMICこと中芯国際の先端プロセスの生産能力は限られている。', expected: [`SMIC|mention|${H}`, `中芯国際|mention|${H}`], note: 'the kanji name folds to the Chinese one' },
  { text: 'ファーウェイのスマートフォン販売は前年比4%減少した。', expected: [`ファーウェイ|mention|${H}`], note: 'no compute cue: not the paper’s 4%' },

  // deepseek-r1-0528-jailbreak
  { text: 'DeepSeekのR1-0528は、一般的な脱獄手法を使うと、明らかに悪意のある要求の94%に応じた。', expected: [`94%|consistent|${D}`] },
  { text: 'ディープシークのモデルは悪意のある要求の94パーセントに従い、米国の参照モデルは8%だった。', expected: [`94パーセント|consistent|${D}`, `8%|consistent|${D}`] },
  { text: '米国の参照モデルは悪意のある要求の92%を拒否した。', expected: [`92%|consistent|${D}`], note: 'the complement of 8%' },
  { text: 'R1-0528が応じた悪意のある要求は64%だったと報じられた。', expected: [`64%|differs|${D}`] },
  { text: 'R1-0528は要求の94%に応じた。', expected: [`94%|distorted|${D}`], note: 'the qualifier “malicious” dropped' },
  { text: 'Anthropicの評価では、R1-0528は悪意のある要求の94%に応じた。', expected: [`94%|distorted|${D}`], note: 'the test was CAISI’s' },
  { text: 'ディープシークの推論モデルは、脱獄されると有害な要求の9割以上に応じてしまう。', expected: [`ディープシーク|mention|${DA}`, `有害な要求|mention|${D}`], note: 'a bound, not a figure' },
  { text: 'AI標準・イノベーションセンター（CAISI）はR1-0528を評価した。', expected: [`AI標準・イノベーションセンター|mention|${D}`, `CAISI|mention|${D}`, `R1-0528|mention|${D}`], note: 'a middle dot inside the name' },

  // supermicro-diversion
  { text: 'スーパーマイクロの共同創業者らは、約25億ドル相当のサーバーを中国へ迂回輸出した疑いで起訴された。', expected: [`25億ドル|consistent|${S}`] },
  { text: 'スーパー・マイクロの元幹部が関わった密輸事件は、総額２５億米ドル規模とされる。', expected: [`２５億米ドル|consistent|${S}`] },
  { text: '検察によると、スーパーマイクロ製サーバー2.5億ドル分が中国に不正輸出されたという。', expected: [`2.5億ドル|differs|${S}`] },
  { text: 'スーパーマイクロの事件では、5億1000万ドル相当のB200が中国に送られたとされる。', expected: [`5億1000万ドル|consistent|${S}`], note: 'a related figure, 510 million written with two myriad units' },
  { text: 'スーパーマイクロ社自体が25億ドル相当のサーバーを密輸したとして起訴された。', expected: [`25億ドル|distorted|${S}`], note: 'the company was not charged' },
  { text: 'スーパーマイクロの株価は4%上昇し、売買代金は25億ドルに達した。', expected: [`スーパーマイクロ|mention|${S}`], note: 'no diversion cue' },

  // remote-access-bill-vote
  { text: '米下院は遠隔アクセス安全法を369対22の賛成多数で可決した。', expected: [`369対22|consistent|${V}`] },
  { text: '下院は遠隔アクセス安全法を賛成369票、反対22票で可決した。', expected: [`賛成369票、反対22票|consistent|${V}`] },
  { text: 'リモートアクセス安全法は下院で396対22で可決された。', expected: [`396対22|differs|${V}`] },
  { text: '下院は遠隔アクセス安全法を発声投票で可決した。', expected: [`遠隔アクセス安全法|mention|${V}`, `発声投票|differs|${V}`] },
  { text: '遠隔アクセス安全法はすでに成立した。', expected: [`遠隔アクセス安全法|mention|${V}`, `成立した|differs|${V}`], note: 'only the House has voted' },

  // chinese-labs-safety-evals
  { text: '中国のAIラボ13社のうち3社しか安全性評価を公表していない。', expected: [`13社のうち3社|consistent|${L}`] },
  { text: '中国の主要AIラボ13社のうち5社が安全性評価を公表している。', expected: [`13社のうち5社|differs|${L}`] },
  { text: '中国の有力なAI企業13社のうち、安全性の評価結果を出したのは3社にとどまる。', expected: [`13社のうち、安全性の評価結果を出したのは3社|consistent|${L}`], note: 'a clause between the total and the part' },
  { text: '13社のうち、昨年に新製品を出したのは2社だった。', expected: [], note: 'a count of a total about nothing the paper says' },

  // scenarios and the lead
  { text: 'シナリオ1では、2028年に米国が中国に対して12〜24ヶ月のリードを保つ。', expected: [`12〜24ヶ月|consistent|${S1}`] },
  { text: 'もし米国が輸出規制を強化すれば、2028年には米国が1〜2年の優位を維持できる。', expected: [`1〜2年|consistent|${S1}`], note: 'years read as months' },
  { text: '米国はすでに中国を12〜24か月リードしている。', expected: [`12〜24か月|distorted|${S1}`], note: 'a 2028 scenario told as today' },
  { text: '最初のシナリオでも、米国のリードが6〜12か月に縮む可能性は残る。', expected: [`最初のシナリオ|mention|${S1}`], note: 'a known figure of another measure' },
  { text: 'もし米国が何もしなければ、2028年には中国が米国とほぼ同等の水準に追いつく。', expected: [`ほぼ同等|mention|${S2}`] },
  { text: '対策を怠れば、中国のAIは数か月遅れまで差を縮めるだろう。', expected: [`対策を怠れば、中国のAIは数か月遅れまで差を縮め|mention|${S2}`], note: 'described, not named' },
  { text: '米国が現状のままなら、中国は数か月差まで迫る。', expected: [`現状のままなら、中国は数か月差|mention|${S2}`], note: 'described, not named' },
  { text: '米国は依然として中国に数か月リードしているにすぎない。', expected: [`米国は依然として中国に数か月リード|mention|us-lead-current`] },
  { text: '米国の計算能力は中国の11倍だ。', expected: [`11倍|consistent|${X}`] },
  { text: '米国の計算能力は中国の約11倍とされるが、報告書はより現実的な優位は4対1から6対1だとする。', expected: [`11倍|consistent|${X}`], note: 'the 4:1 to 6:1 floor is a known figure, not a misquote' },
  { text: '米国の計算能力の優位は中国に対して8対1だ。', expected: [`8対1|differs|${X}`] },
  { text: '米国はすでに中国の11倍の計算資源を持つ。', expected: [`11倍|distorted|${X}`] },

  // distillation-attacks
  { text: '中国の研究所は数千の不正アカウントを使ってClaudeの出力を蒸留した。', expected: [`数千|consistent|${DIST}`] },
  { text: 'アンソロピックは、中国のAI企業が何千もの偽アカウントを使ってClaudeに蒸留攻撃を仕掛けたと明らかにした。', expected: [`何千|consistent|${DIST}`] },
  { text: '2万4000の偽アカウントを通じて1600万回以上のやり取りが行われた。', expected: [`2万4000|consistent|${DIST}`, `1600万回|consistent|${DIST}`] },
  { text: 'ディープシークによるやり取りは15万回にのぼった。', expected: [`15万回|consistent|${DIST}`], note: 'a related figure' },
  { text: 'ミニマックスは1300万回、ムーンショットAIは340万回のやり取りを行った。', expected: [`1300万回|consistent|${DIST}`, `340万回|consistent|${DIST}`], note: 'related figures' },
  { text: '蒸留には2万の不正アカウントが使われた。', expected: [`2万|differs|${DIST}`] },
  { text: '中国のAI企業は偽のアカウントで米国のモデルの応答を大量に収集し、自社モデルを蒸留した。', expected: [`中国のAI企業は偽のアカウントで米国のモデルの応答を大量に収集し、自社モデルを蒸留|mention|${DIST}`], note: 'described, not named' },

  // overseas-datacenters
  { text: '中国企業が東南アジアのデータセンターから規制対象のチップを借りて使っている。', expected: [`東南アジアのデータセンター|mention|${O}`] },
  { text: 'アリババやバイトダンスはマレーシアのクラウドを通じてエヌビディア製の先端チップを借りている。', expected: [`アリババ|mention|${O}`, `バイトダンス|mention|${O}`] },

  // mythos-firefox
  { text: 'Mythosの支援でFirefoxは4月に423件の修正を出し、2025年の月平均の約20倍だった。', expected: [`423件|consistent|${M}`, `20倍|consistent|${M}`] },
  { text: 'クロードミトスの支援で、ファイアフォックスのセキュリティ修正は月平均の30倍に増えた。', expected: [`30倍|differs|${M}`] },
  { text: 'アンソロピックのClaudeは、ファイアフォックスの脆弱性を271件発見した。', expected: [`271件|consistent|${M}`], note: 'a related figure' },
  { text: 'クロード・ミトスはファイアフォックスで423件のバグを発見した。', expected: [`423件|distorted|${M}`], note: '423 were fixed, 271 found by Mythos' },

  // kimi, the paper, policy asks, open weights
  { text: 'ムーンショットAIのKimi K2.5は、化学兵器や生物兵器に関する要求を拒否しないことが多い。', expected: [`ムーンショットAI|mention|${K}`, `Kimi K2.5|mention|${K}`] },
  { text: 'アンソロピックは報告書「2028年：世界のAIリーダーシップをめぐる2つのシナリオ」を公表した。', expected: [`AIリーダーシップをめぐる2つのシナリオ|mention|${P}`] },
  { text: 'アンソロピックは2025年に報告書「AIリーダーシップをめぐる2つのシナリオ」を発表した。', expected: [`2025年に報告書「AIリーダーシップをめぐる2つのシナリオ」を発表|differs|${P}`], note: 'published in May 2026' },
  { text: '報告書は、密輸の取り締まりや蒸留の犯罪化など3つの政策提言を示し、議会に対応を求めた。', expected: ['3つの政策提言|mention|policy-asks'] },
  { text: 'オープンウェイトのモデルは安全対策を取り除けるため、国家安全保障上のリスクになると指摘した。', expected: ['オープンウェイト|mention|open-weights-liability'] },

  // the same names and numbers elsewhere
  { text: 'Kimiさんは昨日、94%の確率で雨が降ると言った。', expected: [], note: 'Kimi, a person' },
  { text: 'この蒸留所では毎年数千樽のウイスキーを蒸留し、その94%を海外に出荷している。', expected: [], note: 'a distillery' },
];
