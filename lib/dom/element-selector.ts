/**
 * A CSS selector that picks out one element of the document by what the page already has (its id,
 * or its position), so that a rule can style it without the extension touching the page's DOM.
 */

/**
 * The element's own id when no other element shares it, else the path of `:nth-child()` steps from
 * the nearest ancestor with such an id (or the root). Null for an element outside the document's
 * tree (inside a shadow root, detached).
 *
 * The last step names the element's tag or id, never `*`: the browser files a rule under its last
 * step, and a rule filed under a tag or an id is only tried on elements that have it.
 */
export function uniqueSelector(el: Element): string | null {
  const doc = el.ownerDocument;
  const steps: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.id) {
      const byId = `#${CSS.escape(e.id)}`;
      // The browser finds an id that only one element has at once, by its table of ids.
      if (isOnly(doc, byId)) {
        steps.push(byId);
        return steps.reverse().join(' > ');
      }
    }
    if (e === doc.documentElement) {
      steps.push(':root');
      return steps.reverse().join(' > ');
    }
    steps.push(`${CSS.escape(e.localName)}:nth-child(${childIndex(e)})`);
  }
  return null;
}

/** Whether exactly one element matches (false for a selector the browser cannot read). */
function isOnly(doc: Document, selector: string): boolean {
  try {
    return doc.querySelectorAll(selector).length === 1;
  } catch {
    return false;
  }
}

/** 1-based position among the parent's element children. */
function childIndex(el: Element): number {
  let index = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) index++;
  return index;
}
