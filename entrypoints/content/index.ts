export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    performance.mark('countersignal:scan-done');
  },
});
