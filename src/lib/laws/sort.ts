/** Ordering and labels for the legal documents the portal cites. */
import { LAW_STATUSES, LAW_TYPES, type LawType } from '../../schemas/vocabulary';
import { parseLawNumber } from './law-number';

interface LawLike {
  data: { type: LawType; number: string };
}

const TYPE_ORDER = Object.keys(LAW_TYPES);

/** Codes and laws first, then resolutions, decrees, decisions, circulars; within a type, newest first. */
export function sortLaws<L extends LawLike>(laws: readonly L[]): L[] {
  const key = (l: L) => parseLawNumber(l.data.number);
  return [...laws].sort(
    (a, b) =>
      TYPE_ORDER.indexOf(a.data.type) - TYPE_ORDER.indexOf(b.data.type) ||
      (key(b)?.year ?? 0) - (key(a)?.year ?? 0) ||
      (key(a)?.serial ?? 0) - (key(b)?.serial ?? 0),
  );
}

export const lawTypeLabel = (type: LawType) => LAW_TYPES[type];
export const lawStatusLabel = (status: keyof typeof LAW_STATUSES) => LAW_STATUSES[status];
