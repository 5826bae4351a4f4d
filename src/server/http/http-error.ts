import type { LocalizedText } from '../../domain/validation/messages.js';

/** An error that belongs to HTTP itself (wrong content type, missing If-Match…), with a message in both languages. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: LocalizedText,
  ) {
    super(messages.en);
  }
}

export const unauthenticated = (): HttpError =>
  new HttpError(401, 'unauthenticated', {
    fr: 'Authentification requise.',
    en: 'Authentication required.',
  });
