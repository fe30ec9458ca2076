/** Ordering and labels for the legal documents the portal cites. */
import { LAW_STATUSES, LAW_TYPES, type LawType } from '../../schemas/vocabulary';
import { parseLawNumber } from './law-number';

interface LawLike {
  data: { type: LawType; number: string; signedAt?: Date | undefined };
}

const TYPE_ORDER = Object.keys(LAW_TYPES);

/**
 * Codes and laws first, then resolutions, decrees, decisions, circulars; within a type, newest first: by the year in
 * the number, or for numbers without one ("1683/NQ-UBTVQH15") the year it was signed.
 */
export function sortLaws<L extends LawLike>(laws: readonly L[]): L[] {
  const key = (l: L) => parseLawNumber(l.data.number);
  const year = (l: L) => key(l)?.year ?? l.data.signedAt?.getUTCFullYear() ?? 0;
  return [...laws].sort(
    (a, b) =>
      TYPE_ORDER.indexOf(a.data.type) - TYPE_ORDER.indexOf(b.data.type) ||
      year(b) - year(a) ||
      (key(a)?.serial ?? 0) - (key(b)?.serial ?? 0),
  );
}

export const lawTypeLabel = (type: LawType) => LAW_TYPES[type];
export const lawStatusLabel = (status: keyof typeof LAW_STATUSES) => LAW_STATUSES[status];
