/** What may be logged of an error from botbuilder or the Bot Connector. */
export interface ErrorFields {
  name: string;
  message: string;
  statusCode?: number;
  code?: string;
}

/**
 * The loggable fields of an error, and nothing else: a Bot Connector RestError carries the request, whose
 * Authorization header holds the bot's token.
 */
export function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { name: 'NonError', message: String(error) };
  const statusCode: unknown = Reflect.get(error, 'statusCode');
  const code: unknown = Reflect.get(error, 'code');
  return {
    name: error.name,
    message: error.message,
    ...(typeof statusCode === 'number' ? { statusCode } : {}),
    ...(typeof code === 'string' ? { code } : {}),
  };
}
