/** Gives the main thread back to the page between slices of work: scheduler.yield() where it exists. */

type SchedulerWithYield = { yield?: () => Promise<void> };

let channel: MessageChannel | null = null;
const pending: Array<() => void> = [];

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
      void viaMessageChannel().then(resolve);
    };
    const timer = setTimeout(finish, timeout);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(finish);
  });
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
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
