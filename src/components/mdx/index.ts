/** The only components MDX bodies may use; passed to <Content components>, so bodies need no imports. */
import Notice from './Notice.astro';
import Steps from './Steps.astro';

export const mdxComponents = { Notice, Steps };
export const MDX_COMPONENT_NAMES = Object.keys(mdxComponents);
