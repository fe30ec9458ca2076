/**
 * Build-time guard: every .md/.mdx body under src/content (the registry's mdxRulesApply) is checked inside the compile MDX runs anyway, as a Sätteri mdast plugin
 * (astro.config.mjs), so an `import`, an `export` or a `{expression}` written through the CMS fails the build,
 * naming the file and the line, and never runs. The plugin only visits the MDX node types, so a safe file costs
 * next to nothing, where a separate parse of every file before the compile cost seconds of a large build
 * (docs/performance.md). Mdast plugins run before the code is generated, and compiled MDX only runs when a page
 * imports it, so nothing of an unsafe file executes.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { mdxRulesApply } from '../schemas/registry';
import { formatMdxProblems, MDX_CODE_NODES, nodeProblems, type MdxNode, type MdxProblem } from '../lib/mdx/mdx-safety';
import { findMdxProblems } from './mdx-parse-satteri';

export class UnsafeMdxError extends Error {
  override name = 'UnsafeMdxError';
}

export const mdxSafetyPlugin: MdastPluginEntry = ({ fileURL }) => {
  const file = fileURL && fileURLToPath(fileURL);
  if (!file || !mdxRulesApply(file)) return null;
  const problems: MdxProblem[] = [];
  const check = (node: unknown) => nodeProblems(node as MdxNode, problems);
  return {
    name: 'antq:mdx-safety',
    ...Object.fromEntries(MDX_CODE_NODES.map((type) => [type, check])),
    after() {
      if (problems.length === 0) return;
      // Parsed again with positions (the compile skips them), so the report names each line.
      const located = findMdxProblems(readFileSync(file, 'utf8'));
      throw new UnsafeMdxError(
        formatMdxProblems(relative(process.cwd(), file), located.length > 0 ? located : problems),
      );
    },
  };
};

interface VitePluginLike {
  name: string;
  transform?:
    | { handler: (this: unknown, ...args: [string, string, ...unknown[]]) => unknown }
    | ((this: unknown, ...args: [string, string, ...unknown[]]) => unknown);
}

/**
 * Text the MDX parser cannot read (typically pasted HTML with unquoted attributes) fails inside the parser,
 * before any plugin runs, with the parser's English message. This Vite plugin wraps the MDX integration's
 * transform so that, for content files, the failure is the same Vietnamese report as the other MDX rules.
 */
export function mdxParseErrors() {
  return {
    name: 'antq:mdx-parse-errors',
    configResolved(config: { plugins: readonly VitePluginLike[] }) {
      const mdx = config.plugins.find((plugin) => plugin.name === '@mdx-js/rolldown');
      const transform = mdx?.transform;
      if (!mdx || !transform) return;
      const original = typeof transform === 'function' ? transform : transform.handler;
      const wrapped = async function (this: unknown, ...args: [string, string, ...unknown[]]) {
        try {
          return await original.apply(this, args);
        } catch (error) {
          const id = args[1];
          if (error instanceof UnsafeMdxError || !mdxRulesApply(id)) throw error;
          const file = id.replace(/[?#].*$/, '');
          const located = findMdxProblems(readFileSync(file, 'utf8'));
          if (located.length === 0) throw error;
          throw new UnsafeMdxError(formatMdxProblems(relative(process.cwd(), file), located));
        }
      };
      if (typeof transform === 'function') (mdx as { transform: unknown }).transform = wrapped;
      else transform.handler = wrapped;
    },
  };
}
