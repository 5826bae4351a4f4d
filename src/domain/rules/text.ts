/** Folds text for accent- and case-insensitive search: "Écoles" and "ecoles" match. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
