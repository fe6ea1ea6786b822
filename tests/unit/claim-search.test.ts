import { describe, expect, it } from 'vitest';
import { CLAIMS, ENTITIES } from '@/lib/knowledge';
import { createClaimSearch } from '@/lib/claim-search';

const search = createClaimSearch(CLAIMS, ENTITIES);
const first = (q: string) => search.search(q)[0]?.id;

describe('claim search', () => {
  it.each([
    ['Supermicro', 'supermicro-diversion'],
    ['super micro', 'supermicro-diversion'],
    ['Deepseek R1', 'deepseek-r1-0528-jailbreak'],
    ['huawai', 'huawei-compute-share'],
    ['Mythos', 'mythos-firefox'],
    ['369-22', 'remote-access-bill-vote'],
    ['fraudulent accounts', 'distillation-attacks'],
    ['Kimi', 'kimi-k25-cbrn'],
  ])('finds %s', (query, id) => expect(first(query)).toBe(id));

  it('returns nothing for an empty query', () => expect(search.search('  ')).toEqual([]));
});
