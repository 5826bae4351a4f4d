import { ChromiumPdfRenderer } from '../../src/adapters/pdf/chromium-pdf.renderer.js';
import { expectApiError } from '../support/api-assertions.js';
import { AS, readPdf, startBilanTestServer, type BilanTestServer } from '../support/bilan-test-server.js';

describe('the public PDF, printed by Chromium', () => {
  let server: BilanTestServer;
  beforeAll(async () => {
    server = await startBilanTestServer();
  });
  afterAll(() => server.close());

  it('is the public page on A4 pages, with its text', async () => {
    const res = await server.bytes('/exports/public.pdf', AS.reader);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/filename="bilan-public-ville-de-valmont-sur-loire-2026-11-27\.pdf"/);
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text } = await readPdf(res.body);
    expect(pages).toBeGreaterThanOrEqual(3);
    // Lines broken after a hyphen come back as "sur- Loire".
    const flat = text.replace(/-\s+/g, '-').replace(/\s+/g, ' ');
    expect(flat).toContain('Bilan de mi-mandat — Ville de Valmont-sur-Loire');
    expect(flat).toContain('Les chiffres clés');
    expect(flat).toContain('Annexe : les indicateurs');
    for (const axis of await server.store.axis.list()) expect(flat).toContain(axis.title);
  }, 60_000);
});

describe('without Chromium', () => {
  let server: BilanTestServer;
  beforeAll(async () => {
    server = await startBilanTestServer({ pdf: new ChromiumPdfRenderer({ executablePath: '/nonexistent/chromium' }) });
  });
  afterAll(() => server.close());

  it('answers 503 with a message that says what is missing, in French and in English', async () => {
    const fr = await server.api('/exports/public.pdf');
    expectApiError(fr, 503, 'pdf_unavailable');
    expect(fr.body.error.message).toMatch(/Chromium est absent/);
    const en = await server.api('/exports/public.pdf?lang=en');
    expect(en.body.error.message).toMatch(/Chromium is missing/);
    // The HTML version does not need Chromium.
    expect((await server.api('/exports/public.html')).status).toBe(200);
  });
});
