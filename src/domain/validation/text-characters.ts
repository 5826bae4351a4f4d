/**
 * The characters a text may not hold, in one place: the schemas refuse them on the way in, every file writer strips
 * them on the way out (old or hand-edited SharePoint data never went through a schema).
 *
 * XML 1.0 allows no C0 control character but tab, line feed and carriage return, and neither U+FFFE nor U+FFFF: one
 * of them in a title makes a .docx or .xlsx part malformed, and Word or Excel then refuses the whole file.
 */

/** What no writer may emit: XML's forbidden C0 controls and the two non-characters U+FFFE, U+FFFF. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Half of a UTF-16 surrogate pair: no encoder can write it (UTF-8 turns it into U+FFFD). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Controls refused in a single-line field: every C0 control but the line breaks (refused with their own message), tab included. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** Controls refused in a multi-line field: XML's forbidden ones, and a carriage return that does not start a CRLF. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MULTILINE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\r(?!\n)/;

/** Characters that show nothing: white space, zero-width space and joiners, word joiner, byte order mark. */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

/** Whether a text holds half of a UTF-16 surrogate pair. */
export function hasLoneSurrogate(text: string): boolean {
  return new RegExp(LONE_SURROGATE.source).test(text);
}

/** Whether a text holds a control character its kind of field does not allow (tab and line breaks only in multi-line text). */
export function hasControlCharacter(text: string, multiline: boolean): boolean {
  return (multiline ? MULTILINE_CONTROL : LINE_CONTROL).test(text);
}

/** Whether a text shows nothing at all: only white space and zero-width characters (or nothing). */
export function isInvisible(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

/** The text without what an XML or CSV writer cannot carry: forbidden controls, U+FFFE/U+FFFF, lone surrogates. */
export function stripUnwritable(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(LONE_SURROGATE, '');
}
