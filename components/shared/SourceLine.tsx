import { sourceById } from '@/lib/knowledge';

/** A source as a link where the knowledge base has a URL for it, otherwise as plain text. */
export function SourceLine({ id }: { id: string }) {
  const source = sourceById(id);
  if (!source) return null;
  const label = [source.name, source.title ? `“${source.title}”` : null, source.date].filter(Boolean).join(', ');
  return source.url ? (
    <a className="cs-source" href={source.url} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  ) : (
    <span className="cs-source">{label}</span>
  );
}
