/**
 * The git side of `npm run cms`. decap-server's git mode checks out one branch after another in the folder it works
 * in and commits with `git add .`: in the folder the dev server serves, every save swapped files under the running
 * site (Astro then failed on an image that had just vanished) and committed whatever else was uncommitted.
 *
 * So the editorial workflow gets a git worktree of its own, inside the repository's git folder where neither the
 * dev server nor `git status` looks, on a branch of its own (`cms-<branch>`). Drafts (`cms/<collection>/<slug>`)
 * never touch the editor's folder. What the CMS publishes or deletes lands on `cms-<branch>`, and is then merged
 * into the editor's branch in the editor's folder, with a line in the terminal saying so. The editor's own commits
 * are merged the other way before each request, so the CMS always shows the folder's latest content.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Workspace {
  /** The editor's project folder, which the dev server serves. */
  root: string;
  /** The CMS's own worktree, where decap-server works. */
  dir: string;
  /** The editor's branch, checked out in `root`. */
  branch: string;
  /** The branch the CMS publishes to, checked out in `dir`. */
  cmsBranch: string;
}

/** A failure the editor can act on: the message says what happened and what to do, in Vietnamese. */
export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
}

export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, env: gitEnv() });
  return stdout.trim();
}

async function gitOk(cwd: string, args: string[]): Promise<boolean> {
  try {
    await run('git', args, { cwd, env: gitEnv() });
    return true;
  } catch {
    return false;
  }
}

let identity: Record<string, string> = {};
const gitEnv = () => ({ ...process.env, ...identity, GIT_TERMINAL_PROMPT: '0' });

/** The CMS's branch for an editor's branch. */
export const cmsBranchFor = (branch: string) => `cms-${branch}`;

/**
 * Sets up (or reuses) the CMS's worktree for the branch checked out in `root`. `dir` overrides where it lives
 * (CMS_WORKTREE); by default inside the repository's git folder.
 */
export async function prepareWorkspace(root: string, options: { dir?: string | undefined } = {}): Promise<Workspace> {
  root = resolve(root);
  const branch = await git(root, ['symbolic-ref', '--short', '-q', 'HEAD']).catch(() => '');
  if (!branch)
    throw new WorkspaceError(
      'Thư mục dự án không ở trên nhánh nào (detached HEAD): chạy "git switch main" (hoặc nhánh cần biên tập) rồi chạy lại npm run cms.',
    );
  // Commits need a name; a fresh machine may not have one configured.
  if (!(await gitOk(root, ['config', 'user.name'])) || !(await gitOk(root, ['config', 'user.email'])))
    identity = {
      GIT_AUTHOR_NAME: 'Biên tập viên',
      GIT_AUTHOR_EMAIL: 'bien-tap@localhost',
      GIT_COMMITTER_NAME: 'Biên tập viên',
      GIT_COMMITTER_EMAIL: 'bien-tap@localhost',
    };
  const cmsBranch = cmsBranchFor(branch);
  const gitDir = await git(root, ['rev-parse', '--absolute-git-dir']);
  const dir = resolve(options.dir ?? join(gitDir, 'antq-cms', 'worktree'));
  if (!(await gitOk(root, ['rev-parse', '--verify', '-q', `refs/heads/${cmsBranch}`])))
    await git(root, ['branch', cmsBranch, branch]);
  const registered = (await git(root, ['worktree', 'list', '--porcelain']))
    .split('\n')
    .some((line) => line === `worktree ${dir}`);
  if (!registered || !existsSync(join(dir, '.git'))) {
    rmSync(dir, { recursive: true, force: true });
    await git(root, ['worktree', 'prune']);
    mkdirSync(dirname(dir), { recursive: true });
    await git(root, ['worktree', 'add', '--quiet', dir, cmsBranch]);
  }
  const workspace = { root, dir, branch, cmsBranch };
  await ensureClean(workspace);
  await syncFromWorkingBranch(workspace);
  return workspace;
}

/**
 * The CMS's worktree as decap-server expects it before each request: on the CMS branch, nothing uncommitted, no
 * merge or rebase half done (an interrupted request). Its files are the server's own: nobody edits them by hand.
 * This is also what makes a save commit only its entry: decap-server commits everything it finds changed.
 */
export async function ensureClean(ws: Workspace): Promise<void> {
  const head = await git(ws.dir, ['symbolic-ref', '--short', '-q', 'HEAD']).catch(() => '');
  if (head === ws.cmsBranch && (await git(ws.dir, ['status', '--porcelain', '--untracked-files=all'])) === '') return;
  await gitOk(ws.dir, ['rebase', '--abort']);
  await gitOk(ws.dir, ['merge', '--abort']);
  await git(ws.dir, ['reset', '--quiet', '--hard']);
  await git(ws.dir, ['clean', '-q', '-f', '-d']);
  if (head !== ws.cmsBranch) await git(ws.dir, ['checkout', '--quiet', ws.cmsBranch]);
}

/** Brings the editor's latest commits to the CMS's branch (a fast-forward unless both moved). */
export async function syncFromWorkingBranch(ws: Workspace): Promise<void> {
  if (await gitOk(ws.root, ['merge-base', '--is-ancestor', ws.branch, ws.cmsBranch])) return;
  try {
    await git(ws.dir, ['merge', '--quiet', '--no-edit', '--no-verify', ws.branch]);
  } catch {
    await gitOk(ws.dir, ['merge', '--abort']);
    throw new WorkspaceError(
      `Không gộp được nhánh ${ws.branch} vào ${ws.cmsBranch}: cùng một tệp đã được sửa ở cả hai nơi. Trong thư mục dự án, chạy "git merge ${ws.cmsBranch}", sửa chỗ xung đột, commit, rồi thử lại.`,
    );
  }
}

/** Files an entry's draft branch changes, compared with where it started from the CMS's branch. */
export async function filesOfDraft(ws: Workspace, draftBranch: string): Promise<string[]> {
  const out = await git(ws.root, ['diff', '--name-only', '--no-renames', `${ws.cmsBranch}...${draftBranch}`]);
  return out ? out.split('\n') : [];
}

/**
 * Why files cannot be merged into the editor's folder now, or undefined: the folder must still be on the editor's
 * branch, and none of these files may have changes there that are not committed (git would refuse to overwrite them).
 */
export async function workingFolderProblem(ws: Workspace, files: readonly string[]): Promise<string | undefined> {
  const head = await git(ws.root, ['symbolic-ref', '--short', '-q', 'HEAD']).catch(() => '');
  if (head !== ws.branch)
    return `thư mục dự án đang ở nhánh ${head || '(không có nhánh)'}, không phải ${ws.branch}. Chuyển về nhánh ${ws.branch} (git switch ${ws.branch}) rồi thử lại`;
  if (files.length === 0) return undefined;
  const dirty = await git(ws.root, ['status', '--porcelain', '--untracked-files=all', '--', ...files]);
  if (!dirty) return undefined;
  const names = dirty.split('\n').map((line) => line.slice(3));
  return `trong thư mục dự án, ${names.join(', ')} đang có thay đổi chưa commit. Hãy commit hoặc hoàn tác thay đổi đó (git stash) rồi thử lại`;
}

/** Merges the CMS's branch into the editor's branch, in the editor's folder; returns the files that changed. */
export async function mergeIntoWorkingBranch(ws: Workspace, message: string): Promise<string[]> {
  if (await gitOk(ws.root, ['merge-base', '--is-ancestor', ws.cmsBranch, ws.branch])) return [];
  const before = await git(ws.root, ['rev-parse', 'HEAD']);
  if (!(await gitOk(ws.root, ['merge', '--quiet', '--ff-only', ws.cmsBranch]))) {
    try {
      await git(ws.root, ['merge', '--quiet', '--no-edit', '-m', message, ws.cmsBranch]);
    } catch (error) {
      await gitOk(ws.root, ['merge', '--abort']);
      throw new WorkspaceError(
        `chưa gộp được ${ws.cmsBranch} vào ${ws.branch} trong thư mục dự án (${(error as Error).message.split('\n')[0]}). Chạy "git merge ${ws.cmsBranch}" trong thư mục dự án để xem lý do`,
      );
    }
  }
  const changed = await git(ws.root, ['diff', '--name-only', before, 'HEAD']);
  return changed ? changed.split('\n') : [];
}
