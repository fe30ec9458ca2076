/** The MDX rules (mdx-safety.ts) with the parser Astro's build compiles with. Node only: Sätteri is native code. */
import { mdxToMdast } from 'satteri';
import { findMdxProblemsWith, type MdxNode, type MdxParser, type MdxProblem } from '../lib/mdx/mdx-safety';

export const parseMdx: MdxParser = (source) => mdxToMdast(source) as unknown as MdxNode;

export const findMdxProblems = (source: string): MdxProblem[] => findMdxProblemsWith(parseMdx, source);
