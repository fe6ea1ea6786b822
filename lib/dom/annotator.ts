/**
 * Finds the paper's figures on the page and paints them, without ever changing the page's DOM:
 * text is read with a TreeWalker, mentions become live Ranges painted with the CSS Custom
 * Highlight API. A batched MutationObserver re-reads only the blocks a framework changed, so React
 * or Next.js re-renders never meet a node the extension moved (there is none).
 */
import type { Matcher, Mention } from '../matching/matcher';
import { MIN_DISTINCT_TERMS } from '../matching/page-relevance';
import { HighlightPainter, type HighlightStyle } from './highlight-painter';
import { BLOCK_SELECTOR, blockOf, createBlockReader, rangeFor, readBlocks, staticRangeFor, type TextBlock } from './text-blocks';
import { textPieces } from './text-pieces';
import { afterNextFrame, SLICE_MS, yieldToMain } from './yield-to-main';

interface FindingBase {
  readonly id: number;
  readonly mention: Mention;
  readonly container: Element;
}

/** A painted finding: a live Range, kept in step with the page's edits. */
export type PaintedFinding = FindingBase & { readonly shown: true; readonly range: Range };

/**
 * A finding the per-claim cap kept from being painted (it still counts): a StaticRange, which the
 * browser does not update on every DOM mutation (thousands of live Ranges slowed the page's own edits).
 */
export type Finding = PaintedFinding | (FindingBase & { readonly shown: false; readonly range: StaticRange });

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
/** How long the first read of a scan lasts (the top of the page), before it is matched. */
const FIRST_READ_MS = 4;
/**
 * Characters matched between two reads of the clock in a scan (reading it is a call into the
 * browser, ~0.6 µs; matching this many characters without a mention takes well under a millisecond).
 */
const CLOCK_EVERY_CHARS = 2000;
/** During a long scan, new highlights are painted at most this often. */
const PAINT_INTERVAL_MS = 150;

export class Annotator {
  private readonly painter: HighlightPainter;
  private readonly byContainer = new Map<Element, Finding[]>();
  private readonly byRange = new Map<AbstractRange, PaintedFinding>();
  private readonly shownPerKey = new Map<string, number>();
  private readonly observer: MutationObserver;
  private disposed = false;
  private queue: MutationRecord[] = [];
  /** Found but not yet handed to the painter: painting in batches repaints the page less often. */
  private unpainted: PaintedFinding[] = [];
  private lastPaint = 0;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private relevanceTimer: ReturnType<typeof setTimeout> | null = null;
  private scanning: Promise<void> | null = null;
  private scanToken = 0;
  private relevant: boolean | null = null;
  private lastRelevanceCheck = 0;
  private nextId = 1;
  /** Whether byContainer's blocks are in document order. */
  private inOrder = true;
  /** Set while a batch of page edits is applied (blocks then arrive out of document order). */
  private incremental = false;

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
    // A full scan adds blocks in document order; only a page's edits (re-read blocks go last)
    // call for sorting, and then the blocks are sorted, not every finding.
    if (!this.inOrder) {
      const sorted = [...this.byContainer].sort(([a], [b]) => compareNodes(a, b));
      this.byContainer.clear();
      for (const [container, list] of sorted) this.byContainer.set(container, list);
      this.inOrder = true;
    }
    return [...this.byContainer.values()].flat();
  }

  /** The painted findings in document order, for keyboard navigation. */
  shownFindings(): PaintedFinding[] {
    return this.findings().filter((f): f is PaintedFinding => f.shown);
  }

  /** The painted finding under a viewport point, if any. */
  findingAt(x: number, y: number): PaintedFinding | null {
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

  private findingByRects(x: number, y: number): PaintedFinding | null {
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

  private decideRelevance(relevant: boolean): boolean {
    this.lastRelevanceCheck = performance.now();
    this.relevant = relevant;
    return relevant;
  }

  /** Relevance of the page as it is now (for pages that were not about AI and have changed). */
  private checkRelevance(): boolean {
    const text = this.doc.body?.textContent ?? '';
    return this.decideRelevance(this.options.matcher.assessPage(`${this.doc.title}\n${text.slice(0, RELEVANCE_SAMPLE)}`).relevant);
  }

  private async fullScan(token: number): Promise<void> {
    // A task of its own: whatever set the scan off (the matcher's set-up on a first scan, a batch
    // of the page's edits) has had its share of the thread.
    await yieldToMain();
    if (token !== this.scanToken || this.disposed) return;
    const scanStart = performance.now();
    let busy = 0;
    let sliceStart = scanStart;
    /** Whether this scan has painted anything yet (its first highlights are painted at once). */
    let painted = false;
    // Hands the thread back to the page; false when this scan has been superseded meanwhile.
    const pause = async () => {
      busy += performance.now() - sliceStart;
      await yieldToMain();
      sliceStart = performance.now();
      // Painting (the first one adopts the stylesheet) gets a task of its own.
      if (this.unpainted.length && (!painted || sliceStart - this.lastPaint > PAINT_INTERVAL_MS)) {
        const first = !painted;
        this.paint();
        painted = true;
        busy += performance.now() - sliceStart;
        // The first highlights are shown before the scan goes on (the frame waits for nothing).
        await (first ? afterNextFrame() : yieldToMain());
        sliceStart = performance.now();
      }
      return token === this.scanToken && !this.disposed;
    };
    this.clearAll();
    const body = this.doc.body;
    if (!body) {
      this.finishScan('not-relevant', scanStart, 0);
      return;
    }
    const reader = createBlockReader(body, this.options.ownHost?.() ?? null);
    // Blocks are held back until the page is known to be about AI: relevance only grows as text
    // is read, so it is decided as soon as the text read so far shows it (on a news article, in
    // the first slice), and an unrelated page is never read further than a sample of its text.
    let held: TextBlock[] | null = [];
    /** Characters matched since the clock was last read. */
    let unclocked = 0;
    const relevance = new RelevanceSample(this.options.matcher);
    relevance.add(this.doc.title);
    while (!reader.done) {
      // The top of the page is read (and matched, and painted) first, in a short read: the reader
      // looks there first, and on a news article that text alone shows the page is about AI.
      const readFor = held?.length === 0 ? FIRST_READ_MS : SLICE_MS;
      let blocks = reader.next(sliceStart + readFor);
      if (held) {
        held.push(...blocks);
        relevance.add(blocks.map((b) => b.text).join('\n'));
        if (!relevance.relevant && relevance.length < RELEVANCE_SAMPLE && !reader.done) {
          if (!(await pause())) return;
          continue;
        }
        if (!this.decideRelevance(relevance.relevant)) {
          this.finishScan('not-relevant', scanStart, busy + performance.now() - sliceStart);
          return;
        }
        blocks = held;
        held = null;
      }
      for (const block of blocks) {
        for (const piece of textPieces(block.text)) {
          // Recorded piece by piece: a block holding thousands of figures is never done in one task.
          const mentions = this.matchBlock(block.text, piece);
          this.annotateBlock(block, mentions);
          // The slice is used up, or the scan's first highlights are ready to be painted: hand the
          // thread back before going on (inside a long block too). The clock is read after a piece
          // with mentions or every few thousand characters, not after every short paragraph.
          unclocked += piece[1] - piece[0];
          const firstToPaint = !painted && this.unpainted.length > 0;
          if (!firstToPaint && !mentions.length && unclocked < CLOCK_EVERY_CHARS) continue;
          unclocked = 0;
          if ((firstToPaint || performance.now() - sliceStart > SLICE_MS) && !(await pause())) return;
        }
      }
      if (!reader.done && performance.now() - sliceStart > SLICE_MS && !(await pause())) return;
    }
    // A body without text: nothing was held, so the title alone decides.
    if (held && !this.decideRelevance(relevance.relevant)) {
      this.finishScan('not-relevant', scanStart, busy + performance.now() - sliceStart);
      return;
    }
    this.finishScan('scanned', scanStart, busy + performance.now() - sliceStart);
    // Changes that arrived during the scan.
    if (this.queue.length) this.scheduleFlush();
  }

  /** The mentions in a block, matched piece by piece (see textPieces). */
  private matchBlock(text: string, [start, end]: [number, number]): Mention[] {
    if (start === 0 && end === text.length) return this.options.matcher.matchBlock(text);
    return this.options.matcher.matchBlock(text.slice(start, end)).map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
  }

  private matchWhole(text: string): Mention[] {
    return textPieces(text).flatMap((piece) => this.matchBlock(text, piece));
  }

  private annotateBlock(block: TextBlock, mentions: readonly Mention[]): void {
    if (!mentions.length) return;
    // The page may have changed the block since it was read: its nodes must still be in place.
    const segments = block.segments();
    if (!segments || !segments.nodes.every((n) => n.isConnected)) return;
    const list: Finding[] = this.byContainer.get(block.container) ?? [];
    for (const mention of mentions) {
      const cap = mention.verdict === 'mention' ? MAX_NAME_HIGHLIGHTS_PER_CLAIM : MAX_FIGURE_HIGHLIGHTS_PER_CLAIM;
      const capKey = capKeyOf(mention);
      const shownSoFar = this.shownPerKey.get(capKey) ?? 0;
      const base = { id: this.nextId, mention, container: block.container };
      let finding: Finding | null = null;
      try {
        if (shownSoFar < cap) {
          const range = rangeFor(block, mention.start, mention.end);
          if (range && !range.collapsed) finding = { ...base, shown: true, range };
        } else {
          const range = staticRangeFor(block, mention.start, mention.end);
          if (range && !range.collapsed) finding = { ...base, shown: false, range };
        }
      } catch {
        finding = null;
      }
      if (!finding) continue;
      this.nextId++;
      if (finding.shown) {
        this.shownPerKey.set(capKey, shownSoFar + 1);
        this.unpainted.push(finding);
        this.byRange.set(finding.range, finding);
      }
      list.push(finding);
    }
    if (list.length && !this.byContainer.has(block.container)) {
      if (this.incremental && this.byContainer.size) this.inOrder = false;
      this.byContainer.set(block.container, list);
    }
  }

  /**
   * Hands the findings found since the last paint to the painter, and has it bring its rules up to
   * date (after a batch of the page's edits too: they can move the elements the rules pick out).
   */
  private paint(): void {
    for (const f of this.unpainted) if (this.byRange.has(f.range)) this.painter.add(f.mention.verdict, f.range);
    this.unpainted = [];
    this.painter.commit();
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
      this.incremental = true;
      for (const block of readBlocks(root, host)) this.annotateBlock(block, this.matchWhole(block.text));
      this.incremental = false;
    }
    this.finishScan('scanned', flushStart, performance.now() - flushStart);
  }

  private report(error: unknown): void {
    // Never let an exception reach the page's console as an uncaught error.
    if (import.meta.env?.DEV) console.warn('[countersignal]', error);
  }
}

/** Relevance of a page read piece by piece: the distinct terms found so far, and the text read. */
class RelevanceSample {
  private readonly terms = new Set<string>();
  private namesPaper = false;
  length = 0;

  constructor(private readonly matcher: Matcher) {}

  add(text: string): void {
    if (!text) return;
    const found = this.matcher.assessPage(text);
    for (const t of found.terms) this.terms.add(t);
    this.namesPaper ||= found.namesPaper;
    this.length += text.length + 1;
  }

  get relevant(): boolean {
    return this.namesPaper || this.terms.size >= MIN_DISTINCT_TERMS;
  }
}

/** The per-claim highlight cap a mention counts against: bare names and figures separately. */
function capKeyOf(mention: Mention): string {
  return `${mention.verdict === 'mention' ? 'name' : 'figure'}:${mention.claimIds.join(' ')}`;
}

/** Document order of two nodes. */
function compareNodes(x: Node, y: Node): number {
  if (x === y) return 0;
  const position = x.compareDocumentPosition(y);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

function caretAt(doc: Document, x: number, y: number): Text | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const node = d.caretPositionFromPoint?.(x, y)?.offsetNode ?? d.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
  return node && node.nodeType === Node.TEXT_NODE ? (node as Text) : null;
}
