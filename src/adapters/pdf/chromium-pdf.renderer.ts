import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { PdfPrinterUnavailableError, type PdfRenderer } from '../../ports/pdf.port.js';

/** Where Debian installs Chromium. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
/** Chromium as the server runs it: headless, no sandbox (containers), no GPU. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu'] as const;

export interface ChromiumPdfOptions {
  /** The Chromium binary (from configuration, CHROMIUM_PATH); Debian's by default. */
  executablePath?: string;
  /** Longest a PDF may take, launch included. */
  timeoutMs?: number;
}

/**
 * Prints pages with Chromium through playwright-core. One print at a time: a print takes a core for a few seconds,
 * and the server has other requests to answer. The page runs without JavaScript and without network.
 */
export class ChromiumPdfRenderer implements PdfRenderer {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly executablePath: string;
  private readonly timeoutMs: number;

  constructor(options: ChromiumPdfOptions = {}) {
    this.executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH;
    this.timeoutMs = options.timeoutMs ?? 120_000;
  }

  /** Whether the Chromium binary is there (it may still fail to start). */
  available(): boolean {
    return fs.existsSync(this.executablePath);
  }

  render(html: string): Promise<Buffer> {
    const run = this.queue.then(() => this.print(html));
    // The next print waits for this one, whether it succeeds or fails.
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async print(html: string): Promise<Buffer> {
    if (!this.available()) throw new PdfPrinterUnavailableError(`no Chromium at ${this.executablePath}`);
    let browser;
    try {
      browser = await chromium.launch({ executablePath: this.executablePath, args: [...CHROMIUM_ARGS], timeout: this.timeoutMs });
    } catch (error) {
      throw new PdfPrinterUnavailableError(`Chromium did not start: ${(error as Error).message}`);
    }
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      page.setDefaultTimeout(this.timeoutMs);
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
      return Buffer.from(pdf);
    } finally {
      await browser.close();
    }
  }
}
