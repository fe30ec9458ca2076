// Lint rules for TypeScript, Astro components, scripts and tests; `npm run lint` must report nothing.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', '.tmp/', '.cache/', 'tests/fixtures/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure logic stays pure: src/lib never reads the site's data, build-time I/O or Astro's virtual modules, so it
    // runs the same in Vitest, the CMS bundle and the browser.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/data/*', '**/data'],
              message: 'src/lib không được dùng src/data: truyền dữ liệu qua tham số.',
            },
            { group: ['**/build/*', '**/build'], message: 'src/lib không được dùng src/build (đọc/ghi tệp khi dựng).' },
            { group: ['astro:*'], message: 'src/lib không được dùng module ảo astro:*.' },
          ],
        },
      ],
    },
  },
  {
    // Components print what routes hand them: loading content is the route's business (src/data), so a component
    // neither calls getCollection nor a loader of src/data. Types from src/data are fine.
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'astro:content', allowTypeImports: true, message: 'Thành phần không tự đọc nội dung.' }],
          patterns: [
            {
              group: ['**/data/*'],
              importNamePattern: '^(load|leafletOf|getCollection|getEntry)',
              message: 'Thành phần không tự đọc nội dung: trang truyền dữ liệu qua props.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read parsed XML and JSON-LD whose shape is what they assert.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
