/**
 * Paints findings with the CSS Custom Highlight API: one named Highlight per verdict, styled by a
 * constructed stylesheet adopted by the document. The page's DOM is never touched.
 *
 * A `::highlight()` rule that can apply to any element makes the browser work out the style of
 * every element of the page again when the sheet arrives (about 0.2 s on a 2 MB article, 0.6-0.9 s
 * on 8 MB). So the sheet starts *scoped*: one rule per element that holds highlighted text, picked
 * out by id or position (`uniqueSelector`), which the browser only tries on elements with that tag
 * or id. A page with more than a few such elements, or one whose text sits where no selector
 * reaches, gets the *wide* rules instead, once, for good.
 */
import type { Verdict } from '../knowledge/schema';
import { uniqueSelector } from './element-selector';
import { addTextParents } from './text-parents';

export const HIGHLIGHT_NAMES: Record<Verdict | 'focus', string> = {
  consistent: 'countersignal-consistent',
  differs: 'countersignal-differs',
  distorted: 'countersignal-distorted',
  mention: 'countersignal-mention',
  focus: 'countersignal-focus',
};

export type HighlightStyle = 'underline' | 'background';

/** Beyond this many elements holding highlighted text, the wide rules are cheaper than scoped ones. */
export const MAX_SCOPED_ELEMENTS = 16;

const DECLARATIONS: Record<HighlightStyle, Record<Verdict, string>> = {
  // Colours chosen to read on light and dark pages alike; `differs` is the one that stands out.
  underline: {
    consistent: 'text-decoration: underline 2px rgb(22 150 110 / 0.9); text-underline-offset: 3px;',
    mention: 'text-decoration: underline 2px dotted rgb(70 110 200 / 0.85); text-underline-offset: 3px;',
    differs: 'background-color: rgb(255 170 0 / 0.28); text-decoration: underline 2px wavy rgb(215 60 20); text-underline-offset: 3px;',
    distorted: 'background-color: rgb(190 90 230 / 0.2); text-decoration: underline 2px wavy rgb(150 40 190); text-underline-offset: 3px;',
  },
  background: {
    consistent: 'background-color: rgb(22 170 120 / 0.22);',
    mention: 'background-color: rgb(90 130 230 / 0.18);',
    differs: 'background-color: rgb(255 120 0 / 0.38); text-decoration: underline 2px wavy rgb(215 60 20);',
    distorted: 'background-color: rgb(190 90 230 / 0.3); text-decoration: underline 2px wavy rgb(150 40 190);',
  },
};
const FOCUS_DECLARATIONS = 'background-color: rgb(255 215 0 / 0.55);';

/**
 * The highlight rules. `scope` lists the selectors of the elements the rules apply to (one rule
 * each, so the browser files them by their tag or id); null applies them to every element.
 */
function css(style: HighlightStyle, scope: readonly string[] | null): string {
  const rule = (key: Verdict | 'focus', declarations: string) => {
    const pseudo = `::highlight(${HIGHLIGHT_NAMES[key]})`;
    const selectors = scope ? scope.map((selector) => selector + pseudo).join(', ') : pseudo;
    return `${selectors} { ${declarations} }`;
  };
  if (scope?.length === 0) return '';
  const verdicts = Object.entries(DECLARATIONS[style]) as [Verdict, string][];
  return [...verdicts.map(([verdict, declarations]) => rule(verdict, declarations)), rule('focus', FOCUS_DECLARATIONS)].join('\n');
}

/**
 * Adds a constructed sheet to the document. Firefox before 153 refuses the array assignment from
 * a content script (bug 1751346) but its observable array still takes push().
 */
function adoptSheet(doc: Document, sheet: CSSStyleSheet): void {
  try {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    doc.adoptedStyleSheets.push(sheet);
  }
}

function dropSheet(doc: Document, sheet: CSSStyleSheet): void {
  const sheets = doc.adoptedStyleSheets;
  const index = sheets.indexOf(sheet);
  if (index < 0) return;
  try {
    doc.adoptedStyleSheets = sheets.filter((s) => s !== sheet);
  } catch {
    sheets.splice(index, 1);
  }
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightPainter {
  private readonly highlights = new Map<Verdict | 'focus', Highlight>();
  private readonly sheet = new CSSStyleSheet();
  private installed = false;
  /**
   * The ranges in the verdict highlights while the rules are scoped, and the one flashed: kept here
   * because a Highlight is not iterable from a Firefox content script (its set methods cross the
   * wrapper, its iterator does not).
   */
  private readonly painted = new Set<AbstractRange>();
  private flashed: AbstractRange | null = null;
  /** The selectors the rules are scoped to, as last written; null once the rules are wide. */
  private scope: string[] | null = [];

  constructor(
    private readonly doc: Document,
    private style: HighlightStyle,
  ) {}

  setStyle(style: HighlightStyle): void {
    this.style = style;
    if (this.installed) this.sheet.replaceSync(css(style, this.scope));
  }

  /**
   * Brings the rules up to date with the ranges painted now, after a batch of adds and deletes or
   * of the page's edits (an element's position can change). Writes the sheet only when the
   * selectors changed; turns to the wide rules for good when scoping no longer pays.
   */
  commit(): void {
    if (!this.installed || !this.scope) return;
    const elements = new Set<Element>();
    for (const range of this.flashed ? [...this.painted, this.flashed] : this.painted) {
      addTextParents(range, elements);
      if (elements.size > MAX_SCOPED_ELEMENTS) return this.widen();
    }
    const scope: string[] = [];
    for (const el of elements) {
      const selector = uniqueSelector(el);
      if (!selector) return this.widen();
      scope.push(selector);
    }
    scope.sort();
    if (scope.join('\n') === this.scope.join('\n')) return;
    this.scope = scope;
    this.sheet.replaceSync(css(this.style, scope));
  }

  private widen(): void {
    this.scope = null;
    this.painted.clear();
    this.sheet.replaceSync(css(this.style, null));
  }

  private install(): void {
    if (this.installed) return;
    this.installed = true;
    adoptSheet(this.doc, this.sheet);
    for (const [key, name] of Object.entries(HIGHLIGHT_NAMES) as [Verdict | 'focus', string][]) {
      const h = new Highlight();
      // The focus flash sits above the verdict colours.
      h.priority = key === 'focus' ? 2 : key === 'differs' || key === 'distorted' ? 1 : 0;
      this.highlights.set(key, h);
      CSS.highlights.set(name, h);
    }
  }

  add(verdict: Verdict, range: AbstractRange): void {
    this.install();
    this.highlights.get(verdict)!.add(range);
    // Only scoped rules read the list; once the rules are wide it is not kept up.
    if (this.scope) this.painted.add(range);
  }

  delete(verdict: Verdict, range: AbstractRange): void {
    this.highlights.get(verdict)?.delete(range);
    this.painted.delete(range);
  }

  /** Flashes a range briefly (keyboard navigation, "show on page"). */
  flash(range: AbstractRange, ms = 1200, signal?: AbortSignal): void {
    this.install();
    const h = this.highlights.get('focus')!;
    h.clear();
    h.add(range);
    this.flashed = range;
    this.commit();
    const timer = setTimeout(() => {
      h.delete(range);
      if (this.flashed === range) this.flashed = null;
    }, ms);
    signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }

  /** Removes every highlight and the stylesheet: the page is as it was. */
  dispose(): void {
    if (!this.installed) return;
    for (const [key, h] of this.highlights) {
      const name = HIGHLIGHT_NAMES[key];
      if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
    }
    this.highlights.clear();
    this.painted.clear();
    this.flashed = null;
    dropSheet(this.doc, this.sheet);
    this.installed = false;
    this.scope = [];
    this.sheet.replaceSync('');
  }
}
