/**
 * The popover's home: a shadow-root UI (WXT's helper) hung on <html>, outside the page's <body>.
 * Its React renderer is a separate chunk (popover-ui.js), imported when the first card opens.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import popoverCss from '@/components/popover/popover.css?inline';
import type { OpenFinding } from '@/components/popover/PopoverLayer';
import type { PopoverRenderer } from '@/components/popover/render-popover';
import type { UiLanguageSetting } from '@/lib/settings/settings';

/**
 * The host is a plain <div> (marked with this attribute), not a custom element: a page may define
 * any custom element name first and take over its constructor, never a built-in element's.
 */
export const POPOVER_HOST_ATTRIBUTE = 'data-countersignal-ui';
/** The lazily loaded renderer chunk (built by wxt.config.ts, listed in web_accessible_resources). */
export const POPOVER_CHUNK = 'popover-ui.js';

export interface PopoverCallbacks {
  onClose(): void;
  onOpenSummary(claimId: string): void;
  onCardHover(inside: boolean): void;
}

type RendererModule = { createPopoverRenderer(container: HTMLElement): PopoverRenderer };

export class PopoverUi {
  private ui: ShadowRootContentScriptUi<PopoverRenderer> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<PopoverRenderer>> | null = null;
  private state: { open: OpenFinding | null; focusOnOpen: boolean } = { open: null, focusOnOpen: false };
  private counterSignalsOpen = true;
  private language: UiLanguageSetting = 'auto';
  private disposed = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly callbacks: PopoverCallbacks,
  ) {}

  /** The host element, once created (the annotator never reads inside it). */
  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  get isOpen(): boolean {
    return this.state.open !== null;
  }

  setCounterSignalsOpen(open: boolean): void {
    this.counterSignalsOpen = open;
    this.render();
  }

  setLanguage(language: UiLanguageSetting): void {
    this.language = language;
    this.render();
  }

  async show(open: OpenFinding, focusOnOpen: boolean): Promise<void> {
    this.state = { open, focusOnOpen };
    await this.ensure();
    this.render();
  }

  hide(): void {
    if (!this.state.open) return;
    this.state = { open: null, focusOnOpen: false };
    this.render();
  }

  /** Whether an event target is inside the popover (events from the shadow root are retargeted to the host). */
  contains(target: EventTarget | null): boolean {
    return !!this.ui && target instanceof Node && this.ui.shadowHost.contains(target);
  }

  dispose(): void {
    this.disposed = true;
    this.ui?.remove();
    this.ui = null;
    this.state = { open: null, focusOnOpen: false };
  }

  private render(): void {
    this.ui?.mounted?.render({
      open: this.state.open,
      focusOnOpen: this.state.focusOnOpen,
      counterSignalsOpen: this.counterSignalsOpen,
      language: this.language,
      onClose: this.callbacks.onClose,
      onOpenSummary: this.callbacks.onOpenSummary,
      onCardHover: this.callbacks.onCardHover,
    });
  }

  private ensure(): Promise<ShadowRootContentScriptUi<PopoverRenderer>> {
    if (this.ui && !this.ui.shadowHost.isConnected) {
      // The page removed the host: put it back, with a fresh renderer.
      this.ui.remove();
      this.ui.mount();
    }
    if (this.ui) return Promise.resolve(this.ui);
    this.creating ??= this.create();
    return this.creating;
  }

  private async create(): Promise<ShadowRootContentScriptUi<PopoverRenderer>> {
    const url = (browser.runtime.getURL as (path: string) => string)(`/${POPOVER_CHUNK}`);
    const module = (await import(/* @vite-ignore */ url)) as RendererModule;
    const ui = await createShadowRootUi<PopoverRenderer>(this.ctx, {
      name: 'div',
      position: 'inline',
      // On <html>, after <body>: never inside the page's own tree, so body.innerHTML is untouched.
      anchor: () => document.documentElement,
      append: 'last',
      mode: 'open',
      css: popoverCss,
      onMount(container, _shadow, host) {
        // A zero-size fixed layer: no layout shift, whatever the page's CSS says about elements.
        const style: Array<[string, string]> = [
          ['position', 'fixed'],
          ['top', '0'],
          ['left', '0'],
          ['width', '0'],
          ['height', '0'],
          ['z-index', '2147483647'],
          ['display', 'block'],
          ['overflow', 'visible'],
        ];
        for (const [prop, value] of style) host.style.setProperty(prop, value, 'important');
        host.setAttribute(POPOVER_HOST_ATTRIBUTE, 'popover');
        container.className = 'cs-layer';
        return module.createPopoverRenderer(container);
      },
      onRemove(renderer) {
        renderer?.unmount();
      },
    });
    if (this.disposed) {
      ui.remove();
      throw new Error('disposed');
    }
    ui.mount();
    this.ui = ui;
    return ui;
  }
}
