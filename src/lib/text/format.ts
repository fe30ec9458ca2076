/** vi-VN formatting of dates and numbers. Dates are shown in Vietnam's time zone whatever the build machine's. */

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const shortDate = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const longDate = new Intl.DateTimeFormat('vi-VN', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
// en-CA writes dates as YYYY-MM-DD; made once, since creating a formatter costs far more than using it.
const isoParts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE });
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/**
 * Formatting a date in a named time zone costs microseconds, and a build formats the same publication dates on
 * every list page that shows the entry (tens of thousands of times at 5,000 entries): each distinct instant is
 * formatted once.
 */
function byInstant(format: (date: Date) => string): (date: Date) => string {
  const done = new Map<number, string>();
  return (date) => {
    const time = date.getTime();
    let text = done.get(time);
    if (text === undefined) done.set(time, (text = format(date)));
    return text;
  };
}

/** "26/11/2026" */
export const formatDate = byInstant((date) => shortDate.format(date));

/** "26 tháng 11, 2026" */
export const formatDateLong = byInstant((date) => longDate.format(date));

/** "2026-11-26" in Vietnam's calendar, for `<time datetime>` and feeds. */
export const isoDate = byInstant((date) => {
  const parts = Object.fromEntries(isoParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
});

/** Calendar year in Vietnam's time zone. */
export function yearOf(date: Date): number {
  return Number(isoDate(date).slice(0, 4));
}

/** "43.000", "0,5", "1.310" */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** `tel:` link target: digits and a leading + only, so "069 2593 113" dials. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** A phone number as shown: groups joined by no-break spaces, so "069 2593 113" never wraps mid-number. */
export function phoneText(number: string): string {
  return number.trim().replace(/\s+/g, '\u00a0');
}
