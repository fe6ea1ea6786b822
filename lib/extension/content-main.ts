/**
 * The content script's feature: decides whether Countersignal runs on this page, and wires the
 * annotator, the popover, the keyboard, and the reports to the background. Everything it adds is
 * torn down through one AbortSignal when the site is switched off.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { KNOWLEDGE } from '../knowledge';
import { createMatcher, type Matcher } from '../matching/matcher';
import { summarizeMentions, type PageReport, type PageStatus } from '../page-report';
import { isEnabledFor, type Settings } from '../settings/settings';
import { HoverIntent } from '../hover-intent';
import { Annotator, type Finding, type PaintedFinding } from '../dom/annotator';
import { highlightsSupported } from '../dom/highlight-painter';
import { whenIdle, yieldToMain } from '../dom/yield-to-main';
import { isOwnSender, sendToBackground, type ContentRequest } from './messages';
import { watchNavigation } from './navigation-watch';
import { throttledTask } from './throttled-task';
import { PopoverUi } from './popover-ui';
import { loadSettings, watchSettings } from './settings-store';

/** The whole page opts out with data-countersignal="off" on <html> or <body>. */
function pageOptedOut(doc: Document): boolean {
  return doc.documentElement.dataset.countersignal === 'off' || doc.body?.dataset.countersignal === 'off';
}

/** How often a page changing data-countersignal inside its body can make us read it again. */
const OPT_OUT_RESCAN = { settleMs: 50, minIntervalMs: 1000 };

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName);
}

function reportFor(status: PageStatus, findings: readonly Finding[]): PageReport {
  return {
    url: location.href,
    host: location.hostname,
    status,
    claims: summarizeMentions(findings.map((f) => f.mention)),
    mentions: findings.length,
  };
}

/** One running instance on a page: created when enabled, disposed when switched off. */
class PageFeature {
  private readonly controller = new AbortController();
  readonly annotator: Annotator;
  private readonly popover: PopoverUi;
  private readonly intent: HoverIntent<PaintedFinding>;
  private returnFocus: Element | null = null;
  private focusNextCard = false;
  private pointer = { x: 0, y: 0, frame: 0 };

  constructor(
    ctx: ContentScriptContext,
    matcher: Matcher,
    private settings: Settings,
    onReport: (report: PageReport) => void,
  ) {
    this.popover = new PopoverUi(ctx, {
      onClose: () => this.close(true),
      onOpenSummary: (claimId) => void sendToBackground({ type: 'open-summary', claimId }),
      onCardHover: (inside) => this.intent.cardHover(inside),
    });
    this.popover.setCounterSignalsOpen(settings.counterSignals === 'expanded');
    this.popover.setLanguage(settings.language);
    this.intent = new HoverIntent<PaintedFinding>(
      {
        open: (f) => {
          void this.popover.show(f, this.focusNextCard);
          this.focusNextCard = false;
        },
        close: () => this.popover.hide(),
      },
      (a, b) => a.id === b.id,
    );
    this.annotator = new Annotator(document, {
      matcher,
      highlightStyle: settings.highlightStyle,
      ownHost: () => this.popover.host,
      onScan: (status, findings) => {
        // A card whose text the page removed has nothing to point at any more.
        const open = this.intent.current;
        if (open && !findings.some((f) => f.id === open.id)) this.close(false);
        onReport(reportFor(status, findings));
      },
    });
    this.listen();
  }

  start(): Promise<void> {
    return this.annotator.start();
  }

  update(settings: Settings): void {
    this.settings = settings;
    this.annotator.setHighlightStyle(settings.highlightStyle);
    this.popover.setCounterSignalsOpen(settings.counterSignals === 'expanded');
    this.popover.setLanguage(settings.language);
  }

  /** Scrolls to a claim's first painted mention, flashes it and opens its card with focus. */
  showClaim(claimId: string): boolean {
    const finding = this.annotator.shownFindings().find((f) => f.mention.claimIds.includes(claimId));
    if (!finding) return false;
    this.reveal(finding);
    return true;
  }

  dispose(): void {
    this.controller.abort();
    this.intent.dispose();
    this.popover.dispose();
    this.annotator.dispose();
  }

  /** Opens a card at once (click, keyboard, "show on page"); with focus inside it for the keyboard. */
  private open(finding: PaintedFinding, focus: boolean, pin: boolean): void {
    if (focus && !this.popover.contains(document.activeElement)) this.returnFocus = document.activeElement;
    this.focusNextCard = focus;
    this.intent.openNow(finding, pin);
  }

  private close(restoreFocus: boolean): void {
    this.intent.closeNow();
    this.popover.hide();
    if (restoreFocus && this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected) {
      this.returnFocus.focus({ preventScroll: true });
    }
    this.returnFocus = null;
  }

  private reveal(finding: PaintedFinding): void {
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    finding.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
    this.annotator.highlighter.flash(finding.range, 1500, this.controller.signal);
    this.open(finding, true, true);
  }

  private step(direction: 1 | -1): void {
    const all = this.annotator.shownFindings();
    if (!all.length) return;
    const current = this.intent.current;
    let index = current ? all.findIndex((f) => f.id === current.id) : -1;
    if (index < 0) {
      // Start from the first finding below the top of the viewport (or the last above it).
      const firstVisible = all.findIndex((f) => f.range.getBoundingClientRect().top >= 0);
      index = direction === 1 ? (firstVisible < 0 ? all.length : firstVisible) - 1 : firstVisible < 0 ? all.length : firstVisible;
    }
    const next = all[(index + direction + all.length) % all.length]!;
    this.reveal(next);
  }

  private listen(): void {
    const { signal } = this.controller;
    document.addEventListener(
      'pointermove',
      (e) => {
        // Only the person acts: events a page script makes (isTrusted false) are ignored.
        if (!e.isTrusted || e.pointerType === 'touch' || this.settings.openOn !== 'hover') return;
        if (this.popover.contains(e.target)) return;
        this.pointer.x = e.clientX;
        this.pointer.y = e.clientY;
        if (this.pointer.frame) return;
        this.pointer.frame = requestAnimationFrame(() => {
          this.pointer.frame = 0;
          this.intent.pointerAt(this.annotator.findingAt(this.pointer.x, this.pointer.y));
        });
      },
      { passive: true, signal },
    );
    document.addEventListener(
      'click',
      (e) => {
        if (!e.isTrusted || this.popover.contains(e.target)) return;
        const finding = this.annotator.findingAt(e.clientX, e.clientY);
        if (finding) this.open(finding, false, true);
        else if (this.popover.isOpen) this.close(false);
      },
      { signal },
    );
    window.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted) return;
        if (e.key === 'Escape' && this.popover.isOpen) {
          this.close(true);
          return;
        }
        if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
        if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
        if (isEditable(e.target) && !this.popover.contains(e.target)) return;
        e.preventDefault();
        this.step(e.key === 'ArrowRight' ? 1 : -1);
      },
      { capture: true, signal },
    );
    signal.addEventListener('abort', () => cancelAnimationFrame(this.pointer.frame));
  }
}

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  let matcher: Matcher | null = null;
  let feature: PageFeature | null = null;
  let settings = await loadSettings();

  // The page's report, sent to the background (a page we leave alone learns nothing: no mark).
  let lastReport: PageReport | null = null;
  const send = (report: PageReport) => {
    lastReport = report;
    void sendToBackground({ type: 'page-report', report });
  };
  const report = (status: PageStatus) => send(reportFor(status, []));

  // Never awaits the scan: a switch-off or an opt-out during the first scan takes effect at once.
  const wanted = () => highlightsSupported() && isEnabledFor(location.hostname, settings) && !pageOptedOut(document);
  const apply = () => {
    const supported = highlightsSupported();
    const enabled = wanted();
    if (enabled && !feature) {
      matcher ??= createMatcher(KNOWLEDGE);
      lastReport = reportFor('scanning', []);
      feature = new PageFeature(ctx, matcher, settings, send);
      void feature.start();
    } else if (!enabled && feature) {
      feature.dispose();
      feature = null;
      report('disabled');
    } else if (feature) {
      feature.update(settings);
    } else {
      report(supported ? 'disabled' : 'unsupported');
    }
  };

  // Settings are watched from the start, so a change during the wait or the first scan is not missed.
  let started = false;
  const unwatch = watchSettings((next) => {
    settings = next;
    if (started && ctx.isValid) apply();
  });
  ctx.onInvalidated(() => {
    unwatch();
    feature?.dispose();
    feature = null;
  });

  // Answers the background and the popup from the start.
  const onMessage = (message: unknown, sender: Parameters<typeof isOwnSender>[0]) => {
    if (!isOwnSender(sender) || typeof message !== 'object' || message === null) return undefined;
    const request = message as ContentRequest;
    if (request.type === 'show-claim') return Promise.resolve({ shown: feature?.showClaim(request.claimId) ?? false });
    // What was last reported (the background asks after every load in the tab).
    if (request.type === 'get-report') return Promise.resolve(lastReport ?? reportFor('scanning', []));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // Highlights only after the page has settled: document_idle, then an idle callback (never during hydration).
  await whenIdle();
  if (!ctx.isValid) return;
  // The matcher's set-up (its patterns and indexes) gets a task of its own, and only on a page we read.
  if (wanted()) {
    matcher = createMatcher(KNOWLEDGE);
    await yieldToMain();
    if (!ctx.isValid) return;
  }
  started = true;
  apply();

  // A single-page-app navigation (an actual change of address): read the page afresh.
  watchNavigation(() => void feature?.annotator.rescan(), ctx.signal);
  // The page's own say, at any time: data-countersignal="off" on <html>/<body> switches us off at
  // once; set or removed inside, the page is read again (throttled, so toggling cannot loop us).
  const reread = throttledTask(() => (feature ? void feature.annotator.rescan() : apply()), OPT_OUT_RESCAN, ctx.signal);
  const optOut = new MutationObserver(() => {
    if (feature && pageOptedOut(document)) apply();
    else reread.request();
  });
  optOut.observe(document.documentElement, { attributes: true, attributeFilter: ['data-countersignal'], subtree: true });
  ctx.onInvalidated(() => optOut.disconnect());
}
