/**
 * The CMS page /admin/ (src/admin/index.astro) is routed here, not from src/pages/, so that a build with
 * CMS_BACKEND=none has no /admin/ at all: no page, no bundle (scripts/build-cms.mjs skips it), nothing to find.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cmsEnabled, type CmsEnv } from '../../cms/backend';

export const ADMIN_ENTRYPOINT = fileURLToPath(new URL('../admin/index.astro', import.meta.url));

export function cmsAdmin(env: CmsEnv): AstroIntegration {
  return {
    name: 'antq:cms-admin',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (cmsEnabled(env)) injectRoute({ pattern: '/admin', entrypoint: ADMIN_ENTRYPOINT, prerender: true });
      },
    },
  };
}
