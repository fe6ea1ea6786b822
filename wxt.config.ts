import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Countersignal',
    description:
      'Highlights figures from the 2028 AI-leadership paper in the news you read, with their sources, caveats and counter-signals. Works offline; sends nothing anywhere.',
    permissions: ['storage'],
    action: { default_title: 'Countersignal' },
    browser_specific_settings: {
      gecko: {
        id: 'countersignal@countersignal.invalid',
        // Countersignal collects nothing: everything stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
