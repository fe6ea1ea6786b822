import { KNOWLEDGE } from '@/lib/knowledge';
import { createMatcher } from '@/lib/matching/matcher';
import { CASES } from '../unit/matcher-cases';
const matcher = createMatcher(KNOWLEDGE);
const d = (text: string) => matcher.matchBlock(text).map((m) => `${text.slice(m.start, m.end)}|${m.verdict}|${m.claimIds.join(' ')}`).sort();
for (const c of CASES) {
  const got = d(c.text);
  const want = [...c.expected].sort();
  if (JSON.stringify(got) !== JSON.stringify(want)) console.log(`${c.text}\n   want ${JSON.stringify(want)}\n   got  ${JSON.stringify(got)}`);
}
