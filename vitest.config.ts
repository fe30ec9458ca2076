/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/*
 * Three projects:
 * - unit: pure logic and schemas, no build needed;
 * - dist: the production build in dist/ (browser, accessibility, HTML, links), run after `astro build`;
 * - build: builds scratch copies of the project with broken content and expects clear failures.
 * Through Astro's Vite config so tests can import modules that use astro:* virtual modules.
 */
export default getViteConfig({
  test: {
    // Browser checks poll for a state; on a busy 2-core machine a page can take seconds to get there.
    expect: { poll: { timeout: 30_000 } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 },
      },
    ],
  },
});
