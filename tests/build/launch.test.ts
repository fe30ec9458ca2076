/**
 * Launch builds (SITE_URL set) refuse settings that are not ready, listing every problem at once; a complete
 * configuration builds a site without the demo notice, open to search engines, with links on its own address and
 * leaflets that name the agency and lead to that address.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/preview';
import { makeScratchCopy, type Scratch } from '../helpers/scratch';
import { pageCount, pageText, readQr, renderPages } from '../helpers/paper';

const SETTINGS = 'src/content/settings/site.json';
const LAUNCH_URL = 'https://antq.congan-thunghiem.vn';

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
    // Stopped before building anything.
    expect(output).not.toMatch(/page\(s\) built/);
  });

  it('refuses a contact without its source and a loopback address', async () => {
    const settings = JSON.parse(starterSettings);
    settings.contacts.push({ label: 'Đường dây nóng', number: '069 2593 113', hotline: true });
    writeFileSync(join(scratch.dir, SETTINGS), JSON.stringify(settings, null, 2));
    try {
      const { code, output } = await scratch.run(['build'], { SITE_URL: 'https://127.0.0.1:4321' });
      expect(code, output).not.toBe(0);
      expect(output).toMatch(/contacts\[4\]\.source: số "069 2593 113" \(Đường dây nóng\) chưa ghi nguồn công bố/);
      expect(output).toMatch(/"127\.0\.0\.1" là tên miền mẫu hoặc địa chỉ nội bộ/);
    } finally {
      writeFileSync(join(scratch.dir, SETTINGS), starterSettings);
    }
  });

  it('of a complete configuration passes, without the demo notice, on its own address', async () => {
    copyFileSync(join(ROOT, 'tests/fixtures/launch/site.json'), join(scratch.dir, SETTINGS));
    try {
      const { code, output } = await scratch.run(['build'], { SITE_URL: LAUNCH_URL });
      expect(code, output).toBe(0);
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
