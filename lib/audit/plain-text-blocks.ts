/**
 * Blocks of text (paragraphs) of a plain-text or Markdown article, with its title: blank lines
 * separate blocks; Markdown's markup (headings, emphasis, links, list markers, quotes, code) is
 * dropped so the matcher reads the words a reader sees. Pure.
 */

export interface PlainArticle {
  title?: string;
  blocks: string[];
}

function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>\n]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?!\s)([^*_\n]+?)[*_](?!\w)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}

export function plainTextBlocks(text: string, markdown: boolean): PlainArticle {
  const blocks: string[] = [];
  let title: string | undefined;
  let inFence = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/)) {
    let lines = raw.split('\n');
    if (markdown) {
      const kept: string[] = [];
      for (const line of lines) {
        if (/^\s*(```|~~~)/.test(line)) {
          inFence = !inFence;
          continue;
        }
        if (inFence || /^\s*([-*_]\s*){3,}$/.test(line) || /^\s*\|?\s*:?-{3,}/.test(line)) continue;
        const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
        const unquoted = line.replace(/^\s{0,3}(>\s?)+/, '');
        const listItem = /^\s*([-*+]|\d+[.)])\s+/.exec(unquoted);
        const body = heading ? heading[1]! : listItem ? unquoted.slice(listItem[0].length) : unquoted;
        const clean = stripInlineMarkdown(body).trim();
        if (heading && title === undefined) title = clean;
        // A list item starts a block; a heading is one, even without blank lines around it.
        if (listItem && kept.length) {
          blocks.push(kept.join(' '));
          kept.length = 0;
        }
        if (heading) {
          if (kept.length) blocks.push(kept.join(' '));
          blocks.push(clean);
          kept.length = 0;
        } else if (clean) kept.push(clean);
      }
      lines = kept;
    } else {
      lines = lines.map((l) => l.trim()).filter(Boolean);
    }
    const block = lines.join(' ').replace(/\s+/g, ' ').trim();
    if (block) blocks.push(block);
  }
  if (!markdown && blocks.length > 1 && blocks[0]!.length < 200 && !/[.!?]$/.test(blocks[0]!)) title = blocks[0];
  return { ...(title !== undefined && { title }), blocks };
}
