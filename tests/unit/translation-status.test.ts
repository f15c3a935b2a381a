/** Where each translation stands (npm run translations): missing and never-reviewed texts and documents. */
import { describe, expect, it } from "vitest";
import { parseSource } from "@/lib/content/source";
import {
  documentStatus,
  interfaceStatus,
  markReviewed,
  textsOf,
} from "@/lib/i18n/translation-status";

const english = { nav: { news: "News", home: "Home" }, steps: ["One", "Two"], countries: {} };

describe("interface texts", () => {
  it("are listed by key path, lists included", () => {
    expect([...textsOf(english).keys()]).toEqual(["nav.news", "nav.home", "steps.0", "steps.1"]);
  });

  it("count as missing, never reviewed, or reviewed before the English changed", () => {
    const own = { nav: { news: "Жаңалықтар" }, steps: ["Бір", "Екі"], countries: {} };
    const reviews = {
      reviewed: {
        "nav.news": { by: "A. Reviewer", date: "2026-12-01", english: "News" },
        "steps.0": { by: "A. Reviewer", date: "2026-12-01", english: "First" },
      },
    };
    expect(interfaceStatus(english, own, reviews)).toEqual({
      total: 4,
      missing: ["nav.home"],
      unreviewed: ["nav.home", "steps.1"],
      stale: ["steps.0"],
    });
  });

  it("start unreviewed, and a review marks the English it was read against", () => {
    const none = { reviewed: {} };
    expect(interfaceStatus(english, english, none).unreviewed).toHaveLength(4);
    const marked = markReviewed(none, english, "A. Reviewer", "2026-12-01", ["nav"]);
    expect(Object.keys(marked.reviewed)).toEqual(["nav.news", "nav.home"]);
    expect(marked.reviewed["nav.home"]).toEqual({
      by: "A. Reviewer",
      date: "2026-12-01",
      english: "Home",
    });
    expect(interfaceStatus(english, english, marked).unreviewed).toEqual(["steps.0", "steps.1"]);
  });
});

describe("documents", () => {
  const doc = (name: string, text: string, locale?: "ru" | "kk") =>
    parseSource(`content/news/${name}`, "news", name.split(".")[0]!, text, locale).document!;
  const original = (slug: string) =>
    doc(
      `${slug}.md`,
      "---\ntitle: T\ndate: 2021-01-01\nsummary: S.\ncategory: news\n---\n\nText.\n",
    );

  it("are missing, translated and never reviewed, or reviewed", () => {
    const documents = [
      original("a"),
      original("b"),
      original("c"),
      doc("a.kk.md", "---\ntitle: Т\nsummary: С.\n---\n\nМәтін.\n", "kk"),
      doc(
        "b.kk.md",
        "---\ntitle: Т\nsummary: С.\nreview:\n  by: A. Reviewer\n  date: 2026-12-01\n---\n\nМәтін.\n",
        "kk",
      ),
    ];
    expect(documentStatus(documents, "kk")).toEqual({
      originals: 3,
      translated: 2,
      missing: ["content/news/c.md"],
      unreviewed: ["content/news/a.kk.md"],
    });
  });
});
