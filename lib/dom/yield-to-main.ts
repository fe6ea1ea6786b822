/**
 * Gives the main thread back between slices of work, with a plain task (a MessageChannel message),
 * which queues behind every task already waiting: the page's own timers and messages, and the
 * extension's events (a switch-off, a settings change).
 *
 * Not scheduler.yield(): its continuation runs ahead of every ordinary task, so a long scan built
 * on it let no ordinary task in until it ended. Measured in Chromium on a 10-20 MB page: a
 * switch-off sent during the first scan took effect only when the scan ended (1.1-1.3 s later) with
 * it, ~0.5 s later with a plain task every 50 ms (an extension event takes several task hops), and
 * a few ms later with a plain task every slice.
 */

let channel: MessageChannel | null = null;
const pending: Array<() => void> = [];

export function yieldToMain(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => pending.shift()?.();
  }
  return new Promise<void>((resolve) => {
    pending.push(resolve);
    channel!.port2.postMessage(null);
  });
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
