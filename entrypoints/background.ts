import { startBackground } from '@/lib/extension/background-main';

export default defineBackground(() => {
  startBackground();
});
