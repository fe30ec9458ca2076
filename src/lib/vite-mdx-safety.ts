/**
 * Build-time guard: every CMS-managed MDX file is checked before the MDX compiler sees it, so an `import`,
 * an `export` or a `{expression}` written through the CMS fails the build (naming the file) instead of running.
 * Hooked at `load` so it runs first whatever the order of the other MDX plugins.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { findMdxProblems, formatMdxProblems, isCmsManagedMdx } from './mdx-safety';

export class UnsafeMdxError extends Error {
  override name = 'UnsafeMdxError';
}

export function mdxSafety() {
  return {
    name: 'antq:mdx-safety',
    enforce: 'pre' as const,
    load(id: string) {
      const file = id.replace(/[?#].*$/, '');
      if (!isCmsManagedMdx(file)) return null;
      const problems = findMdxProblems(readFileSync(file, 'utf8'));
      if (problems.length > 0) throw new UnsafeMdxError(formatMdxProblems(relative(process.cwd(), file), problems));
      return null;
    },
  };
}
