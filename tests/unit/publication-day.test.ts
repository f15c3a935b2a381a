import { describe, expect, it } from "vitest";
import { renderedBeforeToday } from "@/lib/cache/publication-day.mjs";

describe("pages rendered before today's publication day are not served from a cache", () => {
  // Almaty is UTC+5: its midnight of 25 November 2026 is 19:00 UTC on the 24th.
  const env = { SITE_TIME_ZONE: "Asia/Almaty" };
  const midnight = Date.UTC(2026, 10, 24, 19, 0, 0);

  it("counts days in the site's time zone", () => {
    expect(renderedBeforeToday(midnight - 1_000, midnight + 1_000, env)).toBe(true);
    expect(renderedBeforeToday(midnight + 1_000, midnight + 60_000, env)).toBe(false);
    expect(renderedBeforeToday(midnight - 60_000, midnight - 1_000, env)).toBe(false);
    // The same instants are one UTC day in another zone.
    expect(renderedBeforeToday(midnight - 1_000, midnight + 1_000, { SITE_TIME_ZONE: "UTC" })).toBe(
      false,
    );
  });

  it("leaves entries without a time alone", () => {
    expect(renderedBeforeToday(0, midnight, env)).toBe(false);
    expect(renderedBeforeToday(-1, midnight, env)).toBe(false);
  });
});
