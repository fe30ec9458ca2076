/**
 * Worker thread that draws leaflet PDFs (started by src/build/leaflet-pdf.ts), so the build renders pages while
 * they are drawn; a thread of its own also collects its garbage apart from the build's large heap. Node runs these
 * TypeScript sources as they are: the hook adds the ".ts" that imports written for Vite leave out.
 */
import { registerHooks } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { LeafletRequest } from './leaflet-pdf';

registerHooks({
  resolve(specifier, context, next) {
    const fromSource = context.parentURL?.endsWith('.ts') && !context.parentURL.includes('/node_modules/');
    if (fromSource && /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier))
      return next(`${specifier}.ts`, context);
    return next(specifier, context);
  },
});
const { drawPdf } = await import('./leaflet-pdf.ts');

// One leaflet at a time, in the order asked: drawn all at once, every page would wait for the last of them.
let queue = Promise.resolve();
parentPort?.on('message', ({ id, request }: { id: number; request: LeafletRequest }) => {
  queue = queue.then(() =>
    drawPdf(request.leaflet, request.emergency, new Date(request.date)).then(
      (result) => parentPort?.postMessage({ id, result }),
      (error: unknown) =>
        parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    ),
  );
});
