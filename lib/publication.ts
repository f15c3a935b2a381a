/**
 * When an item is public: never as a draft (except in `npm run dev`), and only from its
 * date on. "Today" is the calendar date in the site's time zone (SITE_TIME_ZONE, by
 * default Asia/Almaty, where most readers are), so an item dated 25 November appears
 * at midnight on 25 November for them.
 */
export type PublicationContext = {
  /** YYYY-MM-DD in the site's time zone. */
  today: string;
  includeDrafts: boolean;
};

export const DEFAULT_TIME_ZONE = "Asia/Almaty";

export function calendarDateIn(timeZone: string, now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

export function publicationContext(
  now: Date = new Date(),
  env: NodeJS.ProcessEnv = process.env,
): PublicationContext {
  return {
    today: calendarDateIn(env.SITE_TIME_ZONE || DEFAULT_TIME_ZONE, now),
    includeDrafts: env.NODE_ENV === "development",
  };
}

export function isPublished(
  item: { date: string; draft?: boolean },
  context: PublicationContext,
): boolean {
  if (item.draft && !context.includeDrafts) return false;
  return item.date <= context.today;
}
