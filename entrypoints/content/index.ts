import { runContentScript } from '@/lib/extension/content-main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    void runContentScript(ctx);
  },
});
