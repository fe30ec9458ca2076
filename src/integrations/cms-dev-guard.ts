/**
 * Under `npm run cms` (CMS_LOCAL_BACKEND set), the dev server is the local CMS's second port: requests for another
 * Host, for hidden files, outside the project, or for its tooling are refused in Vietnamese before Vite sees them
 * (src/lib/security/dev-requests.ts). Vite's own CORS is off: /admin/ loads its modules from its own origin. Live
 * reload is off too: Astro reloads every open page when content changes, so a publication, which writes content
 * here, threw the editor out of the CMS mid-task. Reading pages show the change at the next manual reload.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devRequestProblem } from '../lib/security/dev-requests';

export function cmsDevGuard(enabled: boolean): AstroIntegration {
  return {
    name: 'antq:cms-dev-guard',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (!enabled || command !== 'dev') return;
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            // Vite's own Host check answers in English: the guard below does it, in Vietnamese, for every request.
            // No websocket at all: nothing to reload the CMS with, nothing for another page to connect to.
            server: { hmr: false, ws: false, cors: false, allowedHosts: true },
            plugins: [
              {
                name: 'antq:cms-dev-guard',
                configureServer(server) {
                  // First in line: Astro puts its own handlers in front of Vite's after the plugins' hooks ran,
                  // so this one goes in front of those, last.
                  // Vite serves its optimised packages from its cache folder (inside the project in a copy of it).
                  const cache = relative(root, server.config.cacheDir).split(sep).join('/');
                  const served = cache && !cache.startsWith('..') && !isAbsolute(cache) ? [cache] : [];
                  return () => {
                    server.middlewares.stack.unshift({
                      route: '',
                      handle: (request: IncomingMessage, response: ServerResponse, next: () => void) => {
                        const problem = devRequestProblem(request.headers.host, request.url ?? '/', root, served);
                        if (!problem) return next();
                        response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
                        response.end(problem);
                      },
                    });
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
