/**
 * Build-time guard: CMS-managed MDX is checked inside the compile MDX runs anyway, as a Sätteri mdast plugin
 * (astro.config.mjs), so an `import`, an `export` or a `{expression}` written through the CMS fails the build,
 * naming the file and the line, and never runs. The plugin only visits the MDX node types, so a safe file costs
 * next to nothing; a separate parse of every file before the compile took about 0.7 ms a file (3.7 s of a
 * 5,000-entry build). Mdast plugins run before the code is generated, and compiled MDX only runs when a page
 * imports it, so nothing of an unsafe file executes.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { formatMdxProblems, isCmsManagedMdx, MDX_CODE_NODES, nodeProblems, type MdxNode, type MdxProblem } from './mdx-safety';
import { findMdxProblems } from './mdx-parse-satteri';

export class UnsafeMdxError extends Error {
  override name = 'UnsafeMdxError';
}

export const mdxSafetyPlugin: MdastPluginEntry = ({ fileURL }) => {
  const file = fileURL && fileURLToPath(fileURL);
  if (!file || !isCmsManagedMdx(file)) return null;
  const problems: MdxProblem[] = [];
  const check = (node: unknown) => nodeProblems(node as MdxNode, problems);
  return {
    name: 'antq:mdx-safety',
    ...Object.fromEntries(MDX_CODE_NODES.map((type) => [type, check])),
    after() {
      if (problems.length === 0) return;
      // Parsed again with positions (the compile skips them), so the report names each line.
      const located = findMdxProblems(readFileSync(file, 'utf8'));
      throw new UnsafeMdxError(formatMdxProblems(relative(process.cwd(), file), located.length > 0 ? located : problems));
    },
  };
};
