/**
 * When the site-wide alert shows: switched on by an editor and not past its expiry day. The check runs at
 * build time, so an expired alert disappears at the first build after its last day (in Vietnam's calendar).
 */
import { isoDate } from '../text/format';

export type AlertSeverity = 'info' | 'warning' | 'danger';

export interface SiteAlert {
  active: boolean;
  severity: AlertSeverity;
  message: string;
  link?: string | undefined;
  /** Last day the alert shows (inclusive). */
  expires?: Date | undefined;
}

export function visibleAlert(alert: SiteAlert | undefined, now: Date = new Date()): SiteAlert | undefined {
  if (!alert || !alert.active || alert.message.trim() === '') return undefined;
  if (alert.expires && isoDate(now) > isoDate(alert.expires)) return undefined;
  return alert;
}
