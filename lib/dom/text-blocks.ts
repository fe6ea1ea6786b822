/**
 * Reads the page's text as blocks (a paragraph, list item, heading, caption or a whole table row)
 * in one walk of the tree, and maps offsets in a block's text back to (text node, offset) positions.
 * Reads only: nothing here touches the page.
 */

/** A block's text and the text nodes it was read from, in order. */
export interface TextBlock {
  /** The element the block belongs to (a table row for cells). */
  readonly container: Element;
  readonly text: string;
  readonly nodes: Text[];
  /** Offset in `text` where each node starts. Cell and line separators sit between nodes. */
  readonly starts: number[];
}

/** Elements whose text is never read (nor ever modified). */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'svg', 'math',
  'iframe', 'object', 'canvas', 'video', 'audio', 'code', 'pre', 'head', 'title',
]);

const BLOCK_TAGS = new Set([
  'tr', 'p', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'blockquote',
  'summary', 'legend', 'label', 'th', 'td', 'div', 'section', 'article', 'aside', 'header', 'footer',
  'main', 'nav', 'figure', 'address', 'details', 'ul', 'ol', 'dl', 'table', 'form', 'fieldset', 'body',
]);

export const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',');

/** Between two cells of a row: not sentence-ending, so a row is read as one sentence. */
const CELL_SEPARATOR = ' | ';
const HAS_TEXT = /\S/;
/** Where a <br> separates two lines of a block. */
const LINE_SEPARATOR = '\n';

/** Whether an element's subtree is never read: forbidden tags, editable regions, opt-outs. */
function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.getAttribute('data-countersignal') === 'off' || el.getAttribute('aria-hidden') === 'true';
}

/** The block element a text node's text belongs to (a table row for anything in a row). */
export function blockOf(parent: Element): Element {
  const row = parent.closest('tr');
  if (row) return row;
  return parent.closest(BLOCK_SELECTOR) ?? parent;
}

/**
 * A resumable reader: call `next(deadline)` repeatedly; it returns the blocks it completed before
 * the deadline (a performance.now() value) and whether the walk is done. A TreeWalker visits the
 * text nodes; each element's block (or exclusion) is worked out once, from its parent's.
 */
export function createBlockReader(root: Node, ownHost: Element | null = null) {
  const doc = root.ownerDocument ?? (root as Document);
  /** Per element: the block its text belongs to, or null when its subtree is never read. */
  const info = new Map<Element, Element | null>();
  const blockFor = (el: Element): Element | null => {
    const cached = info.get(el);
    if (cached !== undefined) return cached;
    let block: Element | null;
    if (isSkippedElement(el) || el === ownHost) block = null;
    else {
      const parent = el.parentElement;
      const inherited = parent ? blockFor(parent) : el;
      const name = el.localName;
      if (inherited === null) block = null;
      else if (name === 'tr') block = el;
      // Anything inside a table row belongs to the row.
      else if (BLOCK_TAGS.has(name)) block = inherited.localName === 'tr' ? inherited : el;
      else block = inherited;
    }
    info.set(el, block);
    return block;
  };
  // A page in design mode is being edited as a whole: nothing to read.
  const walker = doc.designMode === 'on' ? null : doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let current: { container: Element; parts: string[]; nodes: Text[]; starts: number[]; length: number; cell: Element | null } | null = null;
  let done = walker === null;

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
      while (walker) {
        // Checking the clock every node is costly; every 256 nodes is fine-grained enough.
        if ((++count & 255) === 0 && performance.now() > deadline) return out;
        const text = walker.nextNode() as Text | null;
        if (!text) break;
        const value = text.data;
        const parent = text.parentElement;
        if (!parent || !HAS_TEXT.test(value)) continue;
        const container = blockFor(parent);
        if (!container) continue;
        if (!current || current.container !== container) {
          flush(out);
          current = { container, parts: [], nodes: [], starts: [], length: 0, cell: null };
        }
        const cell = container.localName === 'tr' ? parent.closest('td,th') : null;
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
