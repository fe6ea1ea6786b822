/**
 * A very large generated news page about AI chips, with claims from the paper spread evenly through
 * it, few enough that every one is painted (within the per-claim cap), so highlights keep
 * appearing until the scan ends. Sentences in our own words.
 */
const CLAIMS = [
  'The essay expects Huawei to make only 4% of the aggregate compute Nvidia makes in 2026.',
  'A newsletter claimed that Huawei would make 14 percent of Nvidia compute next year.',
  'In a government test, DeepSeek R1-0528 went along with 94% of overtly malicious requests.',
  'Prosecutors say some $2.5 billion of servers with Nvidia GPUs went through a Southeast Asian firm in the Supermicro case.',
  'The House passed the Remote Access Security Act by 369-22.',
  'Only 3 of 13 top Chinese labs publish safety evaluations, the paper says.',
];
const FILLER =
  'Policy makers in several capitals keep weighing how export rules on advanced accelerators shape the plans of cloud builders, model developers and the grid operators who must power new data halls, while analysts argue about which of these levers matters most over the coming years and how quickly any of them can move.';
/** Times each claim is stated: under the 40 highlights a claim's figures get. */
const REPEATS = 30;

/** The page's HTML, about `bytes` long. */
export function hugePageHtml(bytes: number): string {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AI chips, export controls and compute: a very long page</title></head><body><main><h1>AI chips and export controls</h1>\n';
  const parts = [head];
  let size = head.length;
  const paragraphs = Math.ceil((bytes - size) / `<p>${FILLER}</p>\n`.length);
  const claimEvery = Math.max(1, Math.floor(paragraphs / (REPEATS * CLAIMS.length)));
  for (let i = 0; size < bytes; i++) {
    const claim = i % claimEvery === 0 ? `${CLAIMS[(i / claimEvery) % CLAIMS.length]} ` : '';
    const p = `<p>${claim}${FILLER}</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</main></body></html>\n');
  return parts.join('');
}
