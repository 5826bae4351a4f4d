import type { LocalizedText } from '../../../domain/validation/messages.js';

/** The outcome of reading one cell: a value (undefined for an empty cell) or what is wrong with it. */
export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; code: string; message: LocalizedText };

export const parsedValue = <T>(value: T | undefined): Parsed<T> => ({ ok: true, value });
export const parseProblem = <T>(code: string, message: LocalizedText): Parsed<T> => ({ ok: false, code, message });
