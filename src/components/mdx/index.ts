/** The only components MDX bodies may use; passed to <Content components>, so bodies need no imports. */
import type { MDX_COMPONENTS } from '../../lib/mdx/mdx-safety';
import Figure from './Figure.astro';
import Notice from './Notice.astro';
import Steps from './Steps.astro';

// The build-time safety rule (src/lib/mdx/mdx-safety.ts) lists the same components: the type keeps them in step.
export const mdxComponents = { Notice, Steps, Figure } satisfies Record<keyof typeof MDX_COMPONENTS, unknown>;
export const MDX_COMPONENT_NAMES = Object.keys(mdxComponents);
