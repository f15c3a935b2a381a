// @ts-check
/**
 * The calendar date of an instant in a time zone, YYYY-MM-DD: the publication day
 * (lib/publication.ts) and the day a cached page was rendered (lib/cache/publication-day.mjs).
 * Plain JavaScript: the cache handler, loaded by `next start`, needs it too.
 */

/** @type {Map<string, Intl.DateTimeFormat>} */
const formats = new Map();

/**
 * @param {string} timeZone
 * @param {Date | number} instant
 * @returns {string}
 */
export function calendarDay(timeZone, instant) {
  let format = formats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD. Made once per zone: proxy.ts asks on every request.
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formats.set(timeZone, format);
  }
  return format.format(instant);
}
