import type { CardRefusal, CardSource } from '../types.js';
import { adaptiveCardProblems } from './adaptive-card-validator.js';

/** The content type of an Adaptive Card attachment, and of an invoke response that replaces the card. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every card the fake received, validated against Adaptive Card 1.5; the refused ones kept for tests to read. */
export class CardChecks {
  private checked = 0;
  private readonly refused: CardRefusal[] = [];

  constructor(private readonly clock: () => number) {}

  /** Problems of each Adaptive Card attachment of an activity, by attachment; [] when every card is valid. */
  activityProblems(activity: Record<string, unknown>, source: CardSource, conversationId?: string): string[] {
    const attachments = activity['attachments'];
    if (attachments === undefined) return [];
    if (!Array.isArray(attachments)) return ['attachments: must be an array'];
    const problems: string[] = [];
    attachments.forEach((attachment: unknown, index) => {
      if (!isObject(attachment) || attachment['contentType'] !== ADAPTIVE_CARD_CONTENT_TYPE) return;
      const found = this.check(attachment['content'], source, conversationId);
      problems.push(...found.map((p) => `attachments[${index}].content: ${p}`));
    });
    return problems;
  }

  /** Validates one card, counts it and records it when refused (`alsoWrong`: what the caller found, e.g. its size). */
  check(card: unknown, source: CardSource, conversationId?: string, alsoWrong: readonly string[] = []): string[] {
    this.checked += 1;
    const problems = [...alsoWrong, ...adaptiveCardProblems(card)];
    if (problems.length > 0) this.refused.push(structuredClone({ at: this.clock(), source, conversationId, problems, card }));
    return problems;
  }

  /** How many cards were validated (valid or not). */
  count(): number {
    return this.checked;
  }

  refusals(): CardRefusal[] {
    return structuredClone(this.refused);
  }

  clear(): void {
    this.checked = 0;
    this.refused.length = 0;
  }
}
