import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleOneItems,
  parseArrangement,
  parseResolution,
  parseSummary,
  repairJoinedWords,
  ResolutionError,
} from '../src/lib/places/resolution';

const RESOLUTION = readFileSync(join(import.meta.dirname, '..', 'data', 'places', '1683-nq-ubtvqh15.md'), 'utf8');

/** The resolution's text with one item's paragraph replaced. */
function withItem(number: number, text: string): string {
  return RESOLUTION.replace(new RegExp(`\\n${number}\\\\\\. [\\s\\S]*?\\n\\n`), `\n${number}\\. ${text}\n\n`);
}

describe('the full text of Resolution 1683/NQ-UBTVQH15', () => {
  const parsed = parseResolution(RESOLUTION);
  const units = [...parsed.items.map((i) => ({ kind: i.kind, name: i.name })), ...parsed.summary.unchanged];

  it('gives 92 commune-level units, 77 xã and 15 phường, as item 91 says', () => {
    expect(parsed.items).toHaveLength(90);
    expect(parsed.summary).toMatchObject({
      item: 91,
      province: 'Thái Nguyên',
      total: 92,
      counts: { xa: 77, phuong: 15 },
    });
    expect(units).toHaveLength(92);
    expect(units.filter((u) => u.kind === 'xa')).toHaveLength(77);
    expect(units.filter((u) => u.kind === 'phuong')).toHaveLength(15);
    expect(parsed.summary.unchanged).toEqual([
      { kind: 'xa', name: 'Sảng Mộc' },
      { kind: 'xa', name: 'Thượng Quan' },
    ]);
  });

  it('lists the former units of every new unit', () => {
    for (const item of parsed.items) expect(item.from.length, `khoản ${item.item}`).toBeGreaterThanOrEqual(2);
    const total = parsed.items.reduce((n, i) => n + i.from.length, 0);
    expect(total).toBeGreaterThan(200);
  });

  it('reads item 62: xã Vĩnh Thông from Sỹ Bình, Vũ Muộn and Cao Sơn', () => {
    const item = parsed.items.find((i) => i.item === 62)!;
    expect(item).toMatchObject({ kind: 'xa', name: 'Vĩnh Thông' });
    expect(item.from).toEqual([
      { kind: 'xa', name: 'Sỹ Bình', share: 'whole' },
      { kind: 'xa', name: 'Vũ Muộn', share: 'whole' },
      { kind: 'xa', name: 'Cao Sơn', share: 'whole' },
    ]);
  });

  it('reads mixed kinds, parts and remainders', () => {
    const item = (n: number) => parsed.items.find((i) => i.item === n)!;
    expect(item(2).from.map((u) => `${u.kind} ${u.name}`)).toEqual([
      'thi-tran Hùng Sơn',
      'xa Phúc Xuân',
      'xa Phúc Trìu',
      'xa Tân Thái',
      'xa Phúc Tân',
    ]);
    expect(item(37).from.at(-1)).toEqual({ kind: 'xa', name: 'Thượng Đình', share: 'part' });
    expect(item(39).from.at(-1)).toEqual({ kind: 'xa', name: 'Thượng Đình', share: 'remainder', afterItem: 37 });
    expect(item(79).from).toEqual([
      { kind: 'phuong', name: 'Hương Sơn', share: 'whole' },
      { kind: 'xa', name: 'Đồng Liên', share: 'whole' },
      { kind: 'phuong', name: 'Gia Sàng', share: 'remainder', afterItem: 76 },
      { kind: 'phuong', name: 'Cam Giá', share: 'remainder', afterItem: 78 },
    ]);
    expect(item(78).from[0]).toEqual({
      kind: 'phuong',
      name: 'Trung Thành',
      qualifier: 'thành phố Thái Nguyên',
      share: 'whole',
    });
    expect(item(78).from.at(-1)).toEqual({ kind: 'phuong', name: 'Cam Giá', share: 'part' });
  });

  it('undoes the words the conversion ran together (item 74, item 9, item 69)', () => {
    expect(parsed.items.find((i) => i.item === 74)!.from.map((u) => `${u.kind} ${u.name}`)).toEqual([
      'thi-tran Đồng Tâm',
      'xa Quảng Chu',
      'xa Như Cố',
    ]);
    expect(parsed.items.find((i) => i.item === 9)!.name).toBe('Bình Thành');
    expect(parsed.items.find((i) => i.item === 69)!.from.at(-1)!.name).toBe('Côn Minh');
  });
});

describe('repairJoinedWords', () => {
  it('splits a formula word off a name, and off another formula word', () => {
    expect(repairJoinedWords('của thị trấn Chợ Chuvà các xã')).toBe('của thị trấn Chợ Chu và các xã');
    expect(repairJoinedWords('củathị trấn Đồng Tâm, xãQuảng Chu và xãNhư Cố')).toBe(
      'của thị trấn Đồng Tâm, xã Quảng Chu và xã Như Cố',
    );
    expect(repairJoinedWords('Thuận Thànhthành phường mới')).toBe('Thuận Thành thành phường mới');
    expect(repairJoinedWords('Nga My,Điềm Thụy vàphần còn lại')).toBe('Nga My, Điềm Thụy và phần còn lại');
    expect(repairJoinedWords('gồm 77 xã và15 phường')).toBe('gồm 77 xã và 15 phường');
  });
  it('leaves real words alone', () => {
    for (const text of ['vào thành phố', 'xã Yên Thịnh', 'phường Thịnh Đán', 'xã Cây Thị và xã Nam Hòa', 'xã Chợ Mới'])
      expect(repairJoinedWords(text)).toBe(text);
  });
});

describe('items the importer cannot read fail loudly, with their number', () => {
  const failure = (text: string) => {
    try {
      parseResolution(text);
    } catch (error) {
      return error;
    }
    throw new Error('no error');
  };

  it('an item in another form', () => {
    const error = failure(withItem(62, 'Nhập toàn bộ xã Cao Sơn vào xã Vĩnh Thông.'));
    expect(error).toBeInstanceOf(ResolutionError);
    expect((error as ResolutionError).item).toBe(62);
    expect(String((error as Error).message)).toMatch(/^Khoản 62: không đúng mẫu/);
  });

  it('a unit without a kind, or a name that is not a name', () => {
    expect(() =>
      parseArrangement(
        5,
        'Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của Trung Lương và xã Bình Yên thành xã mới có tên gọi là xã Bình Yên.',
      ),
    ).toThrow(/^Khoản 5: không rõ cấp của đơn vị “Trung Lương”/);
    expect(() =>
      parseArrangement(
        5,
        'Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã trung lương và Bình Yên thành xã mới có tên gọi là xã Bình Yên.',
      ),
    ).toThrow(/^Khoản 5: không đọc được tên đơn vị/);
  });

  it('a new unit named as another kind', () => {
    expect(() =>
      parseArrangement(
        3,
        'Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã Vạn Phái và xã Thành Công thành xã mới có tên gọi là phường Thành Công.',
      ),
    ).toThrow(/^Khoản 3: đơn vị mới vừa là xã vừa có tên gọi là phường/);
  });

  it('a summary whose counts do not add up', () => {
    expect(() =>
      parseSummary(
        91,
        'Sau khi sắp xếp, tỉnh Thái Nguyên có 92 đơn vị hành chính cấp xã, gồm 76 xã và 15 phường; trong đó có 75 xã, 15 phường hình thành sau sắp xếp quy định tại Điều này và 02 xã không thực hiện sắp xếp là xã Sảng Mộc, xã Thượng Quan.',
      ),
    ).toThrow(/^Khoản 91: số xã không cộng lại đúng/);
  });

  it('an item missing from Article 1', () => {
    const text = RESOLUTION.replace(/\n62\\\. [\s\S]*?\n\n/, '\n');
    expect(() => parseResolution(text)).toThrow(/^Khoản 63: số thứ tự không liền mạch/);
  });

  it('a remainder of a unit no earlier item divided', () => {
    const text = withItem(
      39,
      'Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Hà Châu, Nga My, Điềm Thụy và phần còn lại của xã Thượng Đình sau khi sắp xếp theo quy định tại khoản 38 Điều này thành xã mới có tên gọi là xã Điềm Thụy.',
    );
    expect(() => parseResolution(text)).toThrow(/^Khoản 39: phần còn lại của xã Thượng Đình dẫn chiếu khoản 38/);
  });

  it('a count that differs from the units formed', () => {
    const text = withItem(
      90,
      'Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các phường Sông Cầu, Phùng Chí Kiên, Xuất Hóa và xã Nông Thượng thành xã mới có tên gọi là xã Bắc Kạn.',
    );
    expect(() => parseResolution(text)).toThrow(/Điều 1 lập 76 xã/);
  });

  it('a text without Article 1', () => {
    expect(() => articleOneItems('Nghị quyết không có điều nào.')).toThrow(/không tìm thấy “Điều 1.”/);
  });
});
