import { sourceById } from '@/lib/knowledge';
import { localizeSource } from '@/lib/knowledge/translations';
import { useI18n } from './i18n';

/** A source as a link where the knowledge base has a URL for it, otherwise as plain text. */
export function SourceLine({ id }: { id: string }) {
  const { lang } = useI18n();
  const found = sourceById(id);
  if (!found) return null;
  const source = localizeSource(found, lang);
  const label = [source.name, source.title ? `“${source.title}”` : null, source.date].filter(Boolean).join(lang === 'en' ? ', ' : '，');
  return source.url ? (
    <a className="cs-source" href={source.url} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  ) : (
    <span className="cs-source">{label}</span>
  );
}
