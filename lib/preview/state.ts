/**
 * When a changed item will be public once the pull request is merged, in the site's time
 * zone (lib/publication.ts): never while it is a draft, from its date if that is still to
 * come, else at once. The preview shows drafts and scheduled items as they will look when
 * public, on the day the last of them publishes.
 */
import { formatDate } from "../format";
import { DEFAULT_LOCALE } from "../i18n/config";
import { calendarDateIn } from "../publication";

export type PublicationState =
  | { kind: "public" }
  | { kind: "scheduled"; date: string }
  /** `date` is the item's own date where it is still to come. */
  | { kind: "draft"; date?: string };

/** The state of an item after merging, `today` being the site's date (YYYY-MM-DD). */
export function publicationState(
  data: { date?: unknown; draft?: unknown },
  today: string,
): PublicationState {
  const date = typeof data.date === "string" ? data.date : undefined;
  const future = date !== undefined && date > today ? date : undefined;
  if (data.draft === true) return future ? { kind: "draft", date: future } : { kind: "draft" };
  return future ? { kind: "scheduled", date: future } : { kind: "public" };
}

/**
 * The day the preview shows: the latest date an item of the change is scheduled for (so
 * each of them is public in the preview), or undefined when today will do.
 */
export function previewDay(states: readonly PublicationState[]): string | undefined {
  let latest: string | undefined;
  for (const state of states) {
    const date = state.kind === "public" ? undefined : state.date;
    if (date && (!latest || date > latest)) latest = date;
  }
  return latest;
}

const DAY_SECONDS = 86_400;

/**
 * How many seconds to move a clock that reads `now` so that it reads a moment of `day` in
 * `timeZone` (what `faketime -f +Ns` needs): whole days, then an hour at a time where a
 * change of offset on the way would land it on the day before or after.
 */
export function clockShift(now: Date, timeZone: string, day: string): number {
  const today = calendarDateIn(timeZone, now);
  const days = Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 1000 / DAY_SECONDS,
  );
  let seconds = days * DAY_SECONDS;
  for (let hours = 0; hours < 48; hours++) {
    const shifted = calendarDateIn(timeZone, new Date(now.getTime() + seconds * 1000));
    if (shifted === day) return seconds;
    seconds += (shifted < day ? 1 : -1) * 3600;
  }
  throw new Error(`Cannot move the clock from ${today} to ${day} in ${timeZone}`);
}

/**
 * The banner on the screenshots of an item that is not public yet, or of a language version
 * whose translation is a draft: the site itself never shows it (scripts/preview/shots.ts).
 */
export function previewBanner(
  state: PublicationState,
  translationDraft: boolean,
): string | undefined {
  const parts: string[] = [];
  if (state.kind === "draft")
    parts.push("draft: not public after the merge while it has draft: true");
  if (state.kind === "scheduled")
    parts.push(`scheduled: public from ${formatDate(state.date, DEFAULT_LOCALE)}`);
  if (translationDraft)
    parts.push("this translation is a draft: readers see the original until it is published");
  return parts.length ? `PREVIEW — ${parts.join("; ")}` : undefined;
}
