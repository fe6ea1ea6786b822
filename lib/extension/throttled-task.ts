/**
 * Runs a task after things settle, at most once per interval, however often it is requested:
 * requests that arrive while one is pending join it (trailing). What a page can trigger
 * (navigations, attribute changes) goes through this, so a page cannot make us work in a loop.
 */
export interface ThrottledTask {
  request(): void;
  cancel(): void;
}

export function throttledTask(run: () => void, { settleMs, minIntervalMs }: { settleMs: number; minIntervalMs: number }, signal?: AbortSignal): ThrottledTask {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastRun = -Infinity;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  signal?.addEventListener('abort', cancel);
  return {
    request() {
      if (timer !== null || signal?.aborted) return;
      const wait = Math.max(settleMs, lastRun + minIntervalMs - performance.now());
      timer = setTimeout(() => {
        timer = null;
        lastRun = performance.now();
        run();
      }, wait);
    },
    cancel,
  };
}
