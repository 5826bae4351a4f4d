import { isUtf8 } from 'node:buffer';
import express, { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { ImportService } from '../../app/import/import.service.js';
import { foldCell } from '../../app/import/cells/choices.js';
import type { ImportFile } from '../../app/import/read/read-file.js';
import { SHEETS, sheetNamed } from '../../app/import/sheets/sheets.js';
import { HttpError } from '../http/http-error.js';
import { declaredCharset, invalidUtf8, isUtf8Charset } from '../http/request-guards.js';
import { writeRateLimit, type WriteRateLimit } from '../http/write-rate-limit.js';
import { identityOf } from './context.js';
import { booleanParam, parseQuery } from './query.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv';
/** Largest file accepted: a commune's programme is a few hundred kilobytes; a metropole's a few megabytes. */
export const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;
/** Imports are heavy writes: fewer per person than ordinary writes (unless the app's write limit says otherwise). */
const DEFAULT_IMPORT_RATE_LIMIT: WriteRateLimit = { windowMs: 60_000, maxWritesPerWindow: 30 };


const SHEET_NAMES = SHEETS.flatMap((s) => [s.name, ...s.aliases].map(foldCell));
const sheetParam = z
  .string()
  .transform(foldCell)
  .pipe(z.enum(SHEET_NAMES as [string, ...string[]]));
const importQuery = z.strictObject({ dryRun: booleanParam.default(false), sheet: sheetParam.optional() });
const templateQuery = z.strictObject({ withData: booleanParam.default(false) });

const unsupportedType = (): HttpError =>
  new HttpError(415, 'unsupported_media_type', {
    fr: `Envoyez un classeur .xlsx (Content-Type: ${XLSX_TYPE}) ou un fichier CSV (Content-Type: text/csv, avec ?sheet=).`,
    en: `Send an .xlsx workbook (Content-Type: ${XLSX_TYPE}) or a CSV file (Content-Type: text/csv, with ?sheet=).`,
  });

/**
 * GET the workbook template (optionally filled with the roadmap); POST a workbook or a CSV file to import it.
 * Mounted after authentication and before the API's JSON-only gate: the import takes .xlsx and CSV bodies.
 */
export function importRouter(service: ImportService, rateLimit?: WriteRateLimit): Router {
  const router = Router();

  router.get('/import/template.xlsx', async (req, res) => {
    const { withData } = parseQuery(templateQuery, req.query);
    const file = await service.workbook(identityOf(req), withData);
    res.setHeader('Cache-Control', 'no-store');
    res.type(XLSX_TYPE).attachment(withData ? 'cap-mandat-feuille-de-route.xlsx' : 'cap-mandat-modele-import.xlsx').send(file);
  });

  const mayImport: RequestHandler = (req, _res, next) => {
    // Refused before the body is read: a reader learns nothing from uploading a file.
    service.assertMayImport(identityOf(req));
    next();
  };
  const acceptedRequest: RequestHandler = (req, _res, next) => {
    // Type and parameters are checked before the body is read: no point receiving 10 MB to refuse them.
    if (!req.is([XLSX_TYPE, CSV_TYPE])) throw unsupportedType();
    parseQuery(importQuery, req.query);
    next();
  };
  router.post(
    '/import',
    writeRateLimit(rateLimit ?? DEFAULT_IMPORT_RATE_LIMIT),
    mayImport,
    acceptedRequest,
    express.raw({ type: [XLSX_TYPE, CSV_TYPE], limit: IMPORT_LIMIT_BYTES }),
    async (req, res) => {
      const { dryRun, sheet } = parseQuery(importQuery, req.query);
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const def = sheet === undefined ? undefined : sheetNamed(sheet);
      let file: ImportFile;
      if (req.is(CSV_TYPE)) {
        if (!def)
          throw new HttpError(400, 'sheet_required', {
            fr: `Un fichier CSV contient une seule feuille : précisez-la avec ?sheet= (${SHEETS.map((s) => s.aliases[0]).join(', ')}).`,
            en: `A CSV file holds one sheet: name it with ?sheet= (${SHEETS.map((s) => s.aliases[0]).join(', ')}).`,
          });
        // Without a charset a CSV may be French Excel's Windows-1252 (the reader falls back to it); one declared as
        // UTF-8 must be UTF-8, or its bad bytes would be imported as U+FFFD.
        const charset = declaredCharset(req.get('content-type'));
        if (charset !== undefined && isUtf8Charset(charset) && !isUtf8(data)) throw invalidUtf8();
        file = { format: 'csv', data, sheet: def };
      } else file = { format: 'xlsx', data, sheet: def };
      res.json(await service.importFile(identityOf(req), file, { dryRun }));
    },
  );
  return router;
}
