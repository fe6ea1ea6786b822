/**
 * Attribution of V8 CPU-profiler samples (CDP `Profiler.stop` output): the time of the samples
 * whose stack holds a frame of an extension's scripts (`chrome-extension://` URLs); the most of
 * that time inside one main-thread task (boundaries from the trace); and the longest stretch of such
 * samples with no gap (which merges slices that follow each other with no other work between).
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
  /**
   * The most extension time inside one main-thread task (task boundaries from the trace), ms: what
   * the extension holds the thread for at a stretch. Work the browser does in the same task on
   * its own account (a frame's style recalc after a script ran) is not counted.
   */
  longestTaskMs: number;
  /** The whole length of that task, ms. */
  longestTaskTotalMs: number;
}

/** A task's boundaries (µs, the profile's clock), from the trace (see trace-tasks.ts). */
interface TaskSpan {
  ts: number;
  dur: number;
}


const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

export function attribute(profile: CpuProfile, tasks: readonly TaskSpan[] = [], top = 12): Attribution {
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
  let time = profile.startTime;
  /** Per task (index into tasks): extension µs sampled inside it. */
  const perTask = new Map<number, number>();
  let taskIndex = 0;
  let longest = 0;
  const self = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    // A sample stands for the time until the next one.
    const us = deltas[i + 1] ?? 0;
    time += deltas[i] ?? 0;
    const node = byId.get(samples[i]!)!;
    // The collector runs on behalf of whichever script allocated: it neither adds nor breaks a run.
    if (node.callFrame.functionName === '(garbage collector)') continue;
    if (counts(samples[i]!)) {
      extensionUs += us;
      run += us;
      while (taskIndex < tasks.length && tasks[taskIndex]!.ts + tasks[taskIndex]!.dur < time) taskIndex++;
      const task = tasks[taskIndex];
      if (task && task.ts <= time) perTask.set(taskIndex, (perTask.get(taskIndex) ?? 0) + us);
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
  let longestTask = { ms: 0, totalMs: 0 };
  for (const [index, us] of perTask) {
    if (us / 1000 > longestTask.ms) longestTask = { ms: us / 1000, totalMs: tasks[index]!.dur / 1000 };
  }
  return {
    extensionMs: extensionUs / 1000,
    longestRunMs: longest / 1000,
    hottest,
    longestTaskMs: Number(longestTask.ms.toFixed(1)),
    longestTaskTotalMs: Number(longestTask.totalMs.toFixed(1)),
  };
}
