/**
 * The deploy workflow publishes only a build that passed the tests, and really keeps Astro's cache between
 * builds (optimised images, share cards, the CMS bundle).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
const workflow = parse(readFileSync(new URL('../.github/workflows/deploy.yml', import.meta.url), 'utf8')) as {
  jobs: Record<string, { needs?: string; if?: string; steps: Step[] }>;
};

describe('deploy workflow', () => {
  const steps = workflow.jobs.test!.steps;
  const index = (match: (s: Step) => boolean, what: string) => {
    const i = steps.findIndex(match);
    expect(i, what).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('restores the cache after npm ci (which deletes node_modules) and before the build', () => {
    const install = index((s) => /^npm ci\b/.test(s.run ?? ''), 'npm ci');
    const cache = index((s) => s.uses?.startsWith('actions/cache@') === true, 'actions/cache');
    const test = index((s) => s.run === 'npm test', 'npm test');
    expect(steps[cache]!.with?.path).toBe('node_modules/.astro');
    expect(install).toBeLessThan(cache);
    expect(cache).toBeLessThan(test);
  });

  it('publishes a launch build made after the tests, with SITE_URL from the repository variable and no fallback', () => {
    const test = index((s) => s.run === 'npm test', 'npm test');
    const launch = index((s) => /npm run build/.test(s.run ?? ''), 'launch build');
    const upload = index((s) => s.uses?.startsWith('actions/upload-artifact@') === true, 'upload');
    expect(test).toBeLessThan(launch);
    expect(launch).toBeLessThan(upload);
    const step = steps[launch] as Step & { env?: Record<string, string> };
    expect(step.env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
    // The CMS's Git host comes from repository variables too; the launch check refuses a build without it.
    for (const name of ['CMS_BACKEND', 'CMS_REPO', 'CMS_BASE_URL', 'CMS_APP_ID'])
      expect(step.env?.[name]).toBe(`\${{ vars.${name} }}`);
    expect(step.run).toMatch(/-z "\$SITE_URL".*exit 1/);
    expect(JSON.stringify(workflow)).not.toMatch(/example\.vn/);
  });

  it('installs what the tests need from Debian, nginx and its brotli module among it', () => {
    const system = steps.find((s) => /apt-get install/.test(s.run ?? ''))?.run ?? '';
    for (const pkg of [
      'chromium',
      'fonts-noto-core',
      'poppler-utils',
      'nginx',
      'libnginx-mod-http-brotli-filter',
      'openssl',
    ])
      expect(system.split(/\s+/), pkg).toContain(pkg);
  });

  it('publishes through deploy/antq-release, a tarball over ssh: a new release folder and one switch, no rsync', () => {
    const publish = workflow.jobs.deploy!.steps.map((s) => s.run ?? '').join('\n');
    expect(publish).toMatch(/tar -C dist -czf - \. \| ssh .* antq-release install -$/m);
    expect(publish).not.toMatch(/rsync/);
  });

  it('publishes only from main, after the tests passed', () => {
    expect(workflow.jobs.deploy!.needs).toBe('test');
    expect(workflow.jobs.deploy!.if).toContain("github.ref == 'refs/heads/main'");
  });
});
