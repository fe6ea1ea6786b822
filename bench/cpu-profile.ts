/**
 * Attribution of V8 CPU-profiler samples (CDP `Profiler.stop` output): the time of the samples
 * whose stack holds a frame of an extension's scripts (`chrome-extension://` URLs), and the
 * longest stretch of such samples with no gap (a lower bound on the extension's longest task).
 */

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Attribution {
  /** Milliseconds of samples with an extension frame on the stack. */
  extensionMs: number;
  /** Longest run of consecutive extension samples, in milliseconds. */
  longestRunMs: number;
  /** Self time of the extension's hottest functions (for finding where the time goes). */
  hottest: Array<{ fn: string; ms: number }>;
}

const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

export function attribute(profile: CpuProfile, top = 12): Attribution {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // A node counts when it, or any ancestor, is a frame of an extension script.
  const inExtension = new Map<number, boolean>();
  const counts = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const p = parent.get(id);
    const value = isExtensionUrl(node.callFrame.url) || (p !== undefined && counts(p));
    inExtension.set(id, value);
    return value;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let extensionUs = 0;
  let run = 0;
  let longest = 0;
  const self = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    // A sample stands for the time until the next one.
    const us = deltas[i + 1] ?? 0;
    const node = byId.get(samples[i]!)!;
    // The collector runs on behalf of whichever script allocated: it neither adds nor breaks a run.
    if (node.callFrame.functionName === '(garbage collector)') continue;
    if (counts(samples[i]!)) {
      extensionUs += us;
      run += us;
      longest = Math.max(longest, run);
      const f = node.callFrame;
      const name = `${f.functionName || '(anonymous)'} ${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}`;
      self.set(name, (self.get(name) ?? 0) + us);
    } else run = 0;
  }
  const hottest = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, us]) => ({ fn, ms: Number((us / 1000).toFixed(1)) }));
  return { extensionMs: extensionUs / 1000, longestRunMs: longest / 1000, hottest };
}
