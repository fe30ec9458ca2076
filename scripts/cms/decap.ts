/**
 * decap-server's git backend, loaded into the CMS server's own process instead of run as a server: it listens on
 * no port at all, so nothing can reach it except through the guard (server.ts) that hands it requests. Its own
 * CORS rule (any localhost origin), JSON parser and request log are left out: the guard does those, stricter.
 */
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type DecapHandler = (request: IncomingMessage & { body?: unknown }, response: ServerResponse) => void;

interface ExpressApp {
  (request: IncomingMessage, response: ServerResponse): void;
  use: (...args: unknown[]) => unknown;
  disable: (setting: string) => unknown;
}

/** decap-server's git mode working in `repoPath`; the request's `body` must already be parsed. */
export async function decapGitHandler(repoPath: string, logLevel = 'warn'): Promise<DecapHandler> {
  const require = createRequire(import.meta.url);
  const middlewares = require.resolve('decap-server/dist/middlewares');
  const express = createRequire(middlewares)('express') as () => ExpressApp;
  const { registerLocalGit } = require(middlewares) as {
    registerLocalGit: (app: ExpressApp, options: { logLevel: string }) => Promise<void>;
  };
  const app = express();
  app.disable('x-powered-by');
  const use = app.use;
  const previous = process.env.GIT_REPO_DIRECTORY;
  // decap-server reads the repository's path from the environment, synchronously, as it registers.
  process.env.GIT_REPO_DIRECTORY = repoPath;
  app.use = () => app;
  let registered: Promise<void>;
  try {
    registered = registerLocalGit(app, { logLevel });
  } finally {
    app.use = use;
    if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = previous;
  }
  await registered;
  return (request, response) => {
    // Tells express the body is parsed (body-parser's own flag), so nothing tries to read the stream again.
    (request as { _body?: boolean })._body = true;
    app(request, response);
  };
}
