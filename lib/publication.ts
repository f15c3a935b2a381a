/**
 * When an item is public: never as a draft, and only from its date on (`npm run dev` shows
 * drafts and scheduled items too, for editors to check them). "Today" is the calendar date in the site's time zone (SITE_TIME_ZONE, by
 * default Asia/Almaty, where most readers are), so an item dated 25 November appears
 * at midnight on 25 November for them.
 */
import { calendarDay } from "./calendar-day.mjs";

export type PublicationContext = {
  /** YYYY-MM-DD in the site's time zone. */
  today: string;
  includeDrafts: boolean;
  /** Shows items dated after today (development only). */
  includeScheduled: boolean;
};

export const DEFAULT_TIME_ZONE = "Asia/Almaty";

export function calendarDateIn(timeZone: string, now: Date): string {
  return calendarDay(timeZone, now);
}

export function publicationContext(
  now: Date = new Date(),
  env: NodeJS.ProcessEnv = process.env,
): PublicationContext {
  return {
    today: calendarDateIn(env.SITE_TIME_ZONE || DEFAULT_TIME_ZONE, now),
    includeDrafts: env.NODE_ENV === "development",
    includeScheduled: env.NODE_ENV === "development",
  };
}

export function isPublished(
  item: { date: string; draft?: boolean },
  context: PublicationContext,
): boolean {
  if (item.draft && !context.includeDrafts) return false;
  return context.includeScheduled || item.date <= context.today;
}

export function siteTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_TIME_ZONE || DEFAULT_TIME_ZONE;
}

/** Minutes east of UTC of `timeZone` at the instant `at`. */
function offsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/**
 * The moment an item dated `date` (YYYY-MM-DD) becomes public: midnight at the start of
 * that day in the site's time zone, as feeds and link previews need a point in time.
 * Returned as ISO 8601 with the zone's offset, e.g. "2021-06-21T00:00:00+06:00".
 */
export function publicationMoment(date: string, timeZone: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(year, month - 1, day);
  // The offset at local midnight; a second pass settles days on which the offset changes.
  let offset = offsetMinutes(timeZone, new Date(midnightUtc));
  offset = offsetMinutes(timeZone, new Date(midnightUtc - offset * 60_000));
  const sign = offset < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${date}T00:00:00${sign}${hours}:${minutes}`;
}
