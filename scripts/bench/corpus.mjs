// Synthetic Vietnamese corpus for the benchmark: articles, profiles, guides and localities in the portal's schemas,
// with a few cover images. Deterministic (seeded), so two runs build the same pages.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** Collections the corpus writes itself; the real articles, profiles and guides are left out. */
const GENERATED = new Set(['articles', 'profiles', 'guides', 'bulletins']);

/** Small seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Công an xã',
  'Tổ an ninh thôn',
  'Người dân trong thôn',
  'Chi hội phụ nữ',
  'Đoàn thanh niên',
  'Tổ hòa giải',
  'Ban công tác mặt trận',
  'Các hộ gia đình',
  'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  'Cựu chiến binh',
];
const VERBS = [
  'đã phối hợp tổ chức',
  'thường xuyên duy trì',
  'tích cực tham gia',
  'chủ động triển khai',
  'kịp thời phát hiện và ngăn chặn',
  'tuyên truyền, vận động bà con thực hiện',
  'xây dựng và nhân rộng',
  'kiểm tra, đôn đốc việc thực hiện',
];
const OBJECTS = [
  'mô hình “Hộ an toàn, thôn bản bình yên”',
  'các buổi tuần tra ban đêm',
  'phong trào Toàn dân bảo vệ an ninh Tổ quốc',
  'việc giao nộp vũ khí, vật liệu nổ',
  'công tác hòa giải mâu thuẫn trong khu dân cư',
  'các buổi sinh hoạt tổ liên gia tự quản',
  'việc phòng, chống ma túy trong thanh thiếu niên',
  'cảnh báo thủ đoạn lừa đảo qua mạng',
  'việc giúp đỡ người chấp hành xong án phạt tù',
  'camera an ninh ở các ngã ba, ngã tư',
];
const TAILS = [
  'góp phần giữ vững an ninh, trật tự trên địa bàn.',
  'nhờ đó tình hình tội phạm giảm rõ rệt.',
  'được bà con đồng tình, hưởng ứng.',
  'trở thành nếp sinh hoạt của cả cộng đồng.',
  'tạo sự chuyển biến rõ nét về ý thức tự quản.',
  'để không ai bị bỏ lại phía sau.',
  'trong suốt năm qua.',
  'với sự hỗ trợ của chính quyền xã.',
];
const PLACES = [
  'Khau Cà',
  'Nà Pài',
  'Bản Cám',
  'Cốc Thử',
  'Phiêng Lủng',
  'Nà Mò',
  'Khuổi Tát',
  'Bản Đồn',
  'Pác Nặm',
  'Bằng Thành',
  'Cao Sơn',
  'Vi Hương',
  'Quang Thuận',
  'Đôn Phong',
  'Mỹ Thanh',
  'Yên Đĩnh',
  'Hà Hiệu',
  'Chu Hương',
];
const FAMILY = ['Nguyễn', 'Triệu', 'Hoàng', 'Nông', 'Lý', 'Đàm', 'Lục', 'Ma', 'Hà', 'Lường', 'Bế', 'Phùng'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Hữu', 'Thanh', 'Minh', 'Quang', 'Ngọc'];
const GIVEN = ['Thành', 'Hương', 'Dũng', 'Lan', 'Tùng', 'Hạnh', 'Phúc', 'Thảo', 'Sơn', 'Hòa', 'Bình', 'Nhung'];
const TOPICS = [
  'Hòa giải ở cơ sở',
  'Phòng, chống ma túy',
  'Phòng, chống tội phạm',
  'Mô hình tự quản',
  'Tố giác tội phạm',
  'Lừa đảo qua mạng',
  'Giao nộp vũ khí',
  'Tái hòa nhập cộng đồng',
  'An toàn giao thông',
  'Phòng cháy, chữa cháy',
  'Ngày hội Toàn dân bảo vệ ANTQ',
  'An ninh nông thôn',
];
const CATEGORIES = ['tin-phong-trao', 'phap-luat-chinh-sach', 'canh-bao-toi-pham', 'su-kien', 'khen-thuong'];
const FIELDS = ['phong-chong-toi-pham', 'hoa-giai', 'tai-hoa-nhap', 'phong-chong-ma-tuy', 'tu-quan'];
const HEADINGS = [
  'Cách làm sáng tạo',
  'Kết quả bước đầu',
  'Tiếng nói của người dân',
  'Những khó khăn cần tháo gỡ',
  'Hướng đi trong thời gian tới',
  'Bài học kinh nghiệm',
];

export function writer(seed) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const sentence = () => `${pick(SUBJECTS)} ${pick(PLACES)} ${pick(VERBS)} ${pick(OBJECTS)}, ${pick(TAILS)}`;
  const paragraph = (n) => Array.from({ length: n }, sentence).join(' ');
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  // Two or three sections of short paragraphs, 300 to 500 words (tests/bench-corpus.test.ts): a short news item,
  // a little longer than the starter content's. Longer pages would overstate what a first search fetches.
  const body = (sections = int(2, 3)) =>
    Array.from({ length: sections }, (_, i) => {
      const parts = [`## ${HEADINGS[i % HEADINGS.length]}`, paragraph(int(2, 3)), paragraph(int(2, 3))];
      if (i === 1) parts.push(Array.from({ length: int(2, 4) }, () => `- ${sentence()}`).join('\n'));
      return parts.join('\n\n');
    }).join('\n\n');
  return { r, pick, int, sentence, paragraph, person, body };
}

/** Frontmatter as YAML: every value written as JSON (flow YAML), so quoting is never a question. */
const frontmatter = (data) =>
  `---\n${Object.entries(data)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n---\n\n`;

/** Share of each collection among `entries` content entries (the proportions of the issue: 3000/500/100/200). */
export function corpusPlan(entries) {
  return {
    articles: Math.round(entries * 0.79),
    profiles: Math.round(entries * 0.13),
    guides: Math.max(3, Math.round(entries * 0.026)),
    localities: Math.max(3, Math.round(entries * 0.053)),
  };
}

/**
 * Writes the corpus under `contentDir` (src/content) and cover images under `imageDir` (src/assets/images/bench),
 * keeping every other collection of `realContentDir` (settings, stats, pages, the real localities) so references resolve.
 */
export async function writeCorpus({ entries, contentDir, imageDir, realContentDir, seed = 7 }) {
  const plan = corpusPlan(entries);
  const w = writer(seed);
  // Leaflet text from a stream of its own, so the rest of the corpus stays what it was before leaflets had one.
  const lw = writer(seed + 1);
  /** A leaflet group long enough to be printed (about 270 words), as guides and safety articles carry. */
  const leaflet = () => ({
    headline: lw.sentence().slice(0, 85),
    messages: Array.from({ length: 5 }, lw.sentence),
    dos: Array.from({ length: 5 }, lw.sentence),
    donts: Array.from({ length: 4 }, lw.sentence),
    whoToCall: Array.from({ length: 2 }, lw.sentence),
  });
  // Bulletins cite real articles and guides, which the corpus replaces: the corpus has none (the folder stays empty).
  for (const dir of ['articles', 'profiles', 'guides', 'localities', 'bulletins'])
    mkdirSync(join(contentDir, dir), { recursive: true });
  // Every real collection the corpus does not generate (settings, stats, pages…) is kept, and the real places too.
  for (const dir of readdirSync(realContentDir))
    if (!GENERATED.has(dir)) cpSync(join(realContentDir, dir), join(contentDir, dir), { recursive: true });
  mkdirSync(imageDir, { recursive: true });

  // Four photo-like images (light noise over a gradient, so they compress like photos, not like flat colour).
  const images = [];
  for (let i = 0; i < 4; i++) {
    const width = 960,
      height = 640;
    const raw = Buffer.alloc(width * height * 3);
    for (let p = 0; p < width * height; p++) {
      const x = p % width,
        y = Math.floor(p / width);
      raw[p * 3] = ((x * (i + 1)) / 6 + w.r() * 24) & 255;
      raw[p * 3 + 1] = (y / 4 + i * 30 + w.r() * 24) & 255;
      raw[p * 3 + 2] = ((x + y) / 8 + w.r() * 24) & 255;
    }
    const file = `anh-${i + 1}.jpg`;
    await sharp(raw, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 78 })
      .toFile(join(imageDir, file));
    images.push(file);
  }
  const cover = () => ({ src: `../../assets/images/bench/${w.pick(images)}`, alt: `Ảnh minh họa: ${w.sentence()}` });

  const localityIds = [];
  for (let i = 0; i < plan.localities; i++) {
    const id = `bench-xa-${i + 1}`;
    localityIds.push(id);
    writeFileSync(
      join(contentDir, 'localities', `${id}.json`),
      JSON.stringify(
        {
          title: `${w.pick(PLACES)} ${i + 1}`,
          kind: 'xa',
          parent: 'tinh-thai-nguyen',
          resolution: '1683-nq-ubtvqh15',
          validFrom: '2025-07-01',
          note: w.sentence(),
          sources: [{ title: `Nguồn mẫu: ${w.sentence()}` }],
        },
        null,
        2,
      ),
    );
  }
  const guideIds = [];
  for (let i = 0; i < plan.guides; i++) {
    const id = `bench-mo-hinh-${i + 1}`;
    guideIds.push(id);
    const data = {
      title: `Mô hình ${w.pick(OBJECTS).replace(/[“”]/g, '')} số ${i + 1}`.slice(0, 150),
      summary: w.paragraph(2).slice(0, 590),
      field: w.pick(FIELDS),
      laws: ['35-2013-qh13'],
      participants: Array.from({ length: 3 }, () => ({ role: w.pick(SUBJECTS), duties: w.sentence() })),
      steps: Array.from({ length: 4 }, (_, s) => ({
        title: `Bước ${s + 1}: ${w.pick(VERBS)}`,
        detail: w.paragraph(2),
      })),
      successSigns: Array.from({ length: 3 }, w.sentence),
      deployments: [{ locality: w.pick(localityIds), since: w.int(2015, 2024) }],
      ...(i % 3 === 0 ? { cover: cover() } : {}),
      order: i,
      publishedAt: `20${w.int(18, 24)}-0${w.int(1, 9)}-1${w.int(0, 9)}`,
      sources: [{ title: `Tài liệu ${w.sentence()}` }],
      leaflet: leaflet(),
    };
    writeFileSync(join(contentDir, 'guides', `${id}.mdx`), frontmatter(data) + w.body(2));
  }
  const profileIds = [];
  for (let i = 0; i < plan.profiles; i++) {
    const id = `bench-guong-${i + 1}`;
    profileIds.push(id);
    const individual = i % 2 === 0;
    const name = individual ? w.person() : `Tập thể thôn ${w.pick(PLACES)} ${i + 1}`;
    const data = {
      name,
      kind: individual ? 'ca-nhan' : 'tap-the',
      role: individual ? 'Tổ trưởng tổ an ninh thôn' : 'Tập thể thôn',
      locality: w.pick(localityIds),
      summary: w.paragraph(2).slice(0, 590),
      achievements: Array.from({ length: 3 }, w.sentence),
      honours: [{ award: 'Giấy khen', issuer: 'Công an tỉnh', year: w.int(2015, 2024) }],
      relatedGuides: [w.pick(guideIds)],
      ...(individual ? { consent: { givenBy: name, date: '2024-01-15', note: 'Bản đồng ý lưu tại Công an xã' } } : {}),
      publishedAt: `20${w.int(18, 24)}-0${w.int(1, 9)}-1${w.int(0, 9)}`,
      sources: [{ title: `Tài liệu ${w.sentence()}` }],
    };
    writeFileSync(join(contentDir, 'profiles', `${id}.mdx`), frontmatter(data) + w.body(2));
  }
  for (let i = 0; i < plan.articles; i++) {
    const id = `bench-tin-${i + 1}`;
    const data = {
      title: `${w.pick(SUBJECTS)} ${w.pick(PLACES)} ${w.pick(VERBS)} ${w.pick(OBJECTS)}`.slice(0, 150),
      lead: w.paragraph(2).slice(0, 590),
      publishedAt: `20${w.int(18, 25)}-${String(w.int(1, 12)).padStart(2, '0')}-${String(w.int(1, 28)).padStart(2, '0')}`,
      sources: [{ title: `Tài liệu ${w.sentence()}` }],
      author: `Công an xã ${w.pick(PLACES)}`,
      category: w.pick(CATEGORIES),
      topics: [...new Set([w.pick(TOPICS), w.pick(TOPICS)])],
      localities: [w.pick(localityIds)],
      relatedGuides: [w.pick(guideIds)],
      relatedProfiles: i % 4 === 0 ? [w.pick(profileIds)] : [],
      ...(i % 3 === 0 ? { cover: cover() } : {}),
    };
    if (data.category === 'canh-bao-toi-pham') data.leaflet = leaflet();
    writeFileSync(join(contentDir, 'articles', `${id}.mdx`), frontmatter(data) + w.body());
  }
  return plan;
}
