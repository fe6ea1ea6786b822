// Writes the Traditional Chinese files from the Simplified ones: locales/zh_TW.json (the UI
// catalogue) and lib/knowledge/translations/zh-hant.generated.ts. Run: npm run i18n:traditional
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { traditionalCatalogueText, traditionalKnowledgeModule } from '../lib/i18n/traditional';
import { ZH_HANS } from '../lib/knowledge/translations/zh-hans';

export const TRADITIONAL_FILES = {
  catalogue: resolve(import.meta.dirname, 'zh_TW.json'),
  knowledge: resolve(import.meta.dirname, '../lib/knowledge/translations/zh-hant.generated.ts'),
};

const simplifiedCatalogue = JSON.parse(readFileSync(resolve(import.meta.dirname, 'zh_CN.json'), 'utf8')) as Record<string, string>;
writeFileSync(TRADITIONAL_FILES.catalogue, traditionalCatalogueText(simplifiedCatalogue));
writeFileSync(TRADITIONAL_FILES.knowledge, traditionalKnowledgeModule(ZH_HANS));
console.log(`wrote ${TRADITIONAL_FILES.catalogue}\nwrote ${TRADITIONAL_FILES.knowledge}`);
