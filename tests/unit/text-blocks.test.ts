// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { rangeFor, readBlocks } from '@/lib/dom/text-blocks';

describe('block reader', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <article>
        <h1>Title <em>here</em></h1>
        <p id="p">DeepSeek's R1-<span>0528</span> complied with <strong>94</strong>% of requests.</p>
        <table><tr><td>US compute vs China</td><td>about <b>11x</b></td></tr></table>
        <textarea>94% hidden</textarea>
        <div contenteditable="true"><p>editable 94%</p></div>
        <section data-countersignal="off"><p>opted out 94%</p></section>
        <p>line one<br>line two</p>
      </article>`;
  });

  it('reads blocks, a table row as one block across cells, and skips what it must', () => {
    const texts = readBlocks(document.body).map((b) => b.text.trim());
    expect(texts).toEqual([
      'Title here',
      "DeepSeek's R1-0528 complied with 94% of requests.",
      'US compute vs China | about 11x',
      'line one\nline two',
    ]);
  });

  it('maps block offsets to ranges across inline elements', () => {
    const block = readBlocks(document.body).find((b) => b.container.id === 'p')!;
    const at = (s: string) => block.text.indexOf(s);
    expect(rangeFor(block, at('94%'), at('94%') + 3)!.toString()).toBe('94%');
    expect(rangeFor(block, at('R1-0528'), at('R1-0528') + 7)!.toString()).toBe('R1-0528');
  });

  it('never reads inside a skipped subtree, even when asked to start there', () => {
    const editable = document.querySelector('[contenteditable] p')!;
    expect(readBlocks(editable)).toEqual([]);
    expect(readBlocks(document.querySelector('[data-countersignal="off"]')!)).toEqual([]);
  });
});
