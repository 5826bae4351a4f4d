// Characters that start markdown inline syntax in a TextBlock: links and images ([ ] ( )), emphasis (* _),
// code (`), headings (#), HTML and mentions (< >), and the backslash itself so that the escapes we add stay ours.
const INLINE_SYNTAX = /[\\`*_[\]()#<>]/g;
// A line that starts with -, + or = (list item, setext rule) or with digits and a dot (numbered list).
const LEADING_MARKER = /^(\s*)([-+=])/;
const LEADING_NUMBER = /^(\s*\d+)\./;

function escapeLine(line: string): string {
  return line.replace(INLINE_SYNTAX, '\\$&').replace(LEADING_MARKER, '$1\\$2').replace(LEADING_NUMBER, '$1\\.');
}

/**
 * Makes any text safe to show in a TextBlock or FactSet, which render a markdown subset: a person's text shows as
 * typed and can never turn into a link, emphasis or a list. Line breaks are kept (markdown needs a blank line to
 * break, so each line becomes its own paragraph).
 */
export function escapeCardText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(escapeLine)
    .join('\n\n');
}

/** Shortens a text to `max` characters (code points), ending with "…" when cut. */
export function truncateText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
