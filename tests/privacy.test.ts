import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPersonalData, findPrivacyProblems, nationalNumber } from '../src/lib/content/privacy';
import { publicContacts } from '../src/schemas/registry';
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

  it('checks every collection, settings and the alert included', () => {
    const entries = [
      { collection: 'articles', id: 'a', data: { lead: 'gọi 0912345678' } },
      { collection: 'settings', id: 'site', data: { alert: { message: 'gọi anh Nam 0987 654 321' } } },
      { collection: 'localities', id: 'x', data: { note: 'ngõ 4' } },
      { collection: 'bulletins', id: 'b', data: {}, body: 'Liên hệ số nhà 12' },
    ];
    expect(findPrivacyProblems(entries, []).map((p) => `${p.file} ${p.field}`)).toEqual([
      'articles/a lead',
      'settings/site alert.message',
      'localities/x note',
      'bulletins/b body (dòng 1)',
    ]);
  });

  it('exempts a public contact while its source is filled in, and says so when it is not', () => {
    const contacts = (collection: string) => publicContacts(collection);
    const settings = (data: Record<string, unknown>) => [{ collection: 'settings', id: 'site', data }];
    const source = { title: 'Thông báo số 12/TB-CAT' };
    expect(
      findPrivacyProblems(
        settings({
          contacts: [{ label: 'Đường dây nóng', number: '0912 345 678', source }],
          address: { text: 'Số nhà 12, đường A', source },
        }),
        [],
        contacts,
      ),
    ).toEqual([]);
    const unsourced = findPrivacyProblems(
      settings({
        contacts: [
          { label: 'Cảnh sát', number: '113' },
          { label: 'Đường dây nóng', number: '0912 345 678' },
        ],
        email: { address: 'lienhe@congan.vn' },
      }),
      [],
      contacts,
    );
    expect(unsourced.map((p) => p.field)).toEqual(['contacts[1].number', 'email.address']);
    expect(unsourced[0]!.message).toMatch(
      /"0912 345 678" là thông tin liên hệ công khai nhưng chưa ghi nguồn công bố \(contacts\[1\]\.source\)/,
    );
    // The same number in a field that is not a public contact is refused as personal data.
    expect(
      findPrivacyProblems(settings({ contacts: [], alert: { message: 'gọi 0912 345 678', source } }), [], contacts).map(
        (p) => p.field,
      ),
    ).toEqual(['alert.message']);
  });
});
