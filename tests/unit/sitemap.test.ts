import { describe, expect, it } from "vitest";
import { sitemapEntries } from "@/lib/sitemap";
import { PUBLIC, fixtureCorpus } from "./fixtures";

const env = { SITE_URL: "https://example.org", NODE_ENV: "production" } as NodeJS.ProcessEnv;
const entries = sitemapEntries(fixtureCorpus(), PUBLIC, ["en"], env);
const byPath = new Map(entries.map((entry) => [new URL(entry.url).pathname, entry]));

describe("sitemapEntries", () => {
  it("lists every public page once, with absolute URLs", () => {
    expect([...byPath.keys()].sort()).toEqual(
      [
        "/",
        "/news",
        "/news/alliance-launch",
        "/news/old-release",
        "/news/statement-2020",
        "/initiatives",
        "/initiatives/alliance",
        "/initiatives/campaign",
        "/initiatives/global",
        "/initiatives/regional",
        "/signatories",
        "/signatories/embassy-austria",
        "/signatories/embassy-canada",
        "/signatories/un-women",
        // Year archives with published items (the scheduled 2030 item makes no page yet).
        "/news/year/2023",
        "/news/year/2021",
        "/news/year/2020",
      ].sort(),
    );
    expect(entries).toHaveLength(byPath.size);
    expect(entries.every((entry) => entry.url.startsWith("https://example.org/"))).toBe(true);
  });

  it("leaves out drafts and scheduled items", () => {
    expect(byPath.has("/news/draft-item")).toBe(false);
    expect(byPath.has("/news/scheduled-statement")).toBe(false);
  });

  it("dates each page by the newest content it shows", () => {
    expect(byPath.get("/")?.lastModified).toBe("2023-06-27");
    expect(byPath.get("/news")?.lastModified).toBe("2023-06-27");
    expect(byPath.get("/news/old-release")?.lastModified).toBe("2021-06-21");
    // The regional programme lists old-release and alliance-launch (not the draft).
    expect(byPath.get("/initiatives/regional")?.lastModified).toBe("2023-06-27");
    expect(byPath.get("/initiatives/campaign")?.lastModified).toBe("2020-11-25");
    // un-women signed only the published 2020 statement (the scheduled one does not count).
    expect(byPath.get("/signatories/un-women")?.lastModified).toBe("2020-11-25");
    // Nothing dated is shown on these: no date rather than an invented one.
    expect(byPath.get("/initiatives/global")).not.toHaveProperty("lastModified");
    expect(byPath.get("/initiatives")).not.toHaveProperty("lastModified");
    expect(byPath.get("/news/year/2021")?.lastModified).toBe("2021-06-21");
  });

  it("gives each language its own addresses", () => {
    const twice = sitemapEntries(fixtureCorpus(), PUBLIC, ["en", "en"], env);
    expect(twice).toHaveLength(entries.length * 2);
  });
});
