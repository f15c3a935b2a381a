/**
 * When a changed item will be public, the day the preview shows, and how far faketime must
 * move a clock to reach it in the site's time zone; and the copy's edits that make a draft
 * public or set a broken item aside.
 */
import { describe, expect, it } from "vitest";
import { calendarDateIn } from "@/lib/publication";
import { itemsToSetAside, withoutDraft } from "@/lib/preview/copy-plan";
import { groupChanges } from "@/lib/preview/changes";
import { clockShift, previewBanner, previewDay, publicationState } from "@/lib/preview/state";

describe("publication state after the merge", () => {
  const today = "2026-12-01";

  it("is public for an item dated today or before, or without a date", () => {
    expect(publicationState({ date: "2026-12-01" }, today)).toEqual({ kind: "public" });
    expect(publicationState({ date: "2020-01-01", draft: false }, today)).toEqual({
      kind: "public",
    });
    expect(publicationState({}, today)).toEqual({ kind: "public" });
  });

  it("is scheduled for an item dated after today", () => {
    expect(publicationState({ date: "2026-12-02" }, today)).toEqual({
      kind: "scheduled",
      date: "2026-12-02",
    });
  });

  it("is a draft whatever the date, keeping a date still to come", () => {
    expect(publicationState({ date: "2026-01-01", draft: true }, today)).toEqual({
      kind: "draft",
    });
    expect(publicationState({ date: "2027-03-08", draft: true }, today)).toEqual({
      kind: "draft",
      date: "2027-03-08",
    });
  });

  it("previews on the day the last scheduled item publishes", () => {
    expect(previewDay([{ kind: "public" }])).toBeUndefined();
    expect(
      previewDay([
        { kind: "scheduled", date: "2027-01-05" },
        { kind: "draft", date: "2027-02-01" },
        { kind: "scheduled", date: "2026-12-24" },
        { kind: "draft" },
      ]),
    ).toBe("2027-02-01");
  });
});

describe("the preview banner", () => {
  it("marks drafts, scheduled items and draft translations, and nothing else", () => {
    expect(previewBanner({ kind: "public" }, false)).toBeUndefined();
    expect(previewBanner({ kind: "draft", date: "2027-01-01" }, false)).toBe(
      "PREVIEW — draft: not public after the merge while it has draft: true",
    );
    expect(previewBanner({ kind: "scheduled", date: "2027-03-08" }, true)).toBe(
      "PREVIEW — scheduled: public from 8 March 2027; this translation is a draft: readers see the original until it is published",
    );
    expect(previewBanner({ kind: "public" }, true)).toBe(
      "PREVIEW — this translation is a draft: readers see the original until it is published",
    );
  });
});

describe("moving the clock to the preview day", () => {
  it("moves by whole days in a zone without daylight saving", () => {
    const now = new Date("2026-12-01T10:00:00Z"); // 15:00 in Almaty
    const seconds = clockShift(now, "Asia/Almaty", "2027-03-08");
    expect(seconds % 86_400).toBe(0);
    expect(calendarDateIn("Asia/Almaty", new Date(now.getTime() + seconds * 1000))).toBe(
      "2027-03-08",
    );
  });

  it("lands on the day across a change of offset, late in the evening", () => {
    // 23:30 in London on the day before the clocks go forward (29 March 2026).
    const now = new Date("2026-03-28T23:30:00Z");
    for (const day of ["2026-03-29", "2026-03-30", "2026-11-01"]) {
      const seconds = clockShift(now, "Europe/London", day);
      expect(calendarDateIn("Europe/London", new Date(now.getTime() + seconds * 1000))).toBe(day);
    }
  });

  it("is zero for today", () => {
    const now = new Date("2026-12-01T10:00:00Z");
    expect(clockShift(now, "Asia/Almaty", calendarDateIn("Asia/Almaty", now))).toBe(0);
  });
});

describe("the preview's copy of the content", () => {
  it("drops draft: true from the front matter only", () => {
    const text = "---\ntitle: A\ndraft: true # not yet\ndate: 2027-01-01\n---\n\ndraft: true\n";
    expect(withoutDraft(text)).toBe("---\ntitle: A\ndate: 2027-01-01\n---\n\ndraft: true\n");
    expect(withoutDraft("---\ntitle: A\ndraft: true\n---\nText\n")).toBe(
      "---\ntitle: A\n---\nText\n",
    );
    expect(withoutDraft("---\r\ntitle: A\r\ndraft:  true\r\n---\r\n")).toBe(
      "---\r\ntitle: A\r\n---\r\n",
    );
    const published = "---\ntitle: A\ndraft: false\n---\n";
    expect(withoutDraft(published)).toBe(published);
  });

  const { items } = groupChanges([
    { status: "added", path: "content/news/broken.md" },
    { status: "added", path: "content/news/fine.md" },
    { status: "deleted", path: "content/signatories/gone.md" },
    { status: "renamed", path: "content/news/new.md", from: "content/news/old.md" },
  ]);
  const [broken, fine, renamed, gone] = [
    items.find((item) => item.slug === "broken")!,
    items.find((item) => item.slug === "fine")!,
    items.find((item) => item.slug === "new")!,
    items.find((item) => item.slug === "gone")!,
  ];

  it("sets aside the items with problems in their files", () => {
    const issues = [{ file: "content/news/broken.md", message: "x" }];
    expect(itemsToSetAside(items, issues, new Set())).toEqual([broken]);
    expect(itemsToSetAside(items, [], new Set())).toEqual([]);
  });

  it("then, for problems only in files the change left alone, its deletions and renames", () => {
    const issues = [{ file: "content/news/unchanged.md", message: "links to /news/old" }];
    expect(itemsToSetAside(items, issues, new Set([broken]))).toEqual([renamed, gone]);
    expect(itemsToSetAside(items, issues, new Set([broken, renamed, gone]))).toEqual([]);
    expect(fine.status).toBe("added");
  });
});
