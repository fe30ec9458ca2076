/**
 * The only door to decap-server (`npm run cms`). A request reaches it only when:
 * - its Host names this machine (a page on another site that points its own name at 127.0.0.1, DNS rebinding,
 *   is refused);
 * - its Origin is the admin page's own (CORS answers that origin and no other);
 * - its action is one the CMS uses, on the CMS's branch, with every path inside the collections' folders
 *   (src/lib/security/cms-request.ts), and every upload of an accepted type and size (src/lib/cms/uploads.ts).
 * Refusals are 403 with a Vietnamese reason. Requests run one at a time: each starts from a clean worktree that has
 * the editor's latest commits (workspace.ts), and what the CMS publishes or deletes is merged into the editor's
 * folder before the CMS is told it worked.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename } from 'node:path';
import sharp from 'sharp';
import { isLoopbackHost, REFUSED_HOST_MESSAGE } from '../../src/lib/security/loopback';
import { checkCmsRequest, REFUSED_PREFIX } from '../../src/lib/security/cms-request';
import type { CmsWritablePath } from '../../src/lib/security/cms-paths';
import { bytesMatchName, UPLOAD_NAMES, uploadKindOf, uploadProblem } from '../../src/lib/cms/uploads';
import type { DecapHandler } from './decap';
import {
  ensureClean,
  filesOfDraft,
  mergeIntoWorkingBranch,
  syncFromWorkingBranch,
  workingFolderProblem,
  WorkspaceError,
  type Workspace,
} from './workspace';

export interface CmsServerOptions {
  workspace: Workspace;
  allow: readonly CmsWritablePath[];
  collections: readonly string[];
  /** The admin page's origin (http://127.0.0.1:<site port>, and the same port as localhost). */
  adminOrigins: readonly string[];
  decap: DecapHandler;
  log: (line: string) => void;
}

/** A save carries its images and audio inline (base64): room for a few of the largest accepted files. */
const MAX_BODY_BYTES = 96 * 1024 * 1024;
export const API_PATH = '/api/v1';

type Params = Record<string, unknown>;
const asParams = (value: unknown): Params => (value && typeof value === 'object' ? (value as Params) : {});

function reply(response: ServerResponse, status: number, message: string): void {
  const body = JSON.stringify({ error: message });
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Why one of a request's uploads cannot be committed, or undefined. */
async function uploadsProblem(action: string, params: Params): Promise<string | undefined> {
  const assets =
    action === 'persistEntry'
      ? Array.isArray(params.assets)
        ? params.assets
        : []
      : action === 'persistMedia'
        ? [params.asset]
        : [];
  for (const raw of assets) {
    const asset = asParams(raw);
    const path = String(asset.path);
    const name = basename(path);
    const kind = uploadKindOf(name);
    if (!kind || asset.encoding !== 'base64' || typeof asset.content !== 'string') return `“${name}” không đọc được`;
    const bytes = Buffer.from(asset.content, 'base64');
    if (!bytesMatchName(bytes, name)) return `“${name}” không phải ${UPLOAD_NAMES[kind]} đúng như đuôi tên tệp`;
    let size: { width?: number | undefined; height?: number | undefined } = {};
    if (kind === 'image') {
      try {
        const { width, height } = await sharp(bytes).metadata();
        size = { width, height };
      } catch {
        return `“${name}” không phải ảnh đọc được`;
      }
    }
    const problem = uploadProblem({ name, bytes: bytes.length, ...size }, kind);
    if (problem) return problem;
  }
  return undefined;
}

/** The files an action will change on the CMS's branch, which then go into the editor's folder; undefined if none. */
async function filesReachingFolder(ws: Workspace, action: string, params: Params): Promise<string[] | undefined> {
  switch (action) {
    case 'publishUnpublishedEntry':
      return filesOfDraft(ws, `cms/${String(params.collection)}/${String(params.slug)}`);
    case 'deleteFile':
      return [String(params.path)];
    case 'deleteFiles':
      return (params.paths as unknown[]).map(String);
    case 'persistMedia':
      return [String(asParams(params.asset).path)];
    default:
      return undefined;
  }
}

const ACTION_NAMES: Record<string, string> = {
  publishUnpublishedEntry: 'Đã công bố',
  deleteFile: 'Đã xóa',
  deleteFiles: 'Đã xóa',
  persistMedia: 'Đã tải lên',
};

export function createCmsServer(options: CmsServerOptions): Server {
  const { workspace: ws, decap, log } = options;
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  async function handle(request: IncomingMessage & { body?: unknown }, response: ServerResponse, body: Params) {
    const action = String(body.action);
    const params = asParams(body.params);
    await ensureClean(ws);
    await syncFromWorkingBranch(ws);
    const files = await filesReachingFolder(ws, action, params);
    if (files) {
      const problem = await workingFolderProblem(ws, files);
      if (problem) return reply(response, 409, `Chưa làm được: ${problem}.`);
    }
    // decap-server answers through express; hold its answer until the editor's folder has what it reports.
    let pending: unknown[] = [];
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    const answered = new Promise<void>((resolve) => {
      response.end = ((...args: unknown[]) => {
        pending = args;
        resolve();
        return response;
      }) as ServerResponse['end'];
    });
    request.body = body;
    decap(request, response);
    await answered;
    response.end = end as ServerResponse['end'];
    if (files && response.statusCode < 300) {
      const what =
        action === 'publishUnpublishedEntry' ? `${String(params.collection)}/${String(params.slug)}` : files.join(', ');
      try {
        const changed = await mergeIntoWorkingBranch(ws, `Gộp nội dung từ trang biên tập (${what})`);
        log(
          `${ACTION_NAMES[action]} ${what}: đã gộp nhánh ${ws.cmsBranch} vào ${ws.branch} trong thư mục dự án` +
            (changed.length ? ` (${changed.join(', ')})` : '') +
            '.',
        );
      } catch (error) {
        const message = `${ACTION_NAMES[action]} ${what} trên nhánh ${ws.cmsBranch} nhưng ${(error as Error).message}.`;
        log(message);
        const text = JSON.stringify({ error: message });
        response.statusCode = 409;
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.setHeader('content-length', Buffer.byteLength(text));
        pending = [text];
      }
    }
    end(...pending);
  }

  return createServer((request, response) => {
    // Every refusal below, including the Host check, happens before anything is read or written.
    if (!isLoopbackHost(request.headers.host)) return reply(response, 403, REFUSED_HOST_MESSAGE);
    const origin = request.headers.origin;
    if (!origin || !options.adminOrigins.includes(origin))
      return reply(
        response,
        403,
        `${REFUSED_PREFIX}: yêu cầu không đến từ trang biên tập (${options.adminOrigins[0]}/admin/), nguồn gửi: ${origin ?? 'không rõ'}.`,
      );
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('vary', 'Origin');
    if (new URL(request.url ?? '/', 'http://x').pathname !== API_PATH || request.url !== API_PATH)
      return reply(response, 404, `${REFUSED_PREFIX}: chỉ có địa chỉ ${API_PATH}.`);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
      });
      return response.end();
    }
    if (request.method !== 'POST') return reply(response, 405, `${REFUSED_PREFIX}: chỉ nhận POST.`);
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? ''))
      return reply(response, 415, `${REFUSED_PREFIX}: yêu cầu phải là JSON.`);
    void (async () => {
      const raw = await readBody(request);
      if (!raw) return reply(response, 413, `${REFUSED_PREFIX}: yêu cầu quá lớn.`);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return reply(response, 400, `${REFUSED_PREFIX}: yêu cầu không phải JSON hợp lệ.`);
      }
      const verdict = checkCmsRequest(body, {
        allow: options.allow,
        branch: ws.cmsBranch,
        collections: options.collections,
      });
      if (!verdict.ok) {
        log(verdict.message);
        return reply(response, verdict.status, verdict.message);
      }
      const params = asParams(asParams(body).params);
      const upload = await uploadsProblem(verdict.action, params);
      if (upload) return reply(response, 403, `${REFUSED_PREFIX}: ${upload}`);
      await serially(() => handle(request, response, body as Params));
    })().catch((error: unknown) => {
      const message =
        error instanceof WorkspaceError ? error.message : `Lỗi máy chủ nội dung cục bộ: ${(error as Error).message}`;
      log(message);
      if (!response.headersSent) reply(response, 500, message);
      else response.destroy();
    });
  });
}
