/**
 * Finds the paper's figures on the page and paints them, without ever changing the page's DOM:
 * text is read with a TreeWalker, mentions become live Ranges painted with the CSS Custom
 * Highlight API. A batched MutationObserver re-reads only the blocks a framework changed, so React
 * or Next.js re-renders never meet a node the extension moved (there is none).
 */
import type { Matcher, Mention } from '../matching/matcher';
import { HighlightPainter, type HighlightStyle } from './highlight-painter';
import { BLOCK_SELECTOR, blockOf, createBlockReader, rangeFor, readBlocks, type TextBlock } from './text-blocks';
import { SLICE_MS, yieldToMain } from './yield-to-main';

export interface Finding {
  readonly id: number;
  readonly mention: Mention;
  readonly container: Element;
  readonly range: Range;
  /** False when the per-claim cap kept it from being painted (it still counts). */
  readonly shown: boolean;
}

export type ScanStatus = 'scanned' | 'not-relevant';

export interface AnnotatorOptions {
  matcher: Matcher;
  highlightStyle: HighlightStyle;
  /** The extension's own UI host, never read. */
  ownHost?: () => Element | null;
  /** Called after every completed scan, full or incremental. */
  onScan?: (status: ScanStatus, findings: readonly Finding[]) => void;
}

/** Marked after each completed scan of a page we annotate, so tests and benchmarks know when annotation finished. */
export const SCAN_DONE_MARK = 'countersignal:scan-done';
/** Measured for each completed scan; `detail.busyMs` is the main-thread time it took. */
export const SCAN_MEASURE = 'countersignal:scan';

/** A page repeating a figure hundreds of times gets this many highlights per claim, no more. */
export const MAX_FIGURE_HIGHLIGHTS_PER_CLAIM = 40;
/** Bare names ("Nvidia") are highlighted a few times per claim. */
export const MAX_NAME_HIGHLIGHTS_PER_CLAIM = 3;
/** Mutation batches larger than this are handled by a fresh (sliced) scan of the whole page. */
export const HUGE_BATCH = 400;
/** How much page text the relevance signal reads. */
const RELEVANCE_SAMPLE = 400_000;
const MUTATION_DELAY_MS = 120;
const RELEVANCE_RECHECK_MS = 1000;
/** During a long scan, new highlights are painted at most this often. */
const PAINT_INTERVAL_MS = 150;

export class Annotator {
  private readonly painter: HighlightPainter;
  private readonly byContainer = new Map<Element, Finding[]>();
  private readonly byRange = new Map<AbstractRange, Finding>();
  private readonly shownPerKey = new Map<string, number>();
  private readonly observer: MutationObserver;
  private disposed = false;
  private queue: MutationRecord[] = [];
  /** Found but not yet handed to the painter: painting in batches repaints the page less often. */
  private unpainted: Finding[] = [];
  private lastPaint = 0;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private relevanceTimer: ReturnType<typeof setTimeout> | null = null;
  private scanning: Promise<void> | null = null;
  private scanToken = 0;
  private relevant: boolean | null = null;
  private lastRelevanceCheck = 0;
  private nextId = 1;

  constructor(
    private readonly doc: Document,
    private readonly options: AnnotatorOptions,
  ) {
    this.painter = new HighlightPainter(doc, options.highlightStyle);
    this.observer = new MutationObserver((records) => this.enqueue(records));
  }

  get highlighter(): HighlightPainter {
    return this.painter;
  }

  /** Starts watching the page and runs the first scan. */
  start(): Promise<void> {
    this.observer.observe(this.doc.documentElement, { childList: true, characterData: true, subtree: true });
    return this.rescan();
  }

  /** Every finding (shown or not), in document order. */
  findings(): Finding[] {
    const all = [...this.byContainer.values()].flat();
    return all.sort(compareFindings);
  }

  /** The painted findings in document order, for keyboard navigation. */
  shownFindings(): Finding[] {
    return this.findings().filter((f) => f.shown);
  }

  /** The painted finding under a viewport point, if any. */
  findingAt(x: number, y: number): Finding | null {
    const registry = CSS.highlights as HighlightRegistry & {
      highlightsFromPoint?: (x: number, y: number) => Array<{ highlight: Highlight; ranges?: AbstractRange[] } | Highlight>;
    };
    if (typeof registry.highlightsFromPoint === 'function') {
      const hits = registry.highlightsFromPoint(x, y);
      // Early implementations return highlights without their ranges: compare rects then.
      if (hits.every((hit) => 'ranges' in hit && Array.isArray(hit.ranges))) {
        for (const hit of hits as Array<{ ranges: AbstractRange[] }>) {
          for (const r of hit.ranges) {
            const f = this.byRange.get(r);
            if (f) return f;
          }
        }
        return null;
      }
    }
    return this.findingByRects(x, y);
  }

  private findingByRects(x: number, y: number): Finding | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    const container = caret.parentElement ? blockOf(caret.parentElement) : null;
    const candidates = container ? this.byContainer.get(container) : undefined;
    for (const f of candidates ?? []) {
      if (!f.shown) continue;
      for (const rect of f.range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return f;
      }
    }
    return null;
  }

  /** Forgets everything and scans the whole page again (first scan, navigation, huge changes). */
  rescan(): Promise<void> {
    const token = ++this.scanToken;
    const run = this.fullScan(token).catch((error: unknown) => this.report(error));
    this.scanning = run.finally(() => {
      if (this.scanToken === token) this.scanning = null;
    });
    return this.scanning;
  }

  setHighlightStyle(style: HighlightStyle): void {
    this.painter.setStyle(style);
  }

  /** Stops watching and removes every highlight: the page is exactly as it was. */
  dispose(): void {
    this.disposed = true;
    this.scanToken++;
    this.observer.disconnect();
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.relevanceTimer) clearTimeout(this.relevanceTimer);
    this.clearAll();
    this.painter.dispose();
  }

  private decideRelevance(text: string): boolean {
    this.lastRelevanceCheck = performance.now();
    this.relevant = this.options.matcher.assessPage(text).relevant;
    return this.relevant;
  }

  /** Relevance of the page as it is now (for pages that were not about AI and have changed). */
  private checkRelevance(): boolean {
    const text = this.doc.body?.textContent ?? '';
    return this.decideRelevance(`${this.doc.title}\n${text.slice(0, RELEVANCE_SAMPLE)}`);
  }

  private async fullScan(token: number): Promise<void> {
    const scanStart = performance.now();
    let busy = 0;
    let sliceStart = scanStart;
    // Hands the thread back to the page; false when this scan has been superseded meanwhile.
    const pause = async () => {
      if (performance.now() - this.lastPaint > PAINT_INTERVAL_MS) this.paint();
      busy += performance.now() - sliceStart;
      await yieldToMain();
      sliceStart = performance.now();
      return token === this.scanToken && !this.disposed;
    };
    this.clearAll();
    const body = this.doc.body;
    if (!body) {
      this.finishScan('not-relevant', scanStart, 0);
      return;
    }
    const reader = createBlockReader(body, this.options.ownHost?.() ?? null);
    // The first blocks, up to a sample of the page's text, are held back until the page is
    // known to be about AI: an unrelated page is never read further than that.
    let held: TextBlock[] | null = [];
    let sample = `${this.doc.title}\n`;
    while (!reader.done) {
      let blocks = reader.next(sliceStart + SLICE_MS);
      if (held) {
        held.push(...blocks);
        for (const b of blocks) if (sample.length < RELEVANCE_SAMPLE) sample += `${b.text}\n`;
        if (sample.length < RELEVANCE_SAMPLE && !reader.done) {
          if (!(await pause())) return;
          continue;
        }
        if (!this.decideRelevance(sample)) {
          this.finishScan('not-relevant', scanStart, busy + performance.now() - sliceStart);
          return;
        }
        blocks = held;
        held = null;
      }
      for (const block of blocks) {
        this.annotateBlock(block);
        // Matching took the slice: hand the thread back before going on.
        if (performance.now() - sliceStart > SLICE_MS && !(await pause())) return;
      }
      if (!reader.done && performance.now() - sliceStart > SLICE_MS && !(await pause())) return;
    }
    // A body without text: nothing was held, so the title alone decides.
    if (held && !this.decideRelevance(sample)) {
      this.finishScan('not-relevant', scanStart, busy + performance.now() - sliceStart);
      return;
    }
    this.finishScan('scanned', scanStart, busy + performance.now() - sliceStart);
    // Changes that arrived during the scan.
    if (this.queue.length) this.scheduleFlush();
  }

  private annotateBlock(block: TextBlock): void {
    const mentions = this.options.matcher.matchBlock(block.text);
    if (!mentions.length) return;
    // The page may have changed the block since it was read: its nodes must still be in place.
    if (!block.nodes.every((n) => n.isConnected)) return;
    const list: Finding[] = this.byContainer.get(block.container) ?? [];
    for (const mention of mentions) {
      let range: Range | null;
      try {
        range = rangeFor(block, mention.start, mention.end);
      } catch {
        range = null;
      }
      if (!range || range.collapsed) continue;
      const cap = mention.verdict === 'mention' ? MAX_NAME_HIGHLIGHTS_PER_CLAIM : MAX_FIGURE_HIGHLIGHTS_PER_CLAIM;
      const capKey = capKeyOf(mention);
      const shownSoFar = this.shownPerKey.get(capKey) ?? 0;
      const shown = shownSoFar < cap;
      const finding: Finding = { id: this.nextId++, mention, container: block.container, range, shown };
      if (shown) {
        this.shownPerKey.set(capKey, shownSoFar + 1);
        this.unpainted.push(finding);
        this.byRange.set(range, finding);
      }
      list.push(finding);
    }
    if (list.length) this.byContainer.set(block.container, list);
  }

  /** Hands the findings found since the last paint to the painter. */
  private paint(): void {
    for (const f of this.unpainted) if (this.byRange.has(f.range)) this.painter.add(f.mention.verdict, f.range);
    this.unpainted = [];
    this.lastPaint = performance.now();
  }

  private removeFinding(f: Finding): void {
    if (!f.shown) return;
    this.painter.delete(f.mention.verdict, f.range);
    this.byRange.delete(f.range);
    const capKey = capKeyOf(f.mention);
    this.shownPerKey.set(capKey, Math.max(0, (this.shownPerKey.get(capKey) ?? 1) - 1));
  }

  private clearAll(): void {
    for (const list of this.byContainer.values()) list.forEach((f) => this.removeFinding(f));
    this.byContainer.clear();
    this.byRange.clear();
    this.unpainted = [];
    this.shownPerKey.clear();
  }

  /**
   * Records the end of a scan: the public mark, and a measure of the scan whose detail says how
   * long the main thread was busy with it (the rest of its duration belonged to the page).
   */
  private finishScan(status: ScanStatus, start: number, busyMs: number): void {
    if (this.disposed) return;
    this.paint();
    // Only a page we annotate hears of us: nothing is recorded on a page we leave alone.
    if (status === 'scanned') {
      performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail: { busyMs, status } });
      performance.mark(SCAN_DONE_MARK);
    }
    this.options.onScan?.(status, this.findings());
  }

  private enqueue(records: MutationRecord[]): void {
    if (this.disposed) return;
    const host = this.options.ownHost?.();
    for (const r of records) {
      if (host && (r.target === host || host.contains(r.target))) continue;
      this.queue.push(r);
    }
    if (this.queue.length) this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      if (this.scanning) return; // the running scan flushes when it ends
      try {
        this.flush();
      } catch (error) {
        this.report(error);
      }
    }, MUTATION_DELAY_MS);
  }

  /** Applies a batch of page changes: re-reads the blocks they touched, drops what they removed. */
  private flush(): void {
    const flushStart = performance.now();
    const records = this.queue;
    this.queue = [];
    if (!records.length || this.disposed) return;
    if (this.relevant === false) {
      // The page may have become about AI (a single-page app loading its article): look again,
      // at most once a second.
      if (this.relevanceTimer) return;
      const wait = Math.max(0, RELEVANCE_RECHECK_MS - (performance.now() - this.lastRelevanceCheck));
      this.relevanceTimer = setTimeout(() => {
        this.relevanceTimer = null;
        if (!this.disposed && !this.scanning && this.checkRelevance()) void this.rescan();
      }, wait);
      return;
    }
    if (records.length > HUGE_BATCH) {
      void this.rescan();
      return;
    }
    const roots = new Set<Element>();
    const addRoot = (el: Element | null) => {
      if (el?.isConnected) roots.add(el.closest('tr') ?? el);
    };
    const body = this.doc.body;
    const host = this.options.ownHost?.() ?? null;
    for (const r of records) {
      const target = r.target.nodeType === Node.TEXT_NODE ? r.target.parentElement : (r.target as Element);
      if (!target || !body) continue;
      if (!body.contains(target)) {
        // Outside the body (head, the extension's own host): only a new body matters.
        if ([...r.addedNodes].some((n) => n === body)) {
          void this.rescan();
          return;
        }
        continue;
      }
      if (r.type === 'characterData') {
        addRoot(blockOf(target));
        continue;
      }
      for (const node of r.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(BLOCK_SELECTOR)) addRoot(node as Element);
        else addRoot(blockOf(target));
      }
      for (const node of r.removedNodes) {
        // A removed paragraph only takes its findings with it; removed inline text changes its block.
        if (!(node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(BLOCK_SELECTOR))) addRoot(blockOf(target));
      }
    }
    const outermost = [...roots].filter((root) => ![...roots].some((other) => other !== root && other.contains(root)));
    // Drop findings that are gone or inside a block about to be re-read.
    for (const [container, list] of this.byContainer) {
      const stale = !container.isConnected || outermost.some((root) => root.contains(container) || container.contains(root));
      const broken = !stale && list.some((f) => !f.range.startContainer.isConnected || !f.range.endContainer.isConnected);
      if (stale || broken) {
        list.forEach((f) => this.removeFinding(f));
        this.byContainer.delete(container);
        if (broken && container.isConnected) outermost.push(container.closest('tr') ?? container);
      }
    }
    for (const root of outermost) {
      if (!root.isConnected) continue;
      // Re-read the block the root belongs to, so partial edits see their whole paragraph.
      for (const block of readBlocks(root, host)) this.annotateBlock(block);
    }
    this.finishScan('scanned', flushStart, performance.now() - flushStart);
  }

  private report(error: unknown): void {
    // Never let an exception reach the page's console as an uncaught error.
    if (import.meta.env?.DEV) console.warn('[countersignal]', error);
  }
}

/** The per-claim highlight cap a mention counts against: bare names and figures separately. */
function capKeyOf(mention: Mention): string {
  return `${mention.verdict === 'mention' ? 'name' : 'figure'}:${mention.claimIds.join(' ')}`;
}

function compareFindings(a: Finding, b: Finding): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0;
  }
}

function caretAt(doc: Document, x: number, y: number): Text | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const node = d.caretPositionFromPoint?.(x, y)?.offsetNode ?? d.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
  return node && node.nodeType === Node.TEXT_NODE ? (node as Text) : null;
}
