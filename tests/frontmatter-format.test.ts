import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatterFile, splitFrontmatter, writeFrontmatterFile } from '../src/lib/content/frontmatter-format';

const CONTENT = join(import.meta.dirname, '..', 'src/content');
const files = ['articles', 'profiles', 'guides', 'pages'].flatMap((dir) =>
  readdirSync(join(CONTENT, dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [`${dir}/${f}`, readFileSync(join(CONTENT, dir, f), 'utf8')] as const),
);

/** Lines that differ between two texts of the same length in lines, or every line when the counts differ. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [`${a.length} dòng → ${b.length} dòng`];
  return b.filter((line, i) => line !== a[i]);
}

const GUIDE = `---
title: "Tổ hòa giải ở cơ sở"
summary: Giữ tình làng nghĩa xóm, hòa giải những mâu thuẫn nhỏ ngay tại thôn, tổ dân phố trước khi chúng trở thành vụ việc lớn hơn
order: 2
steps:
  - title: 'Thành lập tổ'
    detail: Trưởng thôn đề xuất, Chủ tịch UBND xã ra quyết định công nhận.
  - title: Họp định kỳ
    detail: "Mỗi quý một lần."
successSigns:
  - Các bên thỏa thuận được, không phải đưa lên xã.
  - Mâu thuẫn, tranh chấp giảm
lesson:
  grades: [8, 9]
---

Nội dung.
`;

describe('frontmatter files written by the CMS', () => {
  it.each(files)('%s: an unchanged entry is written back byte for byte', (_, raw) => {
    expect(writeFrontmatterFile(parseFrontmatterFile(raw), raw)).toBe(raw);
  });

  it('changes only the line of the one field edited, keeping quotes, long lines and flow lists', () => {
    const data = parseFrontmatterFile(GUIDE) as { steps: { title: string; detail: string }[] };
    data.steps[1]!.detail = 'Mỗi tháng một lần.';
    const after = writeFrontmatterFile(data, GUIDE);
    expect(changedLines(GUIDE, after)).toEqual(['    detail: "Mỗi tháng một lần."']);
  });

  it('keeps a list item with a comma as one item', () => {
    const data = parseFrontmatterFile(GUIDE) as { successSigns: string[] };
    data.successSigns[1] = 'Mâu thuẫn, tranh chấp giảm rõ, không tái diễn';
    const after = writeFrontmatterFile(data, GUIDE);
    expect(changedLines(GUIDE, after)).toEqual(['  - Mâu thuẫn, tranh chấp giảm rõ, không tái diễn']);
    expect((parseFrontmatterFile(after) as { successSigns: string[] }).successSigns).toHaveLength(2);
  });

  it('keeps a flow list in flow style when it changes', () => {
    const data = parseFrontmatterFile(GUIDE) as { lesson: { grades: number[] } };
    data.lesson.grades = [7, 8, 9];
    expect(changedLines(GUIDE, writeFrontmatterFile(data, GUIDE))).toEqual(['  grades: [7, 8, 9]']);
  });

  it('adds a new field at the end and removes a cleared one, leaving the rest', () => {
    const { order: _, ...data } = parseFrontmatterFile(GUIDE);
    const after = writeFrontmatterFile({ ...data, changeNote: 'Bổ sung bước 3', relatedGuides: [] }, GUIDE);
    expect(after).not.toContain('order: 2');
    expect(after).toContain('    detail: "Mỗi quý một lần."\n');
    expect(after).toMatch(/lesson:\n {2}grades: \[8, 9\]\nchangeNote: Bổ sung bước 3\n---\n/);
    expect(after).not.toContain('relatedGuides');
  });

  it('lays out a new entry in the order of the fields, without folding long text', () => {
    const summary = 'Một câu tóm tắt rất dài '.repeat(8).trim();
    const text = writeFrontmatterFile({ body: 'Nội dung.\n', summary, title: 'Tiêu đề: có dấu hai chấm' }, undefined, [
      'title',
      'summary',
    ]);
    expect(text).toBe(`---\ntitle: "Tiêu đề: có dấu hai chấm"\nsummary: ${summary}\n---\nNội dung.\n`);
    expect(splitFrontmatter(text).body).toBe('Nội dung.\n');
  });

  it('keeps the blank line after the front matter when the CMS hands back a body without it', () => {
    const original = '---\ntitle: "Tiêu đề"\n---\n\nĐoạn một.\n';
    expect(writeFrontmatterFile({ title: 'Tiêu đề', body: 'Đoạn một. Thêm câu.\n' }, original)).toBe(
      '---\ntitle: "Tiêu đề"\n---\n\nĐoạn một. Thêm câu.\n',
    );
  });
});
