import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCodeList } from '../src/lib/places/code-list';
import { buildLocalities, dayBefore, type ImportConfig, type LocalityRecord } from '../src/lib/places/localities';
import { parseResolution } from '../src/lib/places/resolution';
import { importPlaces, readLocalities } from '../src/build/places-import';

const DATA = join(import.meta.dirname, '..', 'data', 'places');
const SETTINGS = join(DATA, 'thai-nguyen.json');
const CONTENT = join(import.meta.dirname, '..', 'src', 'content', 'localities');

describe('the localities of tỉnh Thái Nguyên, imported from Resolution 1683/NQ-UBTVQH15', async () => {
  const records = await readLocalities(SETTINGS);
  const byId = new Map(records.map((r) => [r.id, r]));
  const commune = (r: LocalityRecord) => ['xa', 'phuong', 'dac-khu'].includes(r.data.kind);
  const current = records.filter((r) => commune(r) && !r.data.validUntil);
  const former = records.filter((r) => r.data.validUntil);

  it('has 92 current commune-level units, 77 xã and 15 phường, each with its code and resolution', () => {
    expect(current).toHaveLength(92);
    expect(current.filter((r) => r.data.kind === 'xa')).toHaveLength(77);
    expect(current.filter((r) => r.data.kind === 'phuong')).toHaveLength(15);
    for (const unit of current) {
      expect(unit.data.code, unit.id).toMatch(/^\d{5}$/);
      expect(unit.data.parent).toBe('tinh-thai-nguyen');
      expect(unit.data.resolution).toBe('1683-nq-ubtvqh15');
      expect(unit.data.resolutionItem).toMatch(/^khoản \d+ Điều 1$/);
    }
    expect(new Set(current.map((u) => u.data.code)).size).toBe(92);
  });

  it('lists the units each new unit was formed from; xã Vĩnh Thông from Sỹ Bình, Vũ Muộn and Cao Sơn', () => {
    const formed = current.filter((u) => u.data.validFrom);
    expect(formed).toHaveLength(90);
    for (const unit of formed) expect(unit.data.formedFrom!.length, unit.id).toBeGreaterThanOrEqual(2);
    const vinhThong = byId.get('xa-vinh-thong')!;
    expect(vinhThong.data).toMatchObject({ title: 'Vĩnh Thông', code: '01981', validFrom: '2025-07-01' });
    expect(vinhThong.data.formedFrom!.map((f) => byId.get(f.locality)!.data.title)).toEqual([
      'Sỹ Bình',
      'Vũ Muộn',
      'Cao Sơn',
    ]);
    expect(byId.get('xa-sang-moc')!.data).toMatchObject({ code: '05719', resolutionItem: 'khoản 91 Điều 1' });
  });

  it('gives every former unit its last day and its successors, and every locality its resolution', () => {
    expect(former.length).toBeGreaterThan(200);
    for (const unit of former) {
      expect(unit.data.validUntil, unit.id).toBe('2025-06-30');
      expect(unit.data.successors!.length, unit.id).toBeGreaterThan(0);
      for (const s of unit.data.successors!) expect(byId.has(s), `${unit.id} → ${s}`).toBe(true);
    }
    for (const unit of records) expect(unit.data.resolution, unit.id).toBeTruthy();
    expect(byId.get('xa-cao-son')!.data).toMatchObject({
      parent: 'huyen-bach-thong',
      validUntil: '2025-06-30',
      successors: ['xa-vinh-thong'],
    });
    expect(byId.get('xa-thuong-dinh')!.data.successors).toEqual(['xa-phu-binh', 'xa-diem-thuy']);
    expect(byId.get('tinh-bac-kan')!.data).toMatchObject({
      validUntil: '2025-06-30',
      successors: ['tinh-thai-nguyen'],
    });
    expect(byId.get('tinh-thai-nguyen')!.data).toMatchObject({
      code: '19',
      resolution: '202-2025-qh15',
      validFrom: '2025-07-01',
    });
  });

  it('tells apart units whose names fold alike', () => {
    expect(byId.get('xa-van-lang-05665')!.data.title).toBe('Văn Lăng');
    expect(byId.get('xa-van-lang-02143')!.data.title).toBe('Văn Lang');
    expect(byId.get('xa-tan-cuong-cu')!.data.successors).toEqual(['xa-tan-cuong']);
    expect(byId.get('phuong-trung-thanh-thanh-pho-thai-nguyen')!.data.successors).toEqual(['phuong-tich-luong']);
    expect(byId.get('phuong-trung-thanh-thanh-pho-pho-yen')!.data.successors).toEqual(['phuong-trung-thanh']);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('cites the resolution and the code list in every unit it writes', () => {
    expect(byId.get('xa-vinh-thong')!.data.sources.map((s) => s.publisher)).toEqual([
      'Ủy ban Thường vụ Quốc hội',
      'Cục Thống kê, Bộ Tài chính',
    ]);
    expect(byId.get('xa-cao-son')!.data.sources[0]!.title).toContain('khoản 62 Điều 1');
  });

  it('is what src/content/localities holds: the files are the importer’s, not hand-edited', () => {
    for (const { id, data } of records)
      expect(JSON.parse(readFileSync(join(CONTENT, `${id}.json`), 'utf8')), id).toEqual(data);
  });
});

describe('buildLocalities fails loudly', () => {
  const text = readFileSync(join(DATA, '1683-nq-ubtvqh15.md'), 'utf8');
  const settings = JSON.parse(readFileSync(SETTINGS, 'utf8')) as ImportConfig;
  it('on a new unit missing from the code list, naming the item', () => {
    const codes = parseCodeList(readFileSync(join(DATA, '1027-ctk-cscl-thai-nguyen.csv'), 'utf8')).filter(
      (c) => c.name !== 'Vĩnh Thông',
    );
    expect(() => buildLocalities(parseResolution(text), codes, settings)).toThrow(
      /^Khoản 62: xã Vĩnh Thông không có trong danh mục mã số/,
    );
  });
  it('on a code list row it cannot read, naming the line', () => {
    expect(() => parseCodeList('Stt,Mã số,Tên,Tỉnh\n1,0198,Xã Vĩnh Thông,Tỉnh Thái Nguyên\n')).toThrow(/dòng 2/);
    expect(() => parseCodeList('Stt,Mã số,Tên,Tỉnh\n1,01981,Thôn Khau Cà,Tỉnh Thái Nguyên\n')).toThrow(/không rõ cấp/);
  });
});

describe('dayBefore', () => {
  it('is the last day of the old units', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });
});

describe('npm run places:import', () => {
  const out = mkdtempSync(join(tmpdir(), 'dia-ban-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  it('writes one file per locality, then leaves unchanged files alone', async () => {
    const first = await importPlaces(SETTINGS, out);
    expect(first).toMatchObject({ created: first.total, changed: 0, unchanged: 0 });
    expect(readdirSync(out)).toHaveLength(first.total);
    const second = await importPlaces(SETTINGS, out);
    expect(second).toMatchObject({ created: 0, changed: 0, unchanged: first.total });
  });
});
