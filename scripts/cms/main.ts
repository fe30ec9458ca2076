/**
 * `npm run cms` (scripts/cms.mjs bundles and runs this): the CMS's own git worktree (workspace.ts), decap-server
 * inside the guard (server.ts, decap.ts) on CMS_SERVER_PORT, and the site's dev server on CMS_SITE_PORT serving
 * /admin/. `--server-only` starts the guard without the dev server (for an /admin/ served from a build).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { cmsCollectionNames, cmsWritablePaths } from '../../src/lib/cms/writable-paths';
import { decapGitHandler } from './decap';
import { createCmsServer, API_PATH } from './server';
import { prepareWorkspace, WorkspaceError } from './workspace';

const say = (line: string) => console.log(`[trang biên tập] ${line}`);

export async function main(root: string, argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const serverPort = Number(env.CMS_SERVER_PORT ?? '8081');
  const sitePort = Number(env.CMS_SITE_PORT ?? '4321');
  const serverOnly = argv.includes('--server-only');
  let workspace;
  try {
    workspace = await prepareWorkspace(root, { dir: env.CMS_WORKTREE });
  } catch (error) {
    console.error(error instanceof WorkspaceError ? error.message : error);
    process.exitCode = 1;
    return;
  }
  if (env.CMS_BRANCH && env.CMS_BRANCH !== workspace.branch) {
    console.error(
      `CMS_BRANCH=${env.CMS_BRANCH} nhưng thư mục dự án đang ở nhánh ${workspace.branch}: trang biên tập cục bộ công bố vào nhánh đang mở. Chuyển nhánh (git switch ${env.CMS_BRANCH}) hoặc bỏ CMS_BRANCH.`,
    );
    process.exitCode = 1;
    return;
  }
  const server = createCmsServer({
    workspace,
    allow: cmsWritablePaths(),
    collections: cmsCollectionNames(),
    adminOrigins: [`http://127.0.0.1:${sitePort}`, `http://localhost:${sitePort}`],
    decap: await decapGitHandler(workspace.dir),
    log: say,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(serverPort, '127.0.0.1', resolve);
  });

  const children: ChildProcess[] = [];
  if (!serverOnly)
    children.push(
      // CMS_LOCAL_BACKEND also switches Astro's dev toolbar and live reload off (astro.config.mjs).
      spawn(join(root, 'node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(sitePort)], {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...env,
          CMS_BRANCH: workspace.cmsBranch,
          CMS_LOCAL_BACKEND: `http://127.0.0.1:${serverPort}${API_PATH}`,
        },
      }),
    );
  console.log(
    [
      '',
      `Trang biên tập: http://127.0.0.1:${sitePort}/admin/`,
      `Máy chủ nội dung cục bộ: 127.0.0.1:${serverPort}, chỉ đọc và ghi thư mục nội dung, ảnh, âm thanh của các mục.`,
      `Bản nháp nằm ở các nhánh cms/…; bài công bố được gộp vào nhánh ${workspace.branch} của thư mục này, và dòng "Đã công bố …" hiện ở đây.`,
      '',
    ].join('\n'),
  );

  const stop = () => {
    for (const child of children) if (child.exitCode === null) child.kill();
    server.close();
    server.closeAllConnections();
  };
  for (const child of children)
    child.on('exit', (code) => {
      stop();
      process.exitCode = code ?? 0;
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
