/**
 * The MDX rules (mdx-safety.ts) with the reference MDX parser (micromark's MDX extensions), which runs in a
 * browser: the CMS checks bodies with it before saving.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { findMdxProblemsWith, type MdxNode, type MdxParser, type MdxProblem } from './mdx-safety';

export const parseMdx: MdxParser = (source) =>
  fromMarkdown(source, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as unknown as MdxNode;

export const findMdxProblems = (source: string): MdxProblem[] => findMdxProblemsWith(parseMdx, source);
