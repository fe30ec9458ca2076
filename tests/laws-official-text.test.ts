import { describe, expect, it } from 'vitest';
import { isOfficialTextUrl, officialTextProblem } from '../src/lib/laws/official-text';

describe('where an official text may be linked from', () => {
  it.each([
    'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=32820',
    'https://congbao.chinhphu.vn/van-ban/luat-so-91-2025-qh15-45578.htm',
    'https://xaydungchinhsach.chinhphu.vn/toan-van-nghi-quyet-so-202-2025-qh15-ve-sap-xep-don-vi-hanh-chinh-cap-tinh-119250612174148722.htm',
    'https://datafiles.chinhphu.vn/cpp/files/vbpq/2025/6/1683-nq.signed.pdf',
    'https://quochoi.vn/',
  ])('accepts %s', (url) => expect(isOfficialTextUrl(url)).toBe(true));

  it.each([
    'https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Thong-tu-124-2021-TT-BCA-500765.aspx',
    'http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1',
    'https://vbpl.vn.evil.example/',
    'https://evilvbpl.vn/',
    'https://user:pass@vbpl.vn/',
    'javascript:alert(1)//vbpl.vn',
    'not a url',
  ])('refuses %s', (url) => expect(isOfficialTextUrl(url)).toBe(false));

  it('says what is wrong, in Vietnamese', () =>
    expect(officialTextProblem('https://thuvienphapluat.vn/x')).toMatch(
      /^Đường dẫn văn bản chính thức: phải là địa chỉ https:\/\//,
    ));
});
