/** Names of administrative units as readers say them: "xã Cao Sơn", "tỉnh Bắc Kạn". */
import { LOCALITY_KINDS } from '../schemas/vocabulary';

export type LocalityKind = keyof typeof LOCALITY_KINDS;

export function placeName(kind: LocalityKind, title: string): string {
  const label = kind === 'thon' ? 'Thôn' : LOCALITY_KINDS[kind];
  return `${label} ${title}`;
}

/** Whether a unit still exists on the given date (units end when they are merged or abolished). */
export function isCurrentUnit(validUntil: Date | undefined, now: Date): boolean {
  return validUntil === undefined || validUntil.getTime() >= now.getTime();
}

/**
 * The first day a unit no longer exists: `validUntil` is its last day, and readers are told
 * "đã kết thúc hoạt động từ 1/7/2025", the day the change took effect.
 */
export function endedFrom(validUntil: Date): Date {
  return new Date(validUntil.getTime() + 24 * 60 * 60 * 1000);
}
