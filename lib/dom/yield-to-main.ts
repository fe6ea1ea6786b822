/**
 * Gives the main thread back between slices of work, with a plain task (a MessageChannel message),
 * which queues behind every task already waiting: the page's own timers and messages, and the
 * extension's events (a switch-off, a settings change).
 *
 * Not scheduler.yield(): its continuation runs ahead of every ordinary task, so a long scan built
 * on it let no ordinary task in until it ended. Measured on a 20 MB page in Chromium: a switch-off
 * arriving during the first scan waited for the whole scan (1.2-1.7 s) with it, ~0.5 s with a plain
 * task every 50 ms (an extension event takes several task hops), a few ms with a plain task every slice.
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

/**
 * Resolves once the browser has rendered a frame (then in a task of its own, so the frame is never
 * delayed by what follows), or after `timeout` ms where no frame comes (a hidden tab).
 */
export function afterNextFrame(timeout = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void yieldToMain().then(resolve);
    };
    const timer = setTimeout(finish, timeout);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(finish);
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
