/**
 * Launch builds (SITE_URL set) refuse settings that are not ready, listing every problem at once; a complete
 * configuration builds a site without the demo notice, open to search engines, with links on its own address and
 * leaflets that name the agency and lead to that address.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/preview';
import { makeScratchCopy, type Scratch } from '../helpers/scratch';
import { metaPolicyOf, parsePolicy } from '../../src/lib/security/csp';
import { pageCount, pageText, readQr, renderPages } from '../helpers/paper';

const SETTINGS = 'src/content/settings/site.json';
const LAUNCH_URL = 'https://antq.congan-thunghiem.vn';
/** A complete CMS configuration: GitLab.com with its OAuth application. */
const LAUNCH_CMS = { CMS_BACKEND: 'gitlab', CMS_REPO: 'congan-thunghiem/noi-dung', CMS_APP_ID: 'ung-dung-thu-nghiem' };

let scratch: Scratch;
let starterSettings: string;
beforeAll(() => {
  scratch = makeScratchCopy();
  starterSettings = readFileSync(join(scratch.dir, SETTINGS), 'utf8');
});
afterAll(() => scratch?.remove());

const built = (path: string) => readFileSync(join(scratch.dir, 'dist', path), 'utf8');

describe('launch build', () => {
  it('of the starter settings fails and names every problem', async () => {
    const { code, output } = await scratch.run(['build'], { SITE_URL: 'http://antq.congan.example.vn' });
    expect(code, output).not.toBe(0);
    for (const pattern of [
      /SITE_URL: phải dùng https:\/\//,
      /SITE_URL: "antq\.congan\.example\.vn" là tên miền mẫu/,
      /src\/content\/settings\/site\.json:/,
      /siteUrl: chưa điền địa chỉ cổng/,
      /agency: còn giá trị mẫu "\[Tên Công an tỉnh\]"/,
      /unit: còn giá trị mẫu "\[Tên đơn vị phụ trách cổng\]"/,
    ]) {
      expect(output).toMatch(pattern);
    }
    // Without CMS settings a launch would publish /admin/ for the placeholder repository: refused too.
    expect(output).toMatch(/CMS_BACKEND: chưa đặt/);
    // Stopped before building anything.
    expect(output).not.toMatch(/page\(s\) built/);
  });

  it('refuses an address ending in a dot, and a CMS pointed at the placeholder repository or a local server', async () => {
    copyFileSync(join(ROOT, 'tests/fixtures/launch/site.json'), join(scratch.dir, SETTINGS));
    try {
      const { code, output } = await scratch.run(['build'], {
        SITE_URL: 'https://localhost.:8443',
        CMS_BACKEND: 'github',
        CMS_REPO: 'cong-an-tinh/antq-portal',
        CMS_BASE_URL: 'http://10.0.0.5',
        CMS_LOCAL_BACKEND: 'http://127.0.0.1:8081/api/v1',
      });
      expect(code, output).not.toBe(0);
      for (const pattern of [
        /SITE_URL: "localhost\." kết thúc bằng dấu chấm/,
        /CMS_REPO: "cong-an-tinh\/antq-portal" là kho mẫu/,
        /CMS_BASE_URL: phải dùng https:\/\//,
        /CMS_BASE_URL: "10\.0\.0\.5" là địa chỉ IP mạng riêng/,
        /CMS_LOCAL_BACKEND: máy chủ nội dung cục bộ chỉ dùng khi biên tập trên máy/,
      ])
        expect(output).toMatch(pattern);
      expect(output).not.toMatch(/page\(s\) built/);
    } finally {
      writeFileSync(join(scratch.dir, SETTINGS), starterSettings);
    }
  });

  it('with CMS_BACKEND=none builds no /admin/ at all', async () => {
    copyFileSync(join(ROOT, 'tests/fixtures/launch/site.json'), join(scratch.dir, SETTINGS));
    try {
      const env = { SITE_URL: LAUNCH_URL, CMS_BACKEND: 'none' };
      const { code, output } = await scratch.run(['build'], env);
      expect(code, output).toBe(0);
      expect(existsSync(join(scratch.dir, 'dist/admin'))).toBe(false);
      const cms = await scratch.node(['scripts/build-cms.mjs'], env);
      expect(cms.code, cms.output).toBe(0);
      expect(existsSync(join(scratch.dir, 'dist/admin'))).toBe(false);
      expect(built('sitemap-0.xml')).not.toContain('/admin/');
    } finally {
      writeFileSync(join(scratch.dir, SETTINGS), starterSettings);
    }
  });

  it('refuses a contact without its source and a loopback address', async () => {
    const settings = JSON.parse(starterSettings);
    settings.contacts.push({ label: 'Đường dây nóng', number: '069 2593 113', hotline: true });
    writeFileSync(join(scratch.dir, SETTINGS), JSON.stringify(settings, null, 2));
    try {
      const { code, output } = await scratch.run(['build'], { SITE_URL: 'https://127.0.0.1:4321' });
      expect(code, output).not.toBe(0);
      expect(output).toMatch(/contacts\[4\]\.source: số "069 2593 113" \(Đường dây nóng\) chưa ghi nguồn công bố/);
      expect(output).toMatch(/"127\.0\.0\.1" là địa chỉ IP vòng lặp/);
    } finally {
      writeFileSync(join(scratch.dir, SETTINGS), starterSettings);
    }
  });

  it('of a complete configuration passes, without the demo notice, on its own address', async () => {
    copyFileSync(join(ROOT, 'tests/fixtures/launch/site.json'), join(scratch.dir, SETTINGS));
    try {
      const { code, output } = await scratch.run(['build'], { SITE_URL: LAUNCH_URL, ...LAUNCH_CMS });
      expect(code, output).toBe(0);
      // Every step of the build, Astro's, the CMS bundle's and the index's, without a warning.
      expect(output).not.toMatch(/\[WARN\]|warning/i);
      const home = built('index.html');
      expect(home).not.toContain('demo-notice');
      expect(home).not.toMatch(/<meta name="robots"/);
      expect(home).toContain(`<link rel="canonical" href="${LAUNCH_URL}/">`);
      expect(built('robots.txt')).toBe(
        `User-agent: *\nDisallow: /admin/\n\nSitemap: ${LAUNCH_URL}/sitemap-index.xml\n`,
      );
      const contact = built('lien-he/index.html');
      expect(contact).toContain('href="tel:02000000000"');
      expect(contact).toContain('Thông báo đường dây nóng (thử nghiệm)');
      expect(contact).toContain('lienhe@congan-thunghiem.vn');
      expect(built('rss.xml')).toContain(`<link>${LAUNCH_URL}/</link>`);
      expect(built('tin-tuc/index.html')).not.toContain('127.0.0.1');
      // The CMS of a launch build: the configured Git host only, no local server, no placeholder repository.
      const admin = built('admin/index.html');
      const connect = parsePolicy(metaPolicyOf(admin) ?? '').get('connect-src');
      expect(connect).toEqual(["'self'", 'https://gitlab.com', 'blob:']);
      expect(admin).not.toMatch(/localhost|127\.0\.0\.1|8081|cong-an-tinh\/antq-portal|local_backend/);
      expect(admin).toContain('"repo":"congan-thunghiem/noi-dung"');
      // The address block shows, with the sourced address.
      expect(contact).toContain('Địa chỉ cơ quan');
      expect(contact).toContain('Số 1 đường Thử Nghiệm');

      // Leaflets name the agency on every page and panel, print the sourced hotline, and lead to the public address.
      const pdf = join(scratch.dir, 'dist/to-roi/mo-hinh/to-hoa-giai.pdf');
      for (let p = 1; p <= pageCount(pdf); p++) {
        const text = pageText(pdf, p);
        expect(text.toLocaleUpperCase('vi')).toContain('CÔNG AN TỈNH THỬ NGHIỆM');
        expect(text.toLocaleLowerCase('vi')).not.toContain('bản trình diễn');
      }
      expect(pageText(pdf, pageCount(pdf))).toContain('0200 000 0000');
      const pages = renderPages(pdf, 150);
      try {
        expect(await readQr(pages.files.at(-1)!)).toBe(`${LAUNCH_URL}/mo-hinh/to-hoa-giai/`);
      } finally {
        pages.done();
      }
      const trifold = built('to-roi/mo-hinh/to-hoa-giai/index.html');
      expect(trifold.match(/data-panel-tag[^>]*>\s*Công an tỉnh Thử Nghiệm\s*</g)).toHaveLength(6);
      expect(trifold).not.toContain('Bản trình diễn');

      // The build's log lists the entries that get no leaflet, each with its reason; the build still passes.
      expect(output).toMatch(/Không in tờ rơi cho \d+ mục chưa đủ nội dung viết cho người dân:/);
      expect(output).toMatch(/src\/content\/guides\/lien-gia-tu-quan\.mdx: chưa có nhóm “Tờ rơi cho người dân”/);
    } finally {
      writeFileSync(join(scratch.dir, SETTINGS), starterSettings);
    }
  });
});
