const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

// Private-use characters stand for escaped markdown characters while emphasis is found, then come back as text.
const ESCAPED = /\\([\\`*_[\]()#<>+=.-])/g;
const hold = (c: string): string => String.fromCharCode(0xe000 + c.charCodeAt(0));
const release = (text: string): string => text.replace(/[\ue000-\ue0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));

// Emphasis is marked with private-use characters (which the text itself cannot bring: the ranges used for held
// characters and for marks are dropped first), the whole line is escaped, and only then do the marks become tags.
function inline(line: string): string {
  const held = line.replace(/[\uE000-\uE0FF\uE101-\uE104]/g, '').replace(ESCAPED, (_m, c: string) => hold(c));
  const marked = held
    .replace(/\*\*(.+?)\*\*/g, '\uE101$1\uE102')
    .replace(/\*(.+?)\*/g, '\uE103$1\uE104')
    .replace(/(^|[^\p{L}\p{N}])_(.+?)_(?![\p{L}\p{N}])/gu, '$1\uE103$2\uE104');
  return escapeHtml(release(marked))
    .replace(/\uE101/g, '<strong>')
    .replace(/\uE102/g, '</strong>')
    .replace(/\uE103/g, '<em>')
    .replace(/\uE104/g, '</em>');
}

/**
 * The markdown subset Teams renders in a TextBlock (paragraphs, line breaks, bold, italic), as HTML in which every
 * character of the text is escaped: the cards' text is already markdown-escaped by the bot, so the preview shows it as
 * Teams does (no backslashes), and nothing in it can become markup. Links and lists stay plain text.
 */
export function cardMarkdownToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(inline).join('<br>')}</p>`)
    .join('');
}
