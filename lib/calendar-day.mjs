// @ts-check
/**
 * The calendar date of an instant in a time zone, YYYY-MM-DD: the publication day
 * (lib/publication.ts) and the day a cached page was rendered (lib/cache/publication-day.mjs).
 * Plain JavaScript: the cache handler, loaded by `next start`, needs it too.
 */

/** @type {Map<string, Intl.DateTimeFormat>} */
const formats = new Map();

/**
 * The last answer per zone, by whole second: proxy.ts asks on every request, and a profile
 * under load found formatting the date a tenth of the proxy's own time.
 * @type {Map<string, { second: number, day: string }>}
 */
const recent = new Map();

/**
 * @param {string} timeZone
 * @param {Date | number} instant
 * @returns {string}
 */
export function calendarDay(timeZone, instant) {
  const second = Math.floor(Number(instant) / 1000);
  const last = recent.get(timeZone);
  if (last?.second === second) return last.day;
  let format = formats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD. Made once per zone.
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formats.set(timeZone, format);
  }
  const day = format.format(instant);
  recent.set(timeZone, { second, day });
  return day;
}
