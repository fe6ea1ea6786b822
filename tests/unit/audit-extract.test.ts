/** Article text from saved pages (Readability on linkedom) and from plain text and Markdown. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '@/cli/extract-html';
import { plainTextBlocks } from '@/lib/audit/plain-text-blocks';

const PARAGRAPH = 'Officials in three capitals argued all week about how far the new licensing rules for AI chips should reach into cloud services.';

const page = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('extractHtml', () => {
  it('reads the article as a reader sees it, with title, site and date, leaving out navigation and scripts', () => {
    const html = page(
      `<nav><a href="/">Home</a><a href="/world">World news</a></nav>
       <article><h1>Chips and the race</h1>
       <p>${PARAGRAPH}</p><p>Analysts expect the paper's estimate, that Huawei will make 4% of Nvidia's compute, to be quoted for months.</p>
       <p>${PARAGRAPH}</p><script>var x = "Huawei will make 90% of Nvidia's compute";</script></article>
       <footer>Copyright 2026, subscribe now</footer>`,
      '<title>Chips and the race | Daily Example</title><meta property="og:site_name" content="Daily Example"><meta property="article:published_time" content="2026-05-21T09:00:00Z">',
    );
    const a = extractHtml(html);
    expect(a.readable).toBe(true);
    expect(a.site).toBe('Daily Example');
    expect(a.date).toBe('2026-05-21T09:00:00Z');
    expect(a.title).toMatch(/Chips and the race/);
    expect(a.blocks).toContain("Analysts expect the paper's estimate, that Huawei will make 4% of Nvidia's compute, to be quoted for months.");
    expect(a.blocks.join('\n')).not.toMatch(/90%|Home|subscribe/);
  });

  it('reads a table row as one block, across its cells', () => {
    const a = extractHtml(page(`<article><p>${PARAGRAPH}</p><table><tr><td>House vote on the bill</td><td>369-22</td></tr></table><p>${PARAGRAPH}</p></article>`));
    expect(a.blocks).toContain('House vote on the bill | 369-22');
  });

  it('recovers the text of broken markup and of a fragment without <html> or <body>', () => {
    const broken = extractHtml('<div><h2>Unclosed heading<p>DeepSeek R1-0528 complied with 94% of malicious requests.<p>Second <b>bold <i>line</div></b>');
    expect(broken.blocks.join(' ')).toMatch(/DeepSeek R1-0528 complied with 94% of malicious requests\./);
    expect(broken.blocks.join(' ')).toMatch(/Second bold line/);
    expect(extractHtml('just words, no tags').blocks).toEqual(['just words, no tags']);
  });

  it('yields no blocks for a page with no text', () => {
    expect(extractHtml(page('<div><img src="a.png"><script>1</script></div>')).blocks).toEqual([]);
    expect(extractHtml('').blocks).toEqual([]);
  });
});

describe('plainTextBlocks', () => {
  it('splits plain text into paragraphs and takes a short first line as the title', () => {
    const a = plainTextBlocks('Morning digest\n\nFirst paragraph, on\ntwo lines.\n\n\nSecond one.\n', false);
    expect(a).toEqual({ title: 'Morning digest', blocks: ['Morning digest', 'First paragraph, on two lines.', 'Second one.'] });
  });

  it('drops Markdown markup and keeps the words', () => {
    const md = '# The *real* numbers\n\nHuawei makes **4%** of [Nvidia’s compute](https://example.com).\n- a `list` item\n\n```\ncode 94%\n```\n\n> quoted 8%';
    const a = plainTextBlocks(md, true);
    expect(a.title).toBe('The real numbers');
    expect(a.blocks).toEqual(['The real numbers', 'Huawei makes 4% of Nvidia’s compute.', 'a list item', 'quoted 8%']);
  });
});
