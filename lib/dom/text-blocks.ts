/**
 * Reads the page's text as blocks (a paragraph, list item, heading, caption or a whole table row)
 * in one walk of the tree, and maps offsets in a block's text back to (text node, offset) positions.
 * Reads only: nothing here touches the page.
 */

/** The text nodes a block's text was read from, in order, and the offset where each starts. */
export interface Segments {
  readonly nodes: Text[];
  /** Offset in the block's text where each node starts. Cell and line separators sit between nodes. */
  readonly starts: number[];
}

/** A block's text, and the text nodes it was read from (worked out only when needed). */
export interface TextBlock {
  /** The element the block belongs to (a table row for cells). */
  readonly container: Element;
  readonly text: string;
  /** The nodes behind the text, or null when the page has changed the block since it was read. */
  segments(): Segments | null;
}

/** Elements whose text is never read (nor ever modified). */
const SKIPPED_TAGS = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'svg', 'math',
  'iframe', 'object', 'canvas', 'video', 'audio', 'code', 'pre', 'head', 'title',
];

const BLOCK_TAGS = new Set([
  'tr', 'p', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'blockquote',
  'summary', 'legend', 'label', 'th', 'td', 'div', 'section', 'article', 'aside', 'header', 'footer',
  'main', 'nav', 'figure', 'address', 'details', 'ul', 'ol', 'dl', 'table', 'form', 'fieldset', 'body',
]);

export const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',');

const SKIPPED_TAG_SET = new Set(SKIPPED_TAGS);
/** Attributes that put a subtree out of reading: editable regions, opt-outs, hidden content. */
const SKIPPED_BY_ATTRIBUTE = ['[contenteditable]:not([contenteditable="false"])', '[data-countersignal="off"]', '[aria-hidden="true"]'].join(',');

/**
 * A subtree that is never read: forbidden tags, editable regions, opt-outs. The tag is looked up
 * here; the browser is asked about attributes only for an element that has any.
 */
function isSkipped(el: Element, name: string): boolean {
  return SKIPPED_TAG_SET.has(name) || (el.hasAttributes() && el.matches(SKIPPED_BY_ATTRIBUTE));
}

/**
 * Elements that are only inline text (or no text at all): a block holding nothing else is read in
 * one go (its textContent), without visiting its text nodes. Anything else inside a block (a
 * nested block, a line break, anything skipped, an element not listed) makes it read node by node,
 * which gives the same text more slowly. An allow-list in one `:not()` is several times quicker for
 * the browser to test than the list of everything that is not plain.
 */
const PLAIN_INLINE_TAGS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd',
  'mark', 'picture', 'q', 's', 'small', 'source', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
];
const NOT_PLAIN_SELECTOR = `:not(${PLAIN_INLINE_TAGS.join(',')}),[contenteditable],[data-countersignal],[aria-hidden]`;

/** Between two cells of a row: not sentence-ending, so a row is read as one sentence. */
const CELL_SEPARATOR = ' | ';
const HAS_TEXT = /\S/;
/** Where a <br> separates two lines of a block. */
const LINE_SEPARATOR = '\n';

/** The block element a text node's text belongs to (a table row for anything in a row). */
export function blockOf(parent: Element): Element {
  const row = parent.closest('tr');
  if (row) return row;
  return parent.closest(BLOCK_SELECTOR) ?? parent;
}

/** The text nodes of a plain block, if they still add up to the text that was read. */
function plainSegments(container: Element, text: string): Segments | null {
  const doc = container.ownerDocument;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  const parts: string[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const data = n.data;
    nodes.push(n);
    starts.push(length);
    parts.push(data);
    length += data.length;
    if (length > text.length) return null;
  }
  return nodes.length && parts.join('') === text ? { nodes, starts } : null;
}

/**
 * A resumable reader: call `next(deadline)` repeatedly; it returns the blocks it completed before
 * the deadline (a performance.now() value) and whether the walk is done. A TreeWalker visits
 * elements and text nodes; a plain block (see NOT_PLAIN_SELECTOR) is read whole and its subtree
 * skipped, so most of a page's text nodes are never visited (each visit from a content script's
 * isolated world costs a wrapper). Each element's block (or exclusion) is worked out once.
 */
export function createBlockReader(root: Node, ownHost: Element | null = null) {
  const doc = root.ownerDocument ?? (root as Document);
  /** Per element: the block its text belongs to, or null when its subtree is never read. */
  const info = new Map<Element, Element | null>();
  const rows = new Set<Element>();
  /** Works the element's block out from its nearest known ancestor's, without recursion (deep trees). */
  const blockFor = (el: Element): Element | null => {
    const cached = info.get(el);
    if (cached !== undefined) return cached;
    const chain: Element[] = [];
    let top: Element | null = el;
    while (top && info.get(top) === undefined) {
      chain.push(top);
      top = top.parentElement;
    }
    let inherited: Element | null = top ? info.get(top)! : chain[chain.length - 1]!;
    for (let i = chain.length - 1; i >= 0; i--) {
      const x = chain[i]!;
      let block: Element | null;
      const name = x.localName;
      if (inherited === null || x === ownHost || isSkipped(x, name)) block = null;
      else {
        if (name === 'tr') {
          block = x;
          rows.add(x);
        }
        // Anything inside a table row belongs to the row.
        else if (BLOCK_TAGS.has(name)) block = rows.has(inherited) ? inherited : x;
        else block = inherited;
      }
      info.set(x, block);
      inherited = block;
    }
    return info.get(el)!;
  };
  // A page in design mode is being edited as a whole: nothing to read.
  const walker = doc.designMode === 'on' ? null : doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker ? root : null;
  const canSkip = typeof walker?.nextSibling === 'function';
  let current: { container: Element; parts: string[]; nodes: Text[]; starts: number[]; length: number; cell: Element | null } | null = null;
  let done = walker === null;

  const flush = (out: TextBlock[]) => {
    if (current && current.nodes.length) {
      const segments: Segments = { nodes: current.nodes, starts: current.starts };
      out.push({ container: current.container, text: current.parts.join(''), segments: () => segments });
    }
    current = null;
  };

  /** The next node after `from`'s subtree (the walker stands on `from`). */
  const skipSubtree = (from: Node): Node | null => {
    if (from === root) return null;
    if (!canSkip) {
      // A TreeWalker without nextSibling/parentNode (linkedom's, read by the audit command): walk on.
      let next = walker!.nextNode();
      while (next && from.contains(next)) next = walker!.nextNode();
      return next;
    }
    let n = walker!.nextSibling();
    while (!n) {
      const up = walker!.parentNode();
      if (!up || up === root) return null;
      n = walker!.nextSibling();
    }
    return n;
  };

  const readText = (text: Text, out: TextBlock[]) => {
    const value = text.data;
    if (!HAS_TEXT.test(value)) return;
    const parent = text.parentElement;
    if (!parent) return;
    const container = blockFor(parent);
    if (!container) return;
    if (!current || current.container !== container) {
      flush(out);
      current = { container, parts: [], nodes: [], starts: [], length: 0, cell: null };
    }
    const cell = rows.has(container) ? parent.closest('td,th') : null;
    if (current.nodes.length) {
      // Cells of a row are read together; a line break ends a line (and so a sentence).
      const separator = cell !== current.cell ? CELL_SEPARATOR : text.previousSibling?.nodeName === 'BR' ? LINE_SEPARATOR : '';
      if (separator) {
        current.parts.push(separator);
        current.length += separator.length;
      }
    }
    current.cell = cell;
    current.nodes.push(text);
    current.starts.push(current.length);
    current.parts.push(value);
    current.length += value.length;
  };

  /** Reads an element; true when its subtree is done with (skipped, or read whole). */
  const readElement = (el: Element, out: TextBlock[]): boolean => {
    const block = blockFor(el);
    if (block === null) return true;
    if (block !== el || rows.has(el)) return false;
    // A block of bare text needs no test at all.
    if (el.firstElementChild && (el.querySelector(NOT_PLAIN_SELECTOR) || (ownHost && el.contains(ownHost)))) return false;
    const text = el.textContent ?? '';
    flush(out);
    if (HAS_TEXT.test(text)) {
      let segments: Segments | null | undefined;
      out.push({ container: el, text, segments: () => (segments === undefined ? (segments = plainSegments(el, text)) : segments) });
    }
    return true;
  };

  return {
    get done() {
      return done;
    },
    next(deadline: number): TextBlock[] {
      const out: TextBlock[] = [];
      let count = 0;
      while (node) {
        // Checking the clock every node is costly; every 128 nodes is fine-grained enough.
        if ((++count & 127) === 0 && performance.now() > deadline) return out;
        if (node.nodeType === 3) {
          readText(node as Text, out);
          node = walker!.nextNode();
        } else if (node.nodeType === 1 && readElement(node as Element, out)) {
          node = skipSubtree(node);
        } else {
          node = walker!.nextNode();
        }
      }
      done = true;
      flush(out);
      return out;
    },
  };
}

/** Reads every block under `root` at once (small subtrees). */
export function readBlocks(root: Node, ownHost: Element | null = null): TextBlock[] {
  const reader = createBlockReader(root, ownHost);
  const out: TextBlock[] = [];
  while (!reader.done) out.push(...reader.next(Infinity));
  return out;
}

/** The (node, offset) position of a block text offset; `end` prefers the end of the previous node. */
function positionAt({ starts, nodes }: Segments, offset: number, end: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (!end && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  const local = offset - starts[lo]!;
  if (local < 0 || local > node.data.length) return null;
  return { node, offset: local };
}

/** The boundary points of [start, end) of a block's text, or null if one falls on a cell separator. */
function boundsFor(block: TextBlock, start: number, end: number): StaticRangeInit | null {
  const segments = block.segments();
  if (!segments) return null;
  const a = positionAt(segments, start, false);
  const b = positionAt(segments, end, true);
  if (!a || !b) return null;
  return { startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset };
}

/** A live DOM Range for [start, end) of a block's text, or null if it falls on a cell separator. */
export function rangeFor(block: TextBlock, start: number, end: number): Range | null {
  const bounds = boundsFor(block, start, end);
  if (!bounds) return null;
  const range = block.container.ownerDocument.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}

/** The same as a StaticRange: not kept up to date by the browser, so it costs the page's edits nothing. */
export function staticRangeFor(block: TextBlock, start: number, end: number): StaticRange | null {
  const bounds = boundsFor(block, start, end);
  return bounds ? new StaticRange(bounds) : null;
}
