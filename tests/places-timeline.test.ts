import { describe, expect, it } from 'vitest';
import { findPlaceTimelineProblems, type PlaceLike } from '../src/lib/places/timeline';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ref = (id: string) => ({ id });
const place = (id: string, kind: string, data: Partial<PlaceLike['data']> = {}): PlaceLike => ({
  id,
  filePath: `src/content/localities/${id}.json`,
  data: { title: id, kind, ...data },
});

/** The chain as the portal stores it: a province merged, a commune merged into a new one. */
const good = () => [
  place('tinh-bac-kan', 'tinh', { validUntil: d('2025-06-30'), successors: [ref('tinh-thai-nguyen')] }),
  place('tinh-thai-nguyen', 'tinh', { validFrom: d('2025-07-01'), formedFrom: [{ locality: ref('tinh-bac-kan') }] }),
  place('huyen-bach-thong', 'huyen', {
    parent: ref('tinh-bac-kan'),
    validUntil: d('2025-06-30'),
    successors: [ref('tinh-thai-nguyen')],
  }),
  place('xa-cao-son', 'xa', {
    parent: ref('huyen-bach-thong'),
    validUntil: d('2025-06-30'),
    successors: [ref('xa-vinh-thong')],
  }),
  place('xa-vinh-thong', 'xa', {
    parent: ref('tinh-thai-nguyen'),
    validFrom: d('2025-07-01'),
    formedFrom: [{ locality: ref('xa-cao-son') }],
  }),
];

describe('rules across localities', () => {
  it('accepts the 2025 chain', () => expect(findPlaceTimelineProblems(good())).toEqual([]));

  it('refuses a district that outlives its province', () => {
    const places = good();
    places[2]!.data.validUntil = d('2025-07-15');
    const problems = findPlaceTimelineProblems(places);
    expect(problems).toContainEqual({
      file: 'src/content/localities/huyen-bach-thong.json',
      field: 'validUntil',
      message: 'đơn vị thuộc "tinh-bac-kan", đơn vị đã kết thúc ngày 30/6/2025, nên không thể hoạt động lâu hơn',
    });
  });

  it('refuses a province that ends before its successor begins the next day (12/6 instead of 30/6)', () => {
    const places = good();
    places[0]!.data.validUntil = d('2025-06-11');
    const problems = findPlaceTimelineProblems(places).map((p) => `${p.file} ${p.field}`);
    expect(problems).toContain('src/content/localities/tinh-bac-kan.json successors');
    expect(problems).toContain('src/content/localities/huyen-bach-thong.json validUntil');
  });

  it('refuses "formed from" and "nay thuộc" that do not match', () => {
    const places = good();
    places[4]!.data.formedFrom = [];
    expect(findPlaceTimelineProblems(places)).toContainEqual({
      file: 'src/content/localities/xa-cao-son.json',
      field: 'successors',
      message: '"xa-vinh-thong" không ghi đơn vị này trong mục "Hình thành từ"',
    });
    const other = good();
    other[3]!.data.successors = [ref('tinh-thai-nguyen')];
    expect(findPlaceTimelineProblems(other).map((p) => `${p.file} ${p.field}`)).toContain(
      'src/content/localities/xa-vinh-thong.json formedFrom',
    );
  });

  it('refuses a unit formed from one still active, and a unit its own successor', () => {
    const places = good();
    places[3]!.data.validUntil = d('2025-07-02');
    expect(findPlaceTimelineProblems(places).map((p) => p.field)).toContain('formedFrom');
    const self = good();
    self[3]!.data.successors = [ref('xa-cao-son')];
    expect(findPlaceTimelineProblems(self).map((p) => p.message)).toContain('một đơn vị không thể kế thừa chính nó');
  });
});
