/**
 * Rules across localities that one entry's schema cannot see: a unit does not outlive the unit it belongs to, a
 * former unit's successors exist the day after it ended, and between units of one level "formed from" and "nay thuộc"
 * tell the same story from both ends (xã Vĩnh Thông formed from xã Cao Sơn ⇔ xã Cao Sơn now in xã Vĩnh Thông).
 */
import type { ContentProblem } from '../content/integrity';

export interface PlaceLike {
  id: string;
  filePath?: string | undefined;
  data: {
    title: string;
    kind: string;
    parent?: { id: string } | undefined;
    validFrom?: Date | undefined;
    validUntil?: Date | undefined;
    successors?: readonly { id: string }[] | undefined;
    formedFrom?: readonly { locality: { id: string } }[] | undefined;
  };
}

const DAY = 24 * 60 * 60 * 1000;
const day = (date: Date) => `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;

export function findPlaceTimelineProblems(places: readonly PlaceLike[]): ContentProblem[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const problems: ContentProblem[] = [];
  for (const place of places) {
    const file = place.filePath ?? `localities/${place.id}`;
    const problem = (field: string, message: string) => problems.push({ file, field, message });
    const { validFrom, validUntil, parent, successors = [], formedFrom = [] } = place.data;

    const parentUnit = parent && byId.get(parent.id);
    const parentEnd = parentUnit?.data.validUntil;
    if (parentUnit && parentEnd && (!validUntil || validUntil > parentEnd))
      problem(
        'validUntil',
        `đơn vị thuộc "${parentUnit.data.title}", đơn vị đã kết thúc ngày ${day(parentEnd)}, nên không thể hoạt động lâu hơn`,
      );

    for (const { id } of successors) {
      if (id === place.id) {
        problem('successors', 'một đơn vị không thể kế thừa chính nó');
        continue;
      }
      const successor = byId.get(id);
      if (!successor || !validUntil) continue;
      const next = new Date(validUntil.getTime() + DAY);
      const { validFrom: from, validUntil: until } = successor.data;
      if ((from && from > next) || (until && until < next))
        problem(
          'successors',
          `"${successor.data.title}" không hoạt động vào ngày ${day(next)}, ngày sau khi đơn vị này kết thúc`,
        );
      // A district's successor is the province its area now belongs to: only units of one level list each other.
      if (
        successor.data.kind === place.data.kind &&
        !(successor.data.formedFrom ?? []).some((f) => f.locality.id === place.id)
      )
        problem('successors', `"${successor.data.title}" không ghi đơn vị này trong mục "Hình thành từ"`);
    }

    for (const { locality } of formedFrom) {
      const former = byId.get(locality.id);
      if (!former) continue;
      const end = former.data.validUntil;
      if (!end) problem('formedFrom', `"${former.data.title}" chưa ghi ngày kết thúc hoạt động`);
      else if (validFrom && end >= validFrom)
        problem(
          'formedFrom',
          `"${former.data.title}" hoạt động đến ngày ${day(end)}, không trước ngày đơn vị này bắt đầu`,
        );
      if (former.data.kind === place.data.kind && !(former.data.successors ?? []).some((s) => s.id === place.id))
        problem('formedFrom', `"${former.data.title}" không ghi đơn vị này trong mục "Nay thuộc"`);
    }
  }
  return problems;
}
