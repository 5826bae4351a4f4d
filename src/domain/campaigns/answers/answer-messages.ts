import { RULE_MESSAGES, type LocalizedText } from '../../validation/messages.js';

// What the person typed is quoted back, shortened so that a pasted page cannot flood the card.
const quote = (raw: string): { fr: string; en: string } => {
  // By characters, not UTF-16 units: an emoji is never cut in half.
  const chars = [...raw];
  const shown = chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : raw;
  return { fr: `« ${shown} »`, en: `“${shown}”` };
};
const nf = { fr: new Intl.NumberFormat('fr-FR'), en: new Intl.NumberFormat('en-GB') };
const num = (n: number) => ({ fr: nf.fr.format(n), en: nf.en.format(n) });

/** Messages of the answer parsers: precise, in both languages, saying what to type instead. */
export const ANSWER_MESSAGES = {
  malformedText: (): LocalizedText => ({
    fr: 'Le texte contient un caractère invalide (moitié de caractère Unicode) : retapez-le.',
    en: 'The text contains an invalid character (half of a Unicode character): type it again.',
  }),
  controlCharacter: (): LocalizedText => RULE_MESSAGES.controlCharacter,
  required: (): LocalizedText => ({ fr: 'Cette réponse est obligatoire.', en: 'This answer is required.' }),
  notANumber: (raw: string): LocalizedText => ({
    fr: `${quote(raw).fr} n’est pas un nombre.`,
    en: `${quote(raw).en} is not a number.`,
  }),
  notAnInteger: (raw: string): LocalizedText => ({
    fr: `Saisissez un nombre entier, sans décimale (${quote(raw).fr} n’en est pas un).`,
    en: `Enter a whole number, without decimals (${quote(raw).en} is not one).`,
  }),
  outOfRange: (value: number, min: number, max: number): LocalizedText => ({
    fr: `Saisissez un nombre entre ${num(min).fr} et ${num(max).fr} (${num(value).fr} est en dehors).`,
    en: `Enter a number between ${num(min).en} and ${num(max).en} (${num(value).en} is outside).`,
  }),
  tooSmall: (value: number, min: number): LocalizedText => ({
    fr: `Saisissez un nombre supérieur ou égal à ${num(min).fr} (${num(value).fr} est trop petit).`,
    en: `Enter a number greater than or equal to ${num(min).en} (${num(value).en} is too small).`,
  }),
  tooBig: (value: number, max: number): LocalizedText => ({
    fr: `Saisissez un nombre inférieur ou égal à ${num(max).fr} (${num(value).fr} est trop grand).`,
    en: `Enter a number less than or equal to ${num(max).en} (${num(value).en} is too big).`,
  }),
  tooLong: (length: number, max: number): LocalizedText => ({
    fr: `Ce texte fait ${num(length).fr} caractères ; la limite est de ${num(max).fr}.`,
    en: `This text is ${num(length).en} characters long; the limit is ${num(max).en}.`,
  }),
  invalidChoice: (raw: string): LocalizedText => ({
    fr: `${quote(raw).fr} ne fait pas partie des choix proposés.`,
    en: `${quote(raw).en} is not one of the choices offered.`,
  }),
  singleChoice: (): LocalizedText => ({ fr: 'Choisissez une seule réponse.', en: 'Choose one answer only.' }),
  invalidDate: (raw: string): LocalizedText => ({
    fr: `${quote(raw).fr} n’est pas une date valide (attendu : AAAA-MM-JJ).`,
    en: `${quote(raw).en} is not a valid date (expected: YYYY-MM-DD).`,
  }),
  dateInFuture: (): LocalizedText => ({
    fr: 'Une mesure ne peut pas être datée dans le futur.',
    en: 'A measure cannot be dated in the future.',
  }),
  dateWithoutValue: (): LocalizedText => ({
    fr: 'Indiquez la valeur mesurée, ou effacez la date.',
    en: 'Enter the measured value, or clear the date.',
  }),
  splitSum: (total: number): LocalizedText => ({
    fr: `La répartition fait ${num(total).fr} % : elle doit faire exactement 100 %.`,
    en: `The split adds up to ${num(total).en} %: it must be exactly 100 %.`,
  }),
} as const;
