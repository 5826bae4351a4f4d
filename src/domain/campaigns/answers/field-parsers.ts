import { z } from 'zod';
import { wellFormed } from '../../entities/common.schema.js';
import { hasControlCharacter, isInvisible } from '../../validation/text-characters.js';
import type { LocalizedText } from '../../validation/messages.js';
import { ANSWER_MESSAGES as M } from './answer-messages.js';
import type { FieldRead } from './answer-result.js';

const fail = <T>(path: string, code: string, message: LocalizedText): FieldRead<T> => ({ ok: false, issue: { path, code, message } });
const absent = <T>(): FieldRead<T> => ({ ok: true, value: undefined });
const found = <T>(value: T): FieldRead<T> => ({ ok: true, value });

// Digits with an optional sign and decimals; a comma is accepted as the decimal mark (French habit) and spaces as
// thousands separators ("1 500"), nothing else: "12abc", "1e3" and "0x10" are not numbers to a user.
const NUMBER_SYNTAX = /^[+-]?\d+(?:[.,]\d+)?$/;
const SPACES = /[\s\u00a0\u202f]/g;

/** Whether the input is missing or blank. */
export function isBlank(raw: string | undefined): raw is undefined {
  return raw === undefined || raw.trim() === '';
}

/** Bounds and options of a number input. */
export interface NumberRule {
  required: boolean;
  integer?: boolean;
  min?: number;
  max?: number;
}

/** Reads a number typed in a card: "abc", "12.5" for an integer, or a value out of bounds give a precise issue. */
export function readNumber(raw: string | undefined, path: string, rule: NumberRule): FieldRead<number> {
  if (isBlank(raw)) return rule.required ? fail(path, 'required', M.required()) : absent();
  const compact = raw.replace(SPACES, '');
  if (!NUMBER_SYNTAX.test(compact)) return fail(path, 'not_a_number', M.notANumber(raw.trim()));
  const value = Number(compact.replace(',', '.'));
  if (!Number.isFinite(value)) return fail(path, 'not_a_number', M.notANumber(raw.trim()));
  if (rule.integer && !Number.isInteger(value)) return fail(path, 'not_an_integer', M.notAnInteger(raw.trim()));
  const { min, max } = rule;
  if (min !== undefined && max !== undefined && (value < min || value > max))
    return fail(path, value < min ? 'too_small' : 'too_big', M.outOfRange(value, min, max));
  if (min !== undefined && value < min) return fail(path, 'too_small', M.tooSmall(value, min));
  if (max !== undefined && value > max) return fail(path, 'too_big', M.tooBig(value, max));
  return found(value);
}

/**
 * Reads a free text: trimmed, line ends normalised. A present but blank input reads as '' (the person cleared a
 * prefilled value), a missing one as undefined.
 */
export function readText(raw: string | undefined, path: string, rule: { required: boolean; maxLength: number }): FieldRead<string> {
  if (raw === undefined) return rule.required ? fail(path, 'required', M.required()) : absent();
  const typed = raw.replace(/\r\n?/g, '\n').trim();
  // Zero-width characters alone are no answer: blank, as an empty input is.
  const text = isInvisible(typed) ? '' : typed;
  if (text === '' && rule.required) return fail(path, 'required', M.required());
  // Half of an emoji (a lone surrogate) cannot be stored: say so beside the field rather than fail on saving.
  if (!wellFormed(text)) return fail(path, 'malformed_text', M.malformedText());
  // The same control characters as the records' texts: they would break the Word and Excel files.
  if (hasControlCharacter(text, true)) return fail(path, 'control_character', M.controlCharacter());
  // Length in code points, as a person counts characters (an emoji is one).
  const length = [...text].length;
  if (length > rule.maxLength) return fail(path, 'too_long', M.tooLong(length, rule.maxLength));
  return found(text);
}

/** Reads one value among allowed ones (a ChoiceSet). */
export function readChoice<T extends string>(
  raw: string | undefined,
  path: string,
  allowed: readonly T[],
  rule: { required: boolean },
): FieldRead<T> {
  if (isBlank(raw)) return rule.required ? fail(path, 'required', M.required()) : absent();
  const value = raw.trim();
  return (allowed as readonly string[]).includes(value) ? found(value as T) : fail(path, 'invalid_choice', M.invalidChoice(value));
}

/** Reads a multi-select ChoiceSet: Adaptive Cards join the chosen values with commas. */
export function readChoices(raw: string | undefined, path: string, allowed: readonly string[], rule: { required: boolean }): FieldRead<string[]> {
  if (isBlank(raw)) return rule.required ? fail(path, 'required', M.required()) : absent();
  const values = [...new Set(raw.split(',').map((v) => v.trim()).filter((v) => v !== ''))];
  const unknown = values.find((v) => !allowed.includes(v));
  if (unknown !== undefined) return fail(path, 'invalid_choice', M.invalidChoice(unknown));
  return values.length > 0 ? found(values) : rule.required ? fail(path, 'required', M.required()) : absent();
}

const isoDate = z.iso.date();

/** Reads a calendar date (YYYY-MM-DD, as Input.Date sends it); "2026-02-30" is refused. */
export function readDate(raw: string | undefined, path: string, rule: { required: boolean }): FieldRead<string> {
  if (isBlank(raw)) return rule.required ? fail(path, 'required', M.required()) : absent();
  const value = raw.trim();
  return isoDate.safeParse(value).success ? found(value) : fail(path, 'invalid_date', M.invalidDate(value));
}
