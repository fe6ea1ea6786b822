import { runContentScript } from '@/lib/extension/content-main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // Say nothing to the page (the context itself is replaced: lib/extension/guest-context.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    void runContentScript(ctx);
  },
});
