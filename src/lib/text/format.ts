/** vi-VN formatting of dates and numbers. Dates are shown in Vietnam's time zone whatever the build machine's. */

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// en-CA writes dates as YYYY-MM-DD; made once, since creating a formatter costs far more than using it.
const isoParts = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIME_ZONE,
});
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

/** "2026-11-26" in Vietnam's calendar, for `<time datetime>` and feeds. */
export const isoDate = byInstant((date) => {
  const parts = Object.fromEntries(isoParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
});

/** Day, month and year in Vietnam's calendar, without leading zeros. */
function calendarDay(date: Date): [day: number, month: number, year: number] {
  const [year, month, day] = isoDate(date).split('-').map(Number) as [number, number, number];
  return [day, month, year];
}

/**
 * "15/3/2022", for lists. Built from the calendar parts, not Intl's vi-VN pattern, which pads with zeros
 * ("15/03/2022") and whose long form follows English word order ("15 tháng 3, 2022").
 */
export const formatDate = byInstant((date) => calendarDay(date).join('/'));

/**
 * "15 tháng 3 năm 2022", for a date in running text. Without "ngày": the sentence says it ("Phát ngày {date}",
 * "Biên soạn ngày {date}"), so a label that already ends with "ngày" never reads "ngày ngày".
 */
export const formatDateLong = byInstant((date) => {
  const [day, month, year] = calendarDay(date);
  return `${day} tháng ${month} năm ${year}`;
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
