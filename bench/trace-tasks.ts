/**
 * Main-thread tasks read from a Chrome trace (CDP `Tracing`), for attributing the CPU profiler's
 * extension samples to the tasks that ran them. A content script that yields between slices runs
 * many short tasks back to back; the profile alone cannot see where one task ends and the next
 * begins, the trace's `RunTask` events can. The profile and the trace share the same clock (µs).
 */
import { attribute, type CpuProfile } from './cpu-profile';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: unknown };
}

export interface Task {
  /** Start, µs on the trace clock (the profile's clock too). */
  ts: number;
  dur: number;
}

/** Categories the bench records: task boundaries, style recalcs, thread names, performance marks. */
export const TRACE_CATEGORIES = ['__metadata', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing'];

/** The renderer process that recorded one of `marks` (performance.mark names), or null. */
export function rendererOf(events: readonly TraceEvent[], marks: readonly string[]): number | null {
  return events.find((e) => marks.includes(e.name))?.pid ?? null;
}

function mainThread(events: readonly TraceEvent[], pid: number): number | null {
  return events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid ?? null;
}

/** The top-level tasks of a renderer's main thread (nested RunTasks folded into their parent), in order. */
export function mainThreadTasks(events: readonly TraceEvent[], pid: number): Task[] {
  const tid = mainThread(events, pid);
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
    .map((e) => ({ ts: e.ts, dur: e.dur! }))
    .sort((a, b) => a.ts - b.ts);
  const top: Task[] = [];
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts >= end) {
      top.push(t);
      end = t.ts + t.dur;
    }
  }
  return top;
}

/** Style recalculations (`UpdateLayoutTree`) on a renderer's main thread after `from` (µs), longest first. */
export function styleRecalcs(events: readonly TraceEvent[], pid: number, from: number): Task[] {
  const tid = mainThread(events, pid);
  return events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'UpdateLayoutTree' && e.ts >= from && e.dur !== undefined)
    .map((e) => ({ ts: e.ts, dur: e.dur! }))
    .sort((a, b) => b.dur - a.dur);
}

/** The trace clock time (µs) of the first `name` mark or measure, if recorded. */
export function markTime(events: readonly TraceEvent[], name: string): number | null {
  return events.find((e) => e.name === name)?.ts ?? null;
}

/** The CDP calls this module needs (a Playwright CDPSession fits). */
interface CdpLike {
  send(method: string, params?: object): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): unknown;
  once(event: string, listener: (payload: unknown) => void): unknown;
}

/**
 * Starts the CPU profiler and a trace on a page's CDP session; `stop()` returns both: the profile
 * for attributing samples, the trace for task boundaries (see `attribute` in cpu-profile.ts).
 */
export async function startProfileAndTrace(cdp: CdpLike, samplingUs: number): Promise<{ stop: () => Promise<{ profile: CpuProfile; events: TraceEvent[] }> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (payload) => events.push(...(payload as { value: TraceEvent[] }).value));
  const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: samplingUs });
  await cdp.send('Profiler.start');
  return {
    stop: async () => {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      await cdp.send('Tracing.end');
      await traced;
      return { profile, events };
    },
  };
}

/** The most extension time (ms) inside one main-thread task of the page, from a profile and a trace. */
export function longestExtensionTaskMs(profile: CpuProfile, events: readonly TraceEvent[], marks: readonly string[]): number {
  const renderer = rendererOf(events, marks);
  return attribute(profile, renderer === null ? [] : mainThreadTasks(events, renderer)).longestTaskMs;
}
