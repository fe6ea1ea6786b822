import { describe, expect, it } from 'vitest';
import { boundHolds, boundStates, figureBound } from '@/lib/matching/figure-bound';

/** The bound on the figure written between brackets in a sentence of our own. */
function boundIn(sentence: string) {
  const start = sentence.indexOf('[');
  const end = sentence.indexOf(']') - 1;
  return figureBound(sentence.replace(/[[\]]/g, ''), start, end);
}

describe('figureBound', () => {
  it('reads the words before or after a figure', () => {
    expect(boundIn('it complied with more than [90%] of them')).toBe('min');
    expect(boundIn('over [20,000] accounts')).toBe('min');
    expect(boundIn('[90%] or more of the requests')).toBe('min');
    expect(boundIn('under [5%] of the compute')).toBe('max');
    expect(boundIn('fewer than [10%] of them')).toBe('max');
    expect(boundIn('nearly [95%] of them')).toBe('near');
    expect(boundIn('just under [95%] of them')).toBe('near');
    expect(boundIn('配合了超过[90%]的恶意请求')).toBe('min');
    expect(boundIn('不到[5%]')).toBe('max');
    expect(boundIn('[90%]以上')).toBe('min');
  });

  it('leaves a plain figure alone, and a word that only contains a bound', () => {
    expect(boundIn('it complied with [94%] of them')).toBeUndefined();
    expect(boundIn('the turnover [4%] rise')).toBeUndefined();
    expect(boundIn('a hangover [2%]')).toBeUndefined();
    expect(boundIn('最近[5%]的用户')).toBeUndefined();
    expect(boundIn('近[95%]的请求')).toBe('near');
  });
});

describe('boundHolds and boundStates', () => {
  it('says whether the source satisfies the bound, and whether the bound is close enough to state it', () => {
    expect(boundHolds('min', 94, 90)).toBe(true);
    expect(boundHolds('min', 94, 95)).toBe(false);
    expect(boundHolds('max', 4, 5)).toBe(true);
    expect(boundHolds('max', 4, 3)).toBe(false);
    expect(boundHolds('near', 94, 95)).toBe(true);
    expect(boundHolds('near', 4, 5)).toBe(false);
    expect(boundStates('min', 94, 90)).toBe(true);
    expect(boundStates('min', 94, 5)).toBe(false);
    expect(boundStates('max', 4, 5)).toBe(true);
    expect(boundStates('max', 4, 10)).toBe(false);
  });
});
