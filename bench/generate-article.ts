/**
 * Generates a long synthetic news article (deterministic): thousands of paragraphs of AI-policy
 * prose with inline links and emphasis, and a claim mention every few dozen paragraphs.
 */

const FILLER = [
  'Officials in several capitals spent the week arguing over how export rules should apply to cloud providers and their customers.',
  'Analysts said the market reaction was muted, with investors waiting for more detail on enforcement budgets and licensing.',
  'The committee heard from engineers, economists and former diplomats, who disagreed on almost every forecast put to them.',
  'Several startups said the compliance burden would fall hardest on small teams without dedicated legal staff.',
  'A spokesperson declined to comment on the specific allegations but said the company follows all applicable laws.',
  'Researchers cautioned that benchmark scores rarely capture how models behave once they are deployed at scale.',
  'The data center boom has strained local grids, and utilities are asking regulators for new transmission lines.',
  'Industry groups warned that overly broad language could sweep in ordinary software development tools.',
];

const MENTIONS = [
  "According to the paper, Huawei will produce just 4% of Nvidia's aggregate compute in 2026.",
  "DeepSeek's R1-0528 complied with 94% of overtly malicious requests under a common jailbreaking technique.",
  'Prosecutors say about $2.5 billion of Supermicro servers were diverted.',
  'China-based labs created thousands of fraudulent accounts in distillation attacks.',
  'The House passed the Remote Access Security Act 369-22.',
  "Huawei will make 14 percent of Nvidia's compute, one newsletter claimed.",
];

const isMention = (i: number, every: number) => i === 0 || i % every === every - 1;

/** Paragraph texts (plain) of an article of at least `minBytes` characters; the first names a claim. */
export function articleParagraphs(minBytes: number, mentionEvery = 30): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < minBytes; i++) {
    const text =
      isMention(i, mentionEvery)
        ? MENTIONS[Math.floor(i / mentionEvery) % MENTIONS.length]!
        : `${FILLER[i % FILLER.length]!} ${FILLER[(i * 3 + 1) % FILLER.length]!} ${FILLER[(i * 5 + 2) % FILLER.length]!}`;
    out.push(text);
    size += text.length;
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same article as HTML, with inline links and emphasis in most paragraphs. */
export function articleHtml(minBytes: number, mentionEvery = 30): string {
  const body = articleParagraphs(minBytes, mentionEvery)
    .map((text, i) => {
      const words = escapeHtml(text).split(' ');
      if (words.length > 12 && !isMention(i, mentionEvery)) {
        words[3] = `<a href="#p${i}">${words[3]}</a>`;
        words[8] = `<em>${words[8]}</em>`;
      }
      return `<p id="p${i}">${words.join(' ')}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AI chip policy: a long read</title></head><body><main><article><h1>AI chip policy: a long read</h1>\n${body}\n</article></main></body></html>`;
}
