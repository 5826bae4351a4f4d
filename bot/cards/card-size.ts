/** The size budget of a card: Teams refuses messages of about 100 KB counted as UTF-16, and we keep a margin. */
export const CARD_SIZE_LIMIT_BYTES = 80 * 1024;

/** Size of a card's JSON counted as UTF-16 (two bytes per code unit), the way Teams measures messages. */
export function cardSizeBytes(card: unknown): number {
  return JSON.stringify(card).length * 2;
}
