/**
 * The statistics office's list of commune-level codes (Cục Thống kê, Công văn 1027/CTK-CSCL), one unit a row:
 * "Stt,Mã số,Tên đơn vị hành chính,Tỉnh (thành phố)", the name with its kind ("Xã Vĩnh Thông"). A row that does not
 * read is an error naming its line.
 */
import { toNFC } from '../text/vietnamese';
import type { UnitKind } from './resolution';

export interface CodedUnit {
  code: string;
  kind: UnitKind;
  name: string;
  province: string;
}

const KIND_PREFIX: [RegExp, UnitKind][] = [
  [/^Phường\s+/, 'phuong'],
  [/^Xã\s+/, 'xa'],
  [/^Đặc khu\s+/, 'dac-khu'],
];

/** Key under which a unit is looked up: its kind and its name. */
export const unitKey = (kind: UnitKind, name: string) => `${kind}:${toNFC(name).trim()}`;

export function parseCodeList(csv: string): CodedUnit[] {
  const lines = toNFC(csv).replace(/\r\n?/g, '\n').split('\n');
  const units: CodedUnit[] = [];
  lines.forEach((line, index) => {
    if (index === 0 || line.trim() === '') return;
    const cells = line.split(',').map((c) => c.trim());
    const [, code, fullName, province] = cells;
    if (cells.length !== 4 || !code || !/^\d{5}$/.test(code) || !fullName || !province)
      throw new Error(`Danh mục mã số, dòng ${index + 1}: không đọc được “${line}”`);
    const prefix = KIND_PREFIX.find(([pattern]) => pattern.test(fullName));
    if (!prefix) throw new Error(`Danh mục mã số, dòng ${index + 1}: không rõ cấp của “${fullName}”`);
    units.push({ code, kind: prefix[1], name: fullName.replace(prefix[0], '').trim(), province });
  });
  const seen = new Set<string>();
  for (const unit of units) {
    const key = unitKey(unit.kind, unit.name);
    if (seen.has(key)) throw new Error(`Danh mục mã số: “${unit.name}” có hai mã`);
    seen.add(key);
  }
  return units;
}
