import { cardSizeBytes, CARD_SIZE_LIMIT_BYTES } from '../../../../bot/cards/card-size.js';
import { adaptiveCardProblems } from '../../../../tools/fake-bot-connector/cards/adaptive-card-validator.js';

/**
 * Everything wrong with a card the bot builds, [] when fine: what the fake Bot Connector refuses as Teams would
 * (the one validator, tools/fake-bot-connector/cards), plus our own rules: version exactly 1.5 (Universal Actions)
 * and the 80 KB budget that keeps a margin under Teams' 100 KB.
 */
export function cardProblems(card: unknown): string[] {
  const problems = adaptiveCardProblems(card);
  const version = typeof card === 'object' && card !== null ? (card as { version?: unknown }).version : undefined;
  if (version !== '1.5') problems.push('version is not 1.5');
  const size = cardSizeBytes(card);
  if (size > CARD_SIZE_LIMIT_BYTES) problems.push(`size ${size} bytes is over ${CARD_SIZE_LIMIT_BYTES}`);
  return problems;
}
