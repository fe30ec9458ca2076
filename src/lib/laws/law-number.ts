/**
 * Vietnamese legal document numbers ("số, ký hiệu"): `35/2013/QH13`, `49/2020/NĐ-CP`, `124/2021/TT-BCA`,
 * `521/QĐ-TTg`. The symbol after the number says what kind of document it is, so a number that does not
 * match its declared type is a typing mistake worth catching.
 */
import type { LawType } from '../../schemas/vocabulary';

/** number / optional year / symbol (letters, digits, dashes; Đ and the lowercase "g" of TTg included). */
const NUMBER = /^(\d{1,4})\/(?:(\d{4})\/)?([A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*)$/u;

/** What the symbol of each type starts with (QH: National Assembly; NĐ-CP: government; TT-: ministry). */
const SYMBOL_PREFIX: Record<LawType, RegExp> = {
  'bo-luat': /^QH\d{1,2}$/,
  luat: /^QH\d{1,2}$/,
  'nghi-quyet': /^(QH\d{1,2}|NQ(-.+)?|NQLT-.+|UBTVQH\d{1,2})$/,
  'nghi-dinh': /^NĐ-CP$/,
  'quyet-dinh': /^QĐ(-.+)?$/,
  'thong-tu': /^(TT|TTLT)-.+$/,
  'chi-thi': /^CT(-.+)?$/,
};

export interface LawNumber {
  serial: number;
  year?: number;
  symbol: string;
}

export function parseLawNumber(number: string): LawNumber | undefined {
  const m = NUMBER.exec(number.normalize('NFC').trim());
  if (!m) return undefined;
  return { serial: Number(m[1]), ...(m[2] ? { year: Number(m[2]) } : {}), symbol: m[3]! };
}

/** Vietnamese problem with a document number, or undefined when it is well formed for its type. */
export function lawNumberProblem(number: string, type: LawType): string | undefined {
  const parsed = parseLawNumber(number);
  if (!parsed) return `Số, ký hiệu "${number}" không đúng dạng (ví dụ: 35/2013/QH13, 49/2020/NĐ-CP, 521/QĐ-TTg)`;
  if (!SYMBOL_PREFIX[type].test(parsed.symbol))
    return `Số, ký hiệu "${number}": ký hiệu "${parsed.symbol}" không khớp loại văn bản đã chọn`;
  return undefined;
}
