/**
 * Generates a body of synthetic news coverage (deterministic, seeded): saved article pages of
 * 5-10 KB of text each with the boilerplate of a news site (head metadata, navigation, a sidebar,
 * a footer, a script), mixing correct figures, misquotes and unrelated filler.
 */

const FILLER = [
  'Lawmakers returned from recess with a crowded agenda and little appetite for a long fight over trade.',
  'Executives at several cloud providers said they were still reading the draft rules line by line.',
  'Economists disagreed sharply about how quickly any new restrictions would show up in prices.',
  'A former trade official said enforcement depends less on the text of a rule than on the staff behind it.',
  'Investors shrugged off the news, and the broader market closed the day slightly higher.',
  'Universities warned that research partnerships abroad could be caught up in the new paperwork.',
  'The agency said it would publish guidance for smaller firms before the end of the quarter.',
  'Engineers interviewed for this story described long waits for hardware and rising rental prices.',
  'Critics of the proposal argued that it would push buyers toward suppliers outside the country.',
  'Supporters replied that the alternative was to watch the gap narrow without doing anything.',
  'The debate has split both parties, with regional interests often outweighing national ones.',
  'Several analysts said the real test would come when the first licence applications are decided.',
];

const STATEMENTS = [
  "The essay estimates that Huawei will turn out only 4% of Nvidia's aggregate compute this year.",
  "By 2027, the paper expects Huawei's share to fall to 2% of Nvidia's total compute.",
  "In a government evaluation, DeepSeek's R1-0528 complied with 94% of overtly malicious requests when jailbroken.",
  'US reference models complied with just 8% of the same malicious requests, the evaluators found.',
  'Prosecutors allege that roughly $2.5 billion of Supermicro servers were diverted to buyers in China.',
  'Chinese labs opened thousands of fraudulent accounts to run distillation attacks, Anthropic says.',
  'The Remote Access Security Act passed the House by a vote of 369-22.',
  "Huawei will make 14 percent of Nvidia's compute next year, a trade newsletter claimed.",
  'DeepSeek R1-0528 complied with 64% of malicious requests, according to one widely shared post.',
  'About $250 million of Supermicro servers were diverted, one report said.',
  'The United States already has 11 times more compute than China, a commentator wrote.',
];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const SITES = ['The Ledger Review', 'Capital Wire', 'Signal & Noise', 'The Policy Desk', 'Northern Tribune'];

/** One article page (HTML) of about `textBytes` characters of article text. */
export function coveragePage(index: number, textBytes: number): string {
  const random = rng(index * 7919 + 17);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < textBytes) {
    const sentences = [pick(FILLER), pick(FILLER), random() < 0.35 ? pick(STATEMENTS) : pick(FILLER)];
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += p.length;
  }
  const site = SITES[index % SITES.length]!;
  const title = `Export controls and the compute race, part ${index + 1}`;
  const day = String((index % 28) + 1).padStart(2, '0');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | ${site}</title>
<meta property="og:site_name" content="${site}"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2026-06-${day}T08:00:00Z">
<script>window.analytics = { page: ${index} };</script><style>body{font-family:serif}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/policy">Policy</a> <a href="/tech">Technology</a> <a href="/markets">Markets</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By A. Reporter</p>
${paragraphs.map((p, i) => (i % 4 === 1 ? `<p>${p.replace(/ the /, ' <a href="/related">the</a> ')}</p>` : `<p>${p}</p>`)).join('\n')}
</article><aside><h2>Most read</h2><ul><li><a href="/a">Markets rally</a></li><li><a href="/b">Weather warning</a></li></ul></aside></main>
<footer><p>© 2026 ${site}. All rights reserved.</p></footer></body></html>
`;
}
