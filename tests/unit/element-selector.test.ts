// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { uniqueSelector } from '@/lib/dom/element-selector';
import { addTextParents } from '@/lib/dom/text-parents';

/** Every element of the body picks itself out, and nothing else. */
function expectEachPicksItselfOut(): void {
  for (const el of document.body.querySelectorAll('*')) {
    const selector = uniqueSelector(el);
    expect(selector, el.outerHTML).not.toBeNull();
    expect([...document.querySelectorAll(selector!)], selector!).toEqual([el]);
  }
}

describe('uniqueSelector', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('uses an id no other element shares', () => {
    document.body.innerHTML = '<article id="story"><p>One</p><p id="p2">Two <em>three</em></p></article>';
    expect(uniqueSelector(document.getElementById('p2')!)).toBe('#p2');
    expect(uniqueSelector(document.querySelector('#p2 em')!)).toBe('#p2 > em:nth-child(1)');
    expect(uniqueSelector(document.querySelector('#story p')!)).toBe('#story > p:nth-child(1)');
    expectEachPicksItselfOut();
  });

  it('walks positions up to the root when there is no id', () => {
    document.body.innerHTML = '<main><div><h2>Head</h2><p>One</p><p>Two <b>x</b></p></div></main>';
    expect(uniqueSelector(document.querySelector('b')!)).toBe(':root > body:nth-child(2) > main:nth-child(1) > div:nth-child(1) > p:nth-child(3) > b:nth-child(1)');
    expectEachPicksItselfOut();
  });

  it('passes over ids the page repeats', () => {
    document.body.innerHTML = '<section id="dup"><p id="dup">A</p></section><div id="dup"><p class="x">B</p></div><x-card><span>C</span></x-card>';
    expect(uniqueSelector(document.querySelector('p#dup')!)).toBe(':root > body:nth-child(2) > section:nth-child(1) > p:nth-child(1)');
    expect(uniqueSelector(document.querySelector('x-card span')!)).toBe(':root > body:nth-child(2) > x-card:nth-child(3) > span:nth-child(1)');
    expectEachPicksItselfOut();
  });

  it('has none for an element outside the document tree', () => {
    const detached = document.createElement('p');
    detached.append(document.createElement('em'));
    expect(uniqueSelector(detached.firstElementChild!)).toBeNull();
    const host = document.createElement('div');
    document.body.append(host);
    const inShadow = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('p'));
    expect(uniqueSelector(inShadow)).toBeNull();
  });
});

describe('addTextParents', () => {
  it('collects the element of every text node a range touches', () => {
    document.body.innerHTML = '<p id="p">R1-<span>0528</span> took <strong>94</strong>% <em>of</em> them</p>';
    const p = document.getElementById('p')!;
    const range = document.createRange();
    range.setStart(p.querySelector('strong')!.firstChild!, 0);
    range.setEnd(p.childNodes[4]!, 1); // "% " after the strong
    const found = new Set<Element>();
    addTextParents(range, found);
    expect([...found].map((e) => e.localName)).toEqual(['strong', 'p']);
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.querySelector('em')!.firstChild!, 2);
    const all = new Set<Element>();
    addTextParents(range, all);
    expect([...all].map((e) => e.localName)).toEqual(['p', 'span', 'strong', 'em']);
  });
});
