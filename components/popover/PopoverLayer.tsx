import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size } from '@floating-ui/dom';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { chineseLanguageAround } from '@/lib/dom/page-language';
import { LANGUAGE_TAG, resolveCardLanguage } from '@/lib/i18n/languages';
import type { Mention } from '@/lib/matching/matcher';
import type { UiLanguageSetting } from '@/lib/settings/settings';
import { LanguageProvider } from '../shared/i18n';
import { FindingPopover } from './FindingPopover';

export interface OpenFinding {
  id: number;
  mention: Mention;
  range: Range;
}

export interface PopoverLayerProps {
  open: OpenFinding | null;
  focusOnOpen: boolean;
  counterSignalsOpen: boolean;
  /** The user's language choice; on `auto` a Chinese page gets a Chinese card. */
  language: UiLanguageSetting;
  onClose(): void;
  onOpenSummary(claimId: string): void;
  onCardHover(inside: boolean): void;
}

/** Floating UI positions the card against the mention's range; it flips and shifts to stay in view. */
function useFloatingRange(range: Range | null, floating: React.RefObject<HTMLDivElement | null>) {
  useLayoutEffect(() => {
    const el = floating.current;
    if (!range || !el) return;
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const update = () => {
      void computePosition(reference, el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          inline(),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight, availableWidth, elements }) {
              elements.floating.style.maxHeight = `${Math.max(160, Math.min(560, availableHeight))}px`;
              elements.floating.style.maxWidth = `${Math.max(220, Math.min(420, availableWidth))}px`;
            },
          }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        el.classList.toggle('cs-hidden', !!middlewareData.hide?.referenceHidden);
      });
    };
    return autoUpdate(reference, el, update, { animationFrame: false });
  }, [range, floating]);
}

export function PopoverLayer({ open, focusOnOpen, counterSignalsOpen, language, onClose, onOpenSummary, onCardHover }: PopoverLayerProps) {
  const floating = useRef<HTMLDivElement>(null);
  useFloatingRange(open?.range ?? null, floating);
  const range = open?.range;
  const lang = useMemo(
    () => resolveCardLanguage(language, language === 'auto' && range ? chineseLanguageAround(range) : null, navigator.language),
    [language, range],
  );
  if (!open) return null;
  return (
    <div
      ref={floating}
      className="cs-float"
      lang={LANGUAGE_TAG[lang]}
      style={{ position: 'fixed', top: 0, left: 0 }}
      onPointerEnter={() => onCardHover(true)}
      onPointerLeave={() => onCardHover(false)}
    >
      <LanguageProvider lang={lang}>
        <FindingPopover
          key={open.id}
          mention={open.mention}
          focusOnOpen={focusOnOpen}
          counterSignalsOpen={counterSignalsOpen}
          onClose={onClose}
          onOpenSummary={onOpenSummary}
        />
      </LanguageProvider>
    </div>
  );
}
