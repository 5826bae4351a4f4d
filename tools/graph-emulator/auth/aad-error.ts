import { randomUUID } from 'node:crypto';

/** An Entra ID (AAD) OAuth error answer: { error, error_description "AADSTSnnnn: …", error_codes, trace_id, … }. */
export interface AadError {
  status: number;
  body: Record<string, unknown>;
}

export function aadError(status: number, error: string, aadsts: number, message: string): AadError {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z';
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${aadsts}: ${message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [aadsts],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${aadsts}`,
    },
  };
}
