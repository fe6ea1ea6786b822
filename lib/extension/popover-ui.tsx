/**
 * The popover's home: a shadow-root UI (WXT's helper) hung on <html>, outside the page's <body>,
 * with a React root rendered into it when the first card opens.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import popoverCss from '@/components/popover/popover.css?inline';
import { PopoverLayer, type OpenFinding } from '@/components/popover/PopoverLayer';

export const POPOVER_HOST_NAME = 'countersignal-popover';

export interface PopoverCallbacks {
  onClose(): void;
  onOpenSummary(claimId: string): void;
  onCardHover(inside: boolean): void;
}

export class PopoverUi {
  private ui: ShadowRootContentScriptUi<Root> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<Root>> | null = null;
  private state: { open: OpenFinding | null; focusOnOpen: boolean } = { open: null, focusOnOpen: false };
  private counterSignalsOpen = true;

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
    this.ui?.remove();
    this.ui = null;
    this.creating = null;
    this.state = { open: null, focusOnOpen: false };
  }

  private render(): void {
    const root = this.ui?.mounted;
    if (!root) return;
    root.render(
      <PopoverLayer
        open={this.state.open}
        focusOnOpen={this.state.focusOnOpen}
        counterSignalsOpen={this.counterSignalsOpen}
        onClose={this.callbacks.onClose}
        onOpenSummary={this.callbacks.onOpenSummary}
        onCardHover={this.callbacks.onCardHover}
      />,
    );
  }

  private ensure(): Promise<ShadowRootContentScriptUi<Root>> {
    if (this.ui) return Promise.resolve(this.ui);
    this.creating ??= createShadowRootUi<Root>(this.ctx, {
      name: POPOVER_HOST_NAME,
      position: 'inline',
      // On <html>, after <body>: never inside the page's own tree, so body.innerHTML is untouched.
      anchor: () => document.documentElement,
      append: 'last',
      mode: 'open',
      css: popoverCss,
      onMount(container, _shadow, host) {
        // A zero-size fixed layer: no layout shift, whatever the page's CSS says about elements.
        for (const [prop, value] of [
          ['position', 'fixed'],
          ['top', '0'],
          ['left', '0'],
          ['width', '0'],
          ['height', '0'],
          ['z-index', '2147483647'],
          ['display', 'block'],
          ['overflow', 'visible'],
        ]) {
          host.style.setProperty(prop!, value!, 'important');
        }
        container.className = 'cs-layer';
        return createRoot(container);
      },
      onRemove(root) {
        root?.unmount();
      },
    }).then((ui) => {
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.creating;
  }
}
