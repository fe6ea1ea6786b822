/**
 * Single-page-app navigations, detected so that no page event can drive them. Events (the
 * Navigation API's `currententrychange`, `popstate`) are only hints to look at `location`: a
 * navigation is an actual change of the address (its fragment aside), and the callback runs after
 * the app has rendered, at most once per interval. Without the Navigation API (Firefox), the
 * address is compared once a second instead.
 */
import { throttledTask } from './throttled-task';

const SETTLE_MS = 300;
const MIN_INTERVAL_MS = 1000;
const POLL_MS = 1000;

/** The address without its fragment: an in-page anchor is not a navigation. */
function pageAddress(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

export function watchNavigation(onNavigate: () => void, signal: AbortSignal): void {
  let last = pageAddress(location.href);
  const task = throttledTask(onNavigate, { settleMs: SETTLE_MS, minIntervalMs: MIN_INTERVAL_MS }, signal);
  const check = () => {
    const now = pageAddress(location.href);
    if (now === last) return;
    last = now;
    task.request();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
    window.addEventListener('popstate', check, { signal });
  } else {
    const id = setInterval(check, POLL_MS);
    signal.addEventListener('abort', () => clearInterval(id));
  }
}
