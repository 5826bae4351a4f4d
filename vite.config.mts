// Builds the tab (src/tab) into dist/tab, which the server serves. No React plugin: vite 8 compiles TSX with oxc.
import { defineConfig } from 'vite';

export default defineConfig(({ command }) => ({
  root: 'src/tab',
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: command !== 'build' } },
  build: {
    outDir: '../../dist/tab',
    emptyOutDir: true,
    target: 'es2022',
    // The bench reads the chunk graph from the manifest to add up what the first page loads.
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      onwarn(warning, warn) {
        // Fluent UI marks its modules 'use client' (for React Server Components); meaningless in a client bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // A build is always a production build, even when run from jest (NODE_ENV=test) or a shell with NODE_ENV set.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3978' } },
}));
