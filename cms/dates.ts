/**
 * Dates as Vietnamese editors write them, DD/MM/YYYY, stored as the YYYY-MM-DD the schemas read. A native date
 * input shows the browser's own order (mm/dd/yyyy in an English browser), so the CMS uses a text input.
 */

/** "2022-03-21" → "21/03/2022"; anything else is returned as it is. */
export function toViDate(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : text;
}

/**
 * "21/3/2022", "21-03-2022", "21.03.2022" or "2022-03-21" → "2022-03-21"; undefined when the text is not a real
 * day (31/02, 13th month).
 */
export function fromViDate(text: string): string | undefined {
  const trimmed = text.trim();
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const [year, month, day] = vi ? [vi[3], vi[2], vi[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    date.getUTCFullYear() !== Number(year) ||
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day)
  )
    return undefined;
  return date.toISOString().slice(0, 10);
}
