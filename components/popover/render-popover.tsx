/**
 * The popover's React renderer, built as its own chunk (popover-ui.js) that the content script
 * loads only when the first card opens: React stays out of the script that runs on every page.
 */
import { createRoot } from 'react-dom/client';
import { PopoverLayer, type PopoverLayerProps } from './PopoverLayer';

export interface PopoverRenderer {
  render(props: PopoverLayerProps): void;
  unmount(): void;
}

export function createPopoverRenderer(container: HTMLElement): PopoverRenderer {
  const root = createRoot(container);
  return {
    render: (props) => root.render(<PopoverLayer {...props} />),
    unmount: () => root.unmount(),
  };
}
