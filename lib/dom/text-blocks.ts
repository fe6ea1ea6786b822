/**
 * Reads the page's text as blocks (a paragraph, list item, heading, caption or a whole table row)
 * with a TreeWalker, and maps offsets in a block's text back to (text node, offset) positions.
 * Reads only: nothing here touches the page.
 */

/** A block's text and the text nodes it was read from, in order. */
export interface TextBlock {
  /** The element the block belongs to (a table row for cells). */
  readonly container: Element;
  readonly text: string;
  readonly nodes: Text[];
  /** Offset in `text` where each node starts. Cell separators sit between nodes. */
  readonly starts: number[];
}

/** Containers whose text is never read (nor ever modified). */
export const SKIPPED_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'svg', 'math',
  'iframe', 'object', 'canvas', 'video', 'audio', 'code', 'pre',
  '[contenteditable]:not([contenteditable="false"])', '[data-countersignal="off"]', '[aria-hidden="true"]',
].join(',');

export const BLOCK_SELECTOR = [
  'tr', 'p', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'blockquote',
  'summary', 'legend', 'label', 'th', 'td', 'div', 'section', 'article', 'aside', 'header', 'footer',
  'main', 'nav', 'figure', 'address', 'details', 'ul', 'ol', 'dl', 'table', 'form', 'fieldset', 'body',
].join(',');

/** Between two cells of a row: not sentence-ending, so a row is read as one sentence. */
export const CELL_SEPARATOR = ' | ';

/** The block element a text node's text belongs to (a table row for anything in a row). */
export function blockOf(parent: Element): Element {
  const row = parent.closest('tr');
  if (row) return row;
  return parent.closest(BLOCK_SELECTOR) ?? parent;
}

function isSkipped(parent: Element, ownHost: Element | null): boolean {
  if (parent.closest(SKIPPED_SELECTOR)) return true;
  if (ownHost && ownHost.contains(parent)) return true;
  // Text inside any editable region (designMode, inherited contenteditable) is the user's.
  return (parent as HTMLElement).isContentEditable === true;
}

/**
 * A resumable reader: call `next(deadline)` repeatedly; it returns the blocks it completed before
 * the deadline (performance.now() value) and whether the walk is done.
 */
export function createBlockReader(root: Node, ownHost: Element | null = null) {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // Skip decisions are cached per parent element: most parents hold several text nodes.
  const skipCache = new WeakMap<Element, boolean>();
  let current: { container: Element; parts: string[]; nodes: Text[]; starts: number[]; length: number; cell: Element | null } | null = null;
  let done = false;

  const flush = (out: TextBlock[]) => {
    if (current && current.nodes.length) {
      out.push({ container: current.container, text: current.parts.join(''), nodes: current.nodes, starts: current.starts });
    }
    current = null;
  };

  return {
    get done() {
      return done;
    },
    next(deadline: number): TextBlock[] {
      const out: TextBlock[] = [];
      let count = 0;
      while (!done) {
        // Checking the clock every node is costly; every 64 nodes is fine-grained enough.
        if ((++count & 63) === 0 && performance.now() > deadline) break;
        const node = walker.nextNode() as Text | null;
        if (!node) {
          done = true;
          break;
        }
        const value = node.data;
        if (!value || !/\S/.test(value)) continue;
        const parent = node.parentElement;
        if (!parent) continue;
        let skipped = skipCache.get(parent);
        if (skipped === undefined) {
          skipped = isSkipped(parent, ownHost);
          skipCache.set(parent, skipped);
        }
        if (skipped) continue;
        const container = blockOf(parent);
        if (!current || current.container !== container) {
          flush(out);
          current = { container, parts: [], nodes: [], starts: [], length: 0, cell: null };
        }
        const cell = container.localName === 'tr' ? parent.closest('td,th') : null;
        if (current.nodes.length && cell !== current.cell) {
          current.parts.push(CELL_SEPARATOR);
          current.length += CELL_SEPARATOR.length;
        }
        current.cell = cell;
        current.nodes.push(node);
        current.starts.push(current.length);
        current.parts.push(value);
        current.length += value.length;
      }
      if (done) flush(out);
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
export function positionAt(block: TextBlock, offset: number, end: boolean): { node: Text; offset: number } | null {
  const { starts, nodes } = block;
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

/** A live DOM Range for [start, end) of a block's text, or null if it falls on a cell separator. */
export function rangeFor(block: TextBlock, start: number, end: number): Range | null {
  const a = positionAt(block, start, false);
  const b = positionAt(block, end, true);
  if (!a || !b) return null;
  const range = block.container.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
