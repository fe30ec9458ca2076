/**
 * A launch build (SITE_URL set) stops before building anything when the settings or the CMS configuration
 * (CMS_* variables) are not ready for the public: every problem is printed at once, with file and field. A demo build only warns about contacts it
 * hides for want of a source.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsLaunchProblems, type CmsEnv } from '../../cms/backend';
import { unsourcedContacts } from '../lib/site/contacts';
import {
  launchProblems,
  launchReport,
  publicUrlProblems,
  SETTINGS_FILE,
  type LaunchSettings,
} from '../lib/site/launch-check';
import type { SiteMode } from '../lib/site/site-mode';

/** `env`: the CMS_* variables, checked too: a launch build publishes /admin/ only for a real Git host. */
export function launchCheck(mode: SiteMode, env: CmsEnv): AstroIntegration {
  return {
    name: 'antq:launch-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        const file = join(fileURLToPath(config.root), SETTINGS_FILE);
        const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<LaunchSettings>;
        // Missing lists count as empty here; the schema reports them with its own message during the build.
        const settings = { contacts: [], social: [], emergencyNumber: '', ...raw } as LaunchSettings;
        if (mode.kind === 'launch') {
          const problems = [
            ...launchProblems(mode.site, settings),
            ...cmsLaunchProblems(env, publicUrlProblems).map((message) => ({
              file: 'CMS_*',
              field: message.slice(0, message.indexOf(':')),
              message,
            })),
          ];
          if (problems.length > 0) throw new Error(launchReport(problems));
          return;
        }
        for (const p of unsourcedContacts(settings)) logger.warn(`${SETTINGS_FILE} → ${p.message}`);
      },
    },
  };
}
