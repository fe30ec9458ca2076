/** Names of administrative units as readers say them: "xã Cao Sơn", "tỉnh Bắc Kạn". */
import { LOCALITY_KINDS } from '../../schemas/vocabulary';

export type LocalityKind = keyof typeof LOCALITY_KINDS;

export function placeName(kind: LocalityKind, title: string): string {
  const label = kind === 'thon' ? 'Thôn' : LOCALITY_KINDS[kind];
  return `${label} ${title}`;
}

/** Whether a unit still exists on the given date (units end when they are merged or abolished). */
export function isCurrentUnit(validUntil: Date | undefined, now: Date): boolean {
  return validUntil === undefined || validUntil.getTime() >= now.getTime();
}
