import type { Express } from 'express';

/** One route of the HTTP app, as Express registered it. */
export interface RouteEntry {
  method: string;
  path: string;
}

interface Layer {
  name: string;
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** Every method + path the app answers, found by walking Express's router stack (mounted routers included). */
export function listRoutes(app: Express): RouteEntry[] {
  const walk = (stack: Layer[], prefix: string): RouteEntry[] =>
    stack.flatMap((layer) => {
      if (layer.route)
        return Object.keys(layer.route.methods)
          .filter((m) => m !== '_all')
          .map((m) => ({ method: m.toUpperCase(), path: `${prefix}${layer.route!.path}` }));
      if (layer.name === 'router' && layer.handle.stack) {
        const mount = layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : '';
        return walk(layer.handle.stack, `${prefix}${mount}`);
      }
      return [];
    });
  const root = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  return walk(root, '');
}
