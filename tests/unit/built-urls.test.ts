/**
 * The built extension may contain no URL but the facts inventory's, apart from framework-internal
 * ones (XML namespaces, error-decoder and documentation links in library messages).
 * Runs on the build that README's test command makes first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_URLS } from '@/lib/knowledge/allowed-urls';

const FRAMEWORK_URL = [
  /^http:\/\/www\.w3\.org\//, // XML namespaces (React DOM)
  /^https:\/\/react\.dev\/errors\//, // React's production error decoder
  /^https:\/\/wxt\.dev\//, // WXT's own messages
  /^https:\/\/github\.com\/wxt-dev\/wxt\//,
  /^https:\/\/developer\.mozilla\.org\//, // @webext-core/isolated-element's error message
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.each(['chrome-mv3', 'firefox-mv2'])('built extension (%s)', (target) => {
  const dir = resolve('.output', target);
  it.runIf(existsSync(dir))('contains only URLs from the facts inventory or the frameworks', () => {
    const found = new Set<string>();
    for (const file of files(dir).filter((f) => /\.(js|html|json|css)$/.test(f))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/https?:\/\/[A-Za-z0-9./?=_%:#&+-]+/g)) found.add(m[0].replace(/[.,]+$/, ''));
    }
    const unexpected = [...found].filter((url) => !ALLOWED_URLS.includes(url) && !FRAMEWORK_URL.some((re) => re.test(url)));
    expect(unexpected).toEqual([]);
    expect([...found].filter((url) => ALLOWED_URLS.includes(url)).sort()).toEqual([...ALLOWED_URLS].sort());
  });
});
