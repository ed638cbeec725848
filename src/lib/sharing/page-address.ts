/**
 * What only the reader's browser knows, for links and citations: the address
 * the page was loaded from and today's date. Used by `src/scripts/copy.ts`.
 * Runs in the browser only.
 */

/** `https://host/path/` for a page served over HTTP(S); undefined for `file:` and the like, where the built-in URL stays. */
export function loadedAddress(location: Pick<Location, 'protocol' | 'origin' | 'pathname'>): string | undefined {
  return /^https?:$/.test(location.protocol) ? `${location.origin}${location.pathname}` : undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (value: number) => String(value).padStart(2, '0');

/** The access date of a citation: "26 November 2026" (`long`), "2026-11-26" (`iso`, BibTeX) or "2026/11/26" (`ris`). */
export function formatAccessDate(date: Date, format: string): string {
  const [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()];
  if (format === 'iso') return `${year}-${pad(month + 1)}-${pad(day)}`;
  if (format === 'ris') return `${year}/${pad(month + 1)}/${pad(day)}`;
  return `${day} ${MONTHS[month]} ${year}`;
}
