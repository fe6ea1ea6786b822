/**
 * Paints findings with the CSS Custom Highlight API: one named Highlight per verdict, styled by a
 * constructed stylesheet adopted by the document. The page's DOM is never touched.
 */
import type { Verdict } from '../knowledge/schema';

export const HIGHLIGHT_NAMES: Record<Verdict | 'focus', string> = {
  consistent: 'countersignal-consistent',
  differs: 'countersignal-differs',
  distorted: 'countersignal-distorted',
  mention: 'countersignal-mention',
  focus: 'countersignal-focus',
};

export type HighlightStyle = 'underline' | 'background';

function css(style: HighlightStyle): string {
  // Colours chosen to read on light and dark pages alike; `differs` is the one that stands out.
  const underline = `
    ::highlight(${HIGHLIGHT_NAMES.consistent}) { text-decoration: underline 2px rgb(22 150 110 / 0.9); text-underline-offset: 3px; }
    ::highlight(${HIGHLIGHT_NAMES.mention}) { text-decoration: underline 2px dotted rgb(70 110 200 / 0.85); text-underline-offset: 3px; }
    ::highlight(${HIGHLIGHT_NAMES.differs}) { background-color: rgb(255 170 0 / 0.28); text-decoration: underline 2px wavy rgb(215 60 20); text-underline-offset: 3px; }
    ::highlight(${HIGHLIGHT_NAMES.distorted}) { background-color: rgb(190 90 230 / 0.2); text-decoration: underline 2px wavy rgb(150 40 190); text-underline-offset: 3px; }`;
  const background = `
    ::highlight(${HIGHLIGHT_NAMES.consistent}) { background-color: rgb(22 170 120 / 0.22); }
    ::highlight(${HIGHLIGHT_NAMES.mention}) { background-color: rgb(90 130 230 / 0.18); }
    ::highlight(${HIGHLIGHT_NAMES.differs}) { background-color: rgb(255 120 0 / 0.38); text-decoration: underline 2px wavy rgb(215 60 20); }
    ::highlight(${HIGHLIGHT_NAMES.distorted}) { background-color: rgb(190 90 230 / 0.3); text-decoration: underline 2px wavy rgb(150 40 190); }`;
  return `${style === 'background' ? background : underline}
    ::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: rgb(255 215 0 / 0.55); }`;
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

  constructor(private readonly doc: Document, style: HighlightStyle) {
    this.sheet.replaceSync(css(style));
  }

  setStyle(style: HighlightStyle): void {
    this.sheet.replaceSync(css(style));
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
  }

  delete(verdict: Verdict, range: AbstractRange): void {
    this.highlights.get(verdict)?.delete(range);
  }

  /** Flashes a range briefly (keyboard navigation, "show on page"). */
  flash(range: AbstractRange, ms = 1200, signal?: AbortSignal): void {
    this.install();
    const h = this.highlights.get('focus')!;
    h.clear();
    h.add(range);
    const timer = setTimeout(() => h.delete(range), ms);
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
    dropSheet(this.doc, this.sheet);
    this.installed = false;
  }
}
