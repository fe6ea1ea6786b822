import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

const POPOVER_CHUNK = 'popover-ui.js';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // @wxt-dev/i18n turns the UI catalogue (locales/*.json) into _locales/*/messages.json.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: 'Countersignal' },
    // The popover's React renderer, imported by the content script when the first card opens.
    // use_dynamic_url: reachable only through the per-session URL runtime.getURL gives the content
    // script, so a page cannot probe the static URL to learn that the extension is installed.
    web_accessible_resources: [{ resources: [POPOVER_CHUNK], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    browser_specific_settings: {
      gecko: {
        id: 'countersignal@countersignal.invalid',
        // Countersignal collects nothing: everything stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  vite: () => ({
    resolve: {
      // WXT's content-script context announces the script to the page and can be ended by a page
      // event; ours (lib/extension/guest-context.ts) is silent and ends only with the extension.
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./lib/extension/guest-context.ts', import.meta.url)),
        },
      ],
    },
  }),
  zip: {
    // Generated files (benchmark pages, test bundles, screenshots) are not sources.
    excludeSources: ['bench/out/**', 'demo/out/**', 'tests/fixtures/react-app/dist/**', 'test-results/**', 'playwright-report/**'],
  },
  hooks: {
    // WXT bundles content scripts as one IIFE (no code splitting), so the lazily loaded popover
    // renderer is bundled here as an ES module of its own.
    'build:done': async (wxt, output) => {
      await build({
        entryPoints: [resolve(wxt.config.root, 'components/popover/render-popover.tsx')],
        outfile: resolve(wxt.config.outDir, POPOVER_CHUNK),
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        // Chinese text as UTF-8, not \u escapes (the chunk holds the knowledge base's translations).
        charset: 'utf8',
        jsx: 'automatic',
        minify: wxt.config.mode === 'production',
        define: { 'process.env.NODE_ENV': JSON.stringify(wxt.config.mode === 'production' ? 'production' : 'development') },
        tsconfig: resolve(wxt.config.root, 'tsconfig.json'),
        logLevel: 'warning',
      });
      (output.publicAssets as Array<{ type: 'asset'; fileName: string }>).push({ type: 'asset', fileName: POPOVER_CHUNK });
    },
  },
});
