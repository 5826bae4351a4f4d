import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Where screenshots go (gitignored): tests/e2e/artifacts. */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../artifacts');
const DOCS_DIR = path.resolve(__dirname, '../../../docs/screenshots');

/** Saves a screenshot of the page as an artefact; `docs: true` also refreshes the README's copy. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean; docs?: boolean } = {}): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false, animations: 'disabled' });
  if (options.docs) {
    fs.mkdirSync(DOCS_DIR, { recursive: true });
    fs.copyFileSync(file, path.join(DOCS_DIR, `${name}.png`));
  }
  return file;
}
