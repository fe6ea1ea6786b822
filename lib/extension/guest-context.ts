/**
 * The content script's lifetime, in place of WXT's `ContentScriptContext` (wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this file, so WXT's entry wrapper constructs this one).
 *
 * WXT 0.21.4's context announces every content script to the page (a `window.postMessage` and a
 * CustomEvent on `document`, both named after the extension id) and ends itself when that
 * CustomEvent is dispatched again, which a page can do; its `wxt:locationchange` is likewise an
 * event on `window` that a page can dispatch. This context says nothing to the page and listens
 * to nothing on it: it ends only when the extension itself goes away (its runtime id disappears
 * after an update, reload or uninstall). Navigation is watched by `navigation-watch.ts`.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

type Options = WxtContentScriptContext['options'];

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: Options,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise<T>(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** Listens until the context ends. WXT's page-visible `wxt:*` events are not supported. */
  addEventListener(target: EventTarget, type: string, handler: EventListenerOrEventListenerObject, options?: AddEventListenerOptions): void {
    if (type.startsWith('wxt:')) throw new Error(`${type} is an event a page can dispatch; use navigation-watch.ts`);
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}

/** What WXT's helpers (createShadowRootUi) and our code use of the context: checked by tsc. */
type UsedApi = Pick<
  WxtContentScriptContext,
  'signal' | 'abort' | 'isInvalid' | 'isValid' | 'onInvalidated' | 'block' | 'setInterval' | 'setTimeout' | 'requestAnimationFrame' | 'requestIdleCallback' | 'notifyInvalidated' | 'options'
>;
export const usedApiIsImplemented = (ctx: ContentScriptContext): UsedApi => ctx;
