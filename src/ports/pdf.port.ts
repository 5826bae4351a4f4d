/** Turns a self-contained HTML page into a PDF (the public bilan page); Chromium in production. */
export interface PdfRenderer {
  render(html: string): Promise<Buffer>;
}

/**
 * The printer is missing or would not start: what the caller can do nothing about. The bilan turns it into its
 * PdfUnavailableError (503 pdf_unavailable); the message says what went wrong, for the logs.
 */
export class PdfPrinterUnavailableError extends Error {
  override readonly name = 'PdfPrinterUnavailableError';
}
