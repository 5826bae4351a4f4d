/** A user-facing text in both languages of the product. */
export interface LocalizedText {
  fr: string;
  en: string;
}
export type Lang = keyof LocalizedText;
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** Messages of the rules that zod cannot express on its own, keyed by the `params.key` of custom issues. */
export const RULE_MESSAGES = {
  endBeforeStart: { fr: 'La date de fin doit suivre la date de début.', en: 'The end date must follow the start date.' },
  midTermOutsideMandate: {
    fr: 'La mi-mandat doit tomber entre le début et la fin du mandat.',
    en: 'The mid-term date must fall between the start and the end of the mandate.',
  },
  gapJustificationRequired: {
    fr: 'Un engagement révisé ou abandonné doit avoir une justification publique de l’écart.',
    en: 'A revised or abandoned commitment needs a public justification of the gap.',
  },
  dueBeforeStart: {
    fr: 'L’échéance ne peut pas précéder la date de début.',
    en: 'The due date cannot be before the start date.',
  },
  doneNeedsFullProgress: {
    fr: 'Une action terminée doit être avancée à 100 %.',
    en: 'A finished action must be at 100 % progress.',
  },
  indicatorNeedsOneParent: {
    fr: 'Un indicateur se rattache soit à une action, soit à un engagement (un seul des deux).',
    en: 'An indicator belongs to either an action or a commitment (exactly one of them).',
  },
  targetBeforeBaseline: {
    fr: 'La date de la cible doit suivre celle de la valeur de référence.',
    en: 'The target date must follow the baseline date.',
  },
  targetAgainstDirection: {
    fr: 'La cible doit être au-dessus de la référence pour un indicateur à la hausse, en dessous pour un indicateur à la baisse.',
    en: 'The target must be above the baseline for an increasing indicator and below it for a decreasing one.',
  },
  milestoneOutOfOrder: {
    fr: 'Les jalons doivent être datés dans l’ordre, entre la référence et la cible.',
    en: 'Milestones must be dated in order, between the baseline and the target.',
  },
  unknownReference: { fr: 'Aucun enregistrement ne porte cet identifiant.', en: 'No record has this identifier.' },
  serviceCycle: {
    fr: 'Un service ne peut pas dépendre de lui-même, même indirectement.',
    en: 'A service cannot be its own parent, even indirectly.',
  },
  malformedText: {
    fr: 'Le texte contient un caractère invalide (moitié de caractère Unicode) : retapez-le.',
    en: 'The text contains an invalid character (half of a Unicode character): type it again.',
  },
  controlCharacter: {
    fr: 'Le texte contient un caractère invalide (un caractère de contrôle invisible, souvent venu d’un copier-coller) : retirez-le ou retapez le texte.',
    en: 'The text contains an invalid character (an invisible control character, often from a copy and paste): remove it or type the text again.',
  },
  invisibleOnly: {
    fr: 'Ce champ ne contient que des caractères invisibles (espaces, caractères de largeur nulle) : saisissez un texte.',
    en: 'This field holds only invisible characters (spaces, zero-width characters): enter a text.',
  },
  lineBreak: {
    fr: 'Ce champ tient sur une ligne : retirez les retours à la ligne.',
    en: 'This field fits on one line: remove the line breaks.',
  },
  idImmutable: { fr: 'L’identifiant ne peut pas être modifié.', en: 'The identifier cannot be changed.' },
} as const satisfies Record<string, LocalizedText>;
export type RuleKey = keyof typeof RULE_MESSAGES;
