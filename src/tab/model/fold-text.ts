/** Lower case without accents, for search: "Écoles" matches "ecoles". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
