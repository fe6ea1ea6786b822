// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { rangeFor, readBlocks } from '@/lib/dom/text-blocks';
import { textPieces } from '@/lib/dom/text-pieces';

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

  it('reads a plain block whole, and maps offsets over every text node it holds', () => {
    document.body.innerHTML = '<p id="q">Huawei <a href="#">makes</a>\n <em>4%</em> of it.</p>';
    const [block] = readBlocks(document.body);
    expect(block!.text).toBe('Huawei makes\n 4% of it.');
    const at = block!.text.indexOf('4%');
    expect(rangeFor(block!, at, at + 2)!.toString()).toBe('4%');
  });

  it('finds nothing to point at once the page has changed a block after it was read', () => {
    document.body.innerHTML = '<p>Nvidia ships <b>11x</b> more.</p>';
    const [block] = readBlocks(document.body);
    document.querySelector('b')!.textContent = '12x';
    expect(rangeFor(block!, 0, 6)).toBeNull();
  });
});

describe('text pieces', () => {
  it('cuts long text at a sentence end or space, each piece bounded, covering it all', () => {
    const text = 'Nvidia ships more. '.repeat(2000) + 'x'.repeat(20000);
    const pieces = textPieces(text, 8000);
    expect(pieces[0]![0]).toBe(0);
    expect(pieces.at(-1)![1]).toBe(text.length);
    for (const [i, [s, e]] of pieces.entries()) {
      expect(e - s).toBeLessThanOrEqual(8000);
      if (i) expect(s).toBe(pieces[i - 1]![1]);
    }
    expect(text.slice(0, pieces[0]![1]).endsWith('. ')).toBe(true);
  });
});

