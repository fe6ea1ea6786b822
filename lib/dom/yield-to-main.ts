/**
 * Gives the main thread back between slices of work: scheduler.yield() where it exists, with a
 * plain task at least every MAX_PRIORITY_CHAIN_MS.
 *
 * Why both: a scheduler.yield() continuation runs ahead of every ordinary task, so a long scan
 * that only ever used it let no ordinary task in until it ended: the page's own timers and
 * messages, and the extension's events (a switch-off arriving during the first scan of a 10 MB
 * page waited for the whole scan). A plain task (a MessageChannel message) queues behind what is
 * already waiting, so everything queued gets its turn.
 */

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Longest run of prioritised yields before a plain one lets queued tasks in (the long-task threshold). */
export const MAX_PRIORITY_CHAIN_MS = 50;

let channel: MessageChannel | null = null;
const pending: Array<() => void> = [];
let lastPlainYield = -Infinity;

function viaMessageChannel(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => pending.shift()?.();
  }
  return new Promise<void>((resolve) => {
    pending.push(resolve);
    channel!.port2.postMessage(null);
  });
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  const now = performance.now();
  if (scheduler?.yield && now - lastPlainYield < MAX_PRIORITY_CHAIN_MS) return scheduler.yield();
  lastPlainYield = now;
  return viaMessageChannel();
}

/** Budget of one slice of work, well under the 50 ms long-task threshold. */
export const SLICE_MS = 12;

/** Resolves when the browser is idle (or after `timeout` ms), so work starts after the page settles. */
export function whenIdle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 50);
  });
}
