import { afterEach, describe, expect, it } from "vitest";
import { countryName, displayUrl, formatDate } from "@/lib/format";
import { NEWS_PER_PAGE, paginate, parsePageNumber } from "@/lib/pagination";
import { calendarDateIn, isPublished, publicationContext } from "@/lib/publication";
import { unpublishedNotice } from "@/lib/publication-notice";
import { initiativePath, localePath, newsListPath, newsPath, signatoryPath } from "@/lib/urls";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("formatDate", () => {
  it.each(["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Almaty"])(
    "shows 2021-06-21 as 21 June 2021 when the server runs in %s",
    (tz) => {
      process.env.TZ = tz;
      expect(formatDate("2021-06-21", "en")).toBe("21 June 2021");
      expect(formatDate("2020-01-01", "en")).toBe("1 January 2020");
    },
  );
});

describe("countryName", () => {
  it("names countries from ISO codes", () => {
    expect(countryName("KZ", "en")).toBe("Kazakhstan");
    expect(countryName("GB", "en")).toBe("United Kingdom");
  });
});

describe("displayUrl", () => {
  it("shows web addresses without protocol, www or trailing slash", () => {
    expect(displayUrl("https://www.unwomen.org/")).toBe("unwomen.org");
    expect(displayUrl("http://example.org/path/")).toBe("example.org/path");
  });
});

describe("publication", () => {
  it("takes today's date in the site's time zone", () => {
    // 20:30 UTC on 24 November is already 25 November in Almaty (UTC+5).
    const now = new Date("2026-11-24T20:30:00Z");
    expect(calendarDateIn("Asia/Almaty", now)).toBe("2026-11-25");
    expect(calendarDateIn("UTC", now)).toBe("2026-11-24");
    expect(publicationContext(now, { NODE_ENV: "production" } as NodeJS.ProcessEnv)).toEqual({
      today: "2026-11-25",
      includeDrafts: false,
      includeScheduled: false,
    });
    expect(
      publicationContext(now, {
        NODE_ENV: "development",
        SITE_TIME_ZONE: "UTC",
      } as NodeJS.ProcessEnv),
    ).toEqual({ today: "2026-11-24", includeDrafts: true, includeScheduled: true });
  });

  it("publishes on the item's date and never drafts in production", () => {
    const context = { today: "2026-11-25", includeDrafts: false, includeScheduled: false };
    expect(isPublished({ date: "2026-11-25" }, context)).toBe(true);
    expect(isPublished({ date: "2026-11-26" }, context)).toBe(false);
    expect(isPublished({ date: "2020-01-01", draft: true }, context)).toBe(false);
    expect(
      isPublished({ date: "2020-01-01", draft: true }, { ...context, includeDrafts: true }),
    ).toBe(true);
  });

  it("shows drafts and scheduled items in development, each with its notice", () => {
    const dev = publicationContext(new Date("2026-11-24T20:30:00Z"), {
      NODE_ENV: "development",
    } as NodeJS.ProcessEnv);
    const scheduled = { date: "2026-12-09" };
    const draft = { date: "2026-11-01", draft: true };
    expect(isPublished(scheduled, dev)).toBe(true);
    expect(isPublished(draft, dev)).toBe(true);
    expect(unpublishedNotice(scheduled, dev)).toBe("Scheduled: public on 9 December 2026");
    expect(unpublishedNotice(draft, dev)).toBe("Draft: not public");
    expect(unpublishedNotice({ date: "2026-11-25" }, dev)).toBeUndefined();
    const production = publicationContext(new Date("2026-11-24T20:30:00Z"), {
      NODE_ENV: "production",
    } as NodeJS.ProcessEnv);
    expect(isPublished(scheduled, production)).toBe(false);
    expect(isPublished(draft, production)).toBe(false);
  });
});

describe("pagination", () => {
  const items = Array.from({ length: 25 }, (_, index) => index);

  it("cuts pages of 12 and knows the last page", () => {
    expect(paginate(items, 1, NEWS_PER_PAGE)).toMatchObject({ page: 1, totalPages: 3, total: 25 });
    expect(paginate(items, 3, NEWS_PER_PAGE)?.items).toEqual([24]);
  });

  it("refuses pages out of range", () => {
    expect(paginate(items, 0, 12)).toBeUndefined();
    expect(paginate(items, 4, 12)).toBeUndefined();
    expect(paginate(items, 1.5, 12)).toBeUndefined();
    expect(paginate([], 1, 12)).toMatchObject({ items: [], totalPages: 1 });
  });

  it("accepts only plain page numbers from URLs", () => {
    expect(parsePageNumber("2")).toBe(2);
    for (const bad of ["0", "01", "-1", "1e3", "abc", "", "2.0", "9".repeat(20)]) {
      expect(parsePageNumber(bad)).toBeUndefined();
    }
  });
});

describe("urls", () => {
  it("puts the default language at the root", () => {
    expect(localePath("en", "/")).toBe("/");
    expect(newsPath("en", "a-b")).toBe("/news/a-b");
    expect(newsListPath("en")).toBe("/news");
    expect(newsListPath("en", 1)).toBe("/news");
    expect(newsListPath("en", 3)).toBe("/news/page/3");
    expect(initiativePath("en", "x")).toBe("/initiatives/x");
    expect(signatoryPath("en", "y")).toBe("/signatories/y");
  });
});
