import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPersonalData, findPrivacyProblems, nationalNumber } from '../src/lib/content/privacy';
import { publicNumbers } from '../src/lib/site/contacts';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures/privacy', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));

// The numbers the site shows: national short numbers and contacts with a source (src/lib/site/contacts.ts).
const source = { title: 'Thông báo (thử nghiệm)' };
const SETTINGS = {
  emergencyNumber: '113',
  contacts: [
    { label: 'Cứu hỏa', number: '114' },
    { label: 'Đường dây nóng', number: '069 2593 113', source },
    { label: 'Trực ban', number: '0912 000 111', source },
  ],
  social: [],
};

describe('findPersonalData', () => {
  it.each(fixture('flagged.txt').map((line) => line.split(' | ') as [string, string]))('flags %s: %s', (kind, text) => {
    const findings = findPersonalData(text);
    expect(findings.map((f) => f.kind)).toContain(kind);
  });

  it.each(fixture('clean.txt'))('leaves alone: %s', (text) => {
    expect(findPersonalData(text, publicNumbers(SETTINGS))).toEqual([]);
  });

  it('allows the numbers from the settings in any notation', () => {
    const allowed = publicNumbers(SETTINGS);
    expect(findPersonalData('Gọi 0912.000.111 hoặc +84 912 000 111', allowed)).toEqual([]);
    expect(findPersonalData('Gọi 0912.000.112', allowed)).toHaveLength(1);
  });

  it('reads decomposed (NFD) text like composed text', () => {
    expect(findPersonalData('ngõ 34 Trường Chinh'.normalize('NFD')).map((f) => f.kind)).toEqual(['address']);
  });

  it('reports the number as written', () => {
    expect(findPersonalData('số 0912 345 678.')).toEqual([{ kind: 'phone', match: '0912 345 678' }]);
  });

  it('normalises +84 to the national form', () => {
    expect(nationalNumber('+84 912-345-678')).toBe('0912345678');
    expect(nationalNumber('069 2593 113')).toBe('0692593113');
  });
});

describe('findPrivacyProblems', () => {
  const profile = (data: Record<string, unknown>, body = '') => ({
    collection: 'profiles',
    id: 'p',
    filePath: 'src/content/profiles/p.mdx',
    data,
    body,
  });

  it('names the file and the field, and the body line', () => {
    const problems = findPrivacyProblems(
      [
        profile(
          { kind: 'tap-the', summary: 'Liên hệ 0987654321', achievements: ['ok', 'nhà ở số nhà 5'] },
          'Dòng một\nCCCD 001203004567',
        ),
      ],
      [],
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['src/content/profiles/p.mdx', 'summary'],
      ['src/content/profiles/p.mdx', 'achievements[1]'],
      ['src/content/profiles/p.mdx', 'body (dòng 2)'],
    ]);
    expect(problems[0]!.message).toContain('0987654321');
  });

  it('fails an individual profile without consent, not a collective', () => {
    expect(findPrivacyProblems([profile({ kind: 'ca-nhan' })], []).map((p) => p.field)).toEqual(['consent']);
    expect(
      findPrivacyProblems([profile({ kind: 'ca-nhan', consent: { givenBy: 'A', date: new Date() } })], []),
    ).toEqual([]);
    expect(findPrivacyProblems([profile({ kind: 'tap-the' })], [])).toEqual([]);
  });

  it('checks articles and profiles only (settings carry the public numbers)', () => {
    const entries = [
      { collection: 'articles', id: 'a', data: { lead: 'gọi 0912345678' } },
      { collection: 'settings', id: 'site', data: { hotline: '0912345678' } },
      { collection: 'localities', id: 'x', data: { note: 'ngõ 4' } },
    ];
    expect(findPrivacyProblems(entries, []).map((p) => p.file)).toEqual(['articles/a']);
  });
});
