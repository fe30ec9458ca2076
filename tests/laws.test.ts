import { describe, expect, it } from 'vitest';
import { lawNumberProblem, parseLawNumber } from '../src/lib/laws/law-number';
import { sortLaws } from '../src/lib/laws/sort';

describe('legal document numbers', () => {
  it('parses number, year and symbol', () => {
    expect(parseLawNumber('35/2013/QH13')).toEqual({ serial: 35, year: 2013, symbol: 'QH13' });
    expect(parseLawNumber('521/QĐ-TTg')).toEqual({ serial: 521, symbol: 'QĐ-TTg' });
    expect(parseLawNumber('49/2020/NĐ-CP'.normalize('NFD'))).toEqual({ serial: 49, year: 2020, symbol: 'NĐ-CP' });
  });

  it.each([
    ['35/2013/QH13', 'luat'],
    ['101/2015/QH13', 'bo-luat'],
    ['202/2025/QH15', 'nghi-quyet'],
    ['49/2020/NĐ-CP', 'nghi-dinh'],
    ['124/2021/TT-BCA', 'thong-tu'],
    ['521/QĐ-TTg', 'quyet-dinh'],
  ] as const)('accepts %s as %s', (number, type) => expect(lawNumberProblem(number, type)).toBeUndefined());

  it.each([
    ['35-2013-QH13', 'luat', 'không đúng dạng'],
    ['35/13/QH13', 'luat', 'không đúng dạng'],
    ['Luật 35/2013', 'luat', 'không đúng dạng'],
    ['49/2020/ND-CP', 'nghi-dinh', 'không khớp'],
    ['124/2021/TT-BCA', 'nghi-dinh', 'không khớp'],
    ['35/2013/QH13', 'thong-tu', 'không khớp'],
  ] as const)('refuses %s as %s', (number, type, message) => expect(lawNumberProblem(number, type)).toContain(message));

  it('sorts codes and laws before decrees and circulars, newest first within a type', () => {
    const law = (number: string, type: 'luat' | 'bo-luat' | 'nghi-dinh' | 'thong-tu') => ({ data: { number, type } });
    const sorted = sortLaws([
      law('124/2021/TT-BCA', 'thong-tu'),
      law('49/2020/NĐ-CP', 'nghi-dinh'),
      law('35/2013/QH13', 'luat'),
      law('30/2023/QH15', 'luat'),
      law('101/2015/QH13', 'bo-luat'),
    ]);
    expect(sorted.map((l) => l.data.number)).toEqual([
      '101/2015/QH13',
      '30/2023/QH15',
      '35/2013/QH13',
      '49/2020/NĐ-CP',
      '124/2021/TT-BCA',
    ]);
  });
});
