import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

/** Vite names built files `name-<hash>.ext` under assets/: their content never changes under a given name. */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
const ONE_YEAR_S = 365 * 24 * 3600;

const NOT_BUILT = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cap Mandat</title></head>
<body><main><h1>Cap Mandat</h1><p>Le serveur fonctionne, mais l’onglet n’est pas construit : lancez
<code>npm run build:tab</code>. L’API est décrite dans <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
<p lang="en">The server is running but the tab is not built: run <code>npm run build:tab</code>.</p></main></body></html>`;

/** The folder the tab is built into: `dist/tab` at the root of the package (found from this file, wherever it runs from). */
export function defaultTabDir(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve('dist/tab');
    dir = parent;
  }
  return path.join(dir, 'dist', 'tab');
}

/** Pages of the single-page app are HTML GETs outside /api (the tab routes with the hash, but deep paths stay safe). */
const wantsPage: (path: string, accept: string | undefined) => boolean = (p, accept) =>
  !p.startsWith('/api/') && p !== '/api' && !path.extname(p) && (accept === undefined || accept.includes('text/html') || accept.includes('*/*'));

/**
 * Serves the built tab: hashed assets cached for a year, index.html never cached (so a new build is picked up at
 * once), and index.html for any other page GET (SPA fallback). Without a build, a page that says how to make one.
 */
export function staticTab(tabDir: string = defaultTabDir()): Router {
  const router = express.Router();
  const indexFile = path.join(tabDir, 'index.html');
  const sendIndex: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !wantsPage(req.path, req.get('Accept'))) return next();
    res.setHeader('Cache-Control', 'no-cache');
    if (!fs.existsSync(indexFile)) {
      res.type('html').send(NOT_BUILT);
      return;
    }
    res.sendFile(indexFile, (error) => {
      if (error) next(error);
    });
  };
  router.use(
    express.static(tabDir, {
      index: false,
      fallthrough: true,
      setHeaders(res, file) {
        res.setHeader('Cache-Control', HASHED_ASSET.test(file.split(path.sep).join('/')) ? `public, max-age=${ONE_YEAR_S}, immutable` : 'no-cache');
      },
    }),
  );
  router.use(sendIndex);
  return router;
}
