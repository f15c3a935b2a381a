// @ts-check
/**
 * Items publish themselves at midnight in the site's time zone (lib/publication.ts), so a
 * cached page rendered on an earlier calendar day there may miss what has appeared since:
 * lib/cache/cache-handler.mjs treats it as absent, and the first request of the new day
 * renders it afresh (once per cluster, through the shared cache). Plain JavaScript: loaded
 * by `next start` with the cache handler.
 */

import { calendarDay } from "../calendar-day.mjs";

const DEFAULT_TIME_ZONE = "Asia/Almaty";

/**
 * Whether something rendered at `lastModified` belongs to an earlier publication day than
 * `now` in the site's time zone (SITE_TIME_ZONE).
 * @param {number} lastModified
 * @param {number} [now]
 * @param {Record<string, string | undefined>} [env]
 */
export function renderedBeforeToday(lastModified, now = Date.now(), env = process.env) {
  if (!(lastModified > 0)) return false;
  const timeZone = env.SITE_TIME_ZONE || DEFAULT_TIME_ZONE;
  return calendarDay(timeZone, lastModified) < calendarDay(timeZone, now);
}
