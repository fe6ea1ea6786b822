/**
 * The elements whose own text a range covers: a highlight is drawn with the style of the element
 * its text sits in, so these are the elements a highlight rule has to reach.
 */

/** Adds to `into` the parent element of every text node the range touches. */
export function addTextParents(range: AbstractRange, into: Set<Element>): void {
  const end = range.endContainer;
  for (let node: Node | null = range.startContainer; node; node = nextInDocument(node)) {
    if (node.nodeType === Node.TEXT_NODE && node.parentElement) into.add(node.parentElement);
    if (node === end) return;
  }
}

/** The next node in document order (pre-order), or null at the end of the tree. */
function nextInDocument(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}
