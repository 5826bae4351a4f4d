const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element or a quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** A paragraph per line break of a multi-line text, escaped. */
export const paragraphs = (text: string): string =>
  text
    .split(/\n{1,}/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');

/** A table: caption, column headings (scope col), rows whose first cell is a row heading (scope row). */
export function table(caption: string, headings: readonly string[], rows: readonly string[][], className = ''): string {
  const head = headings.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map(([first = '', ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return `<table${className ? ` class="${className}"` : ''}><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A horizontal bar for a percentage, decorative (the figure is written next to it). */
export function bar(value: number | undefined): string {
  const width = Math.max(0, Math.min(100, value ?? 0));
  return `<span class="bar" aria-hidden="true"><span class="bar-fill" style="width:${width}%"></span></span>`;
}
