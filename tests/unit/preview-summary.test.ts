/**
 * What the editor reads: the warnings, summary.md line by line, and the mock of a shared
 * link, which shows only what the page's Open Graph tags say and runs nothing.
 */
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "@/lib/preview/markdown";
import { renderSummary, type ItemSummary } from "@/lib/preview/summary";
import { unfurlMockHtml } from "@/lib/preview/unfurl";
import {
  PREVIEW_DESCRIPTION_CHARACTERS,
  PREVIEW_TITLE_CHARACTERS,
  deletionWarnings,
  itemWarnings,
  missingPictureWarning,
  unloadedPictureWarning,
  type WarningInput,
} from "@/lib/preview/warnings";

const base: WarningInput = {
  type: "news",
  slug: "x",
  file: "content/news/x.md",
  state: { kind: "public" },
  versions: [{ locale: "en", title: "A short title", summary: "A short summary." }],
  picture: { src: "/images/x.jpg", width: 1200, height: 630 },
};

describe("warnings", () => {
  it("a picture link previews cannot load", () => {
    expect(unloadedPictureWarning("/images/a.jpg", 404, "text/html")).toBe(
      "The picture link previews use, `/images/a.jpg`, could not be loaded from the preview (it answered 404): link previews would show no picture.",
    );
    expect(unloadedPictureWarning("/images/a.svg", 200, "image/svg+xml")).toContain(
      "(it sent image/svg+xml, which link previews do not show)",
    );
    expect(missingPictureWarning()).toContain("no og:image");
  });

  it("none for a public news item with a well-shaped picture and short texts", () => {
    expect(itemWarnings(base)).toEqual([]);
  });

  it("a news item without a picture", () => {
    expect(itemWarnings({ ...base, picture: undefined })).toEqual([
      "No picture: link previews will show the generated card. Add `image:` with `src` and `alt` to show a photo.",
    ]);
    expect(itemWarnings({ ...base, type: "initiative", picture: undefined })).toEqual([]);
  });

  it("a picture link previews must crop, or too small", () => {
    expect(itemWarnings({ ...base, picture: { src: "/a.jpg", width: 800, height: 800 } })).toEqual([
      "The picture is 800 × 800 pixels; link previews crop it to 1200 × 630 (1.91 : 1): check in the link preview that nothing important is cut off.",
    ]);
    expect(itemWarnings({ ...base, picture: { src: "/a.jpg", width: 400, height: 210 } })).toEqual([
      "The picture is only 400 pixels wide: link previews may show it small or blurred (1200 × 630 or larger is best).",
    ]);
  });

  it("a title or summary that link previews cut, per language where there are several", () => {
    const title = "T".repeat(PREVIEW_TITLE_CHARACTERS + 1);
    const summary = "S".repeat(PREVIEW_DESCRIPTION_CHARACTERS) + " and *more*";
    expect(itemWarnings({ ...base, versions: [{ locale: "en", title, summary }] })).toEqual([
      `The title has 71 characters; link previews show about 70, so it will be cut: “${"T".repeat(70)}…”`,
      `The summary has 171 characters; link previews show about 160: “${"S".repeat(160)}…”`,
    ]);
    const versions = [
      { locale: "en" as const, title: "Fine" },
      { locale: "ru" as const, title: "Д".repeat(75) },
    ];
    expect(itemWarnings({ ...base, versions })).toEqual([
      `The Russian title has 75 characters; link previews show about 70, so it will be cut: “${"Д".repeat(70)}…”`,
    ]);
  });

  it("a card that leaves out what its fonts cannot draw", () => {
    const versions = [
      { locale: "en" as const, title: "Launch 🎉  today", cardTitle: "Launch today" },
    ];
    expect(itemWarnings({ ...base, versions })).toEqual([
      "The link-preview card leaves out characters of the title that its fonts cannot draw (emoji, other scripts): it reads “Launch today”.",
    ]);
    const drawn = [{ locale: "en" as const, title: "Launch\n today", cardTitle: "Launch today" }];
    expect(itemWarnings({ ...base, versions: drawn })).toEqual([]);
  });

  it("a draft, and a topic no item names: no list will show them", () => {
    expect(itemWarnings({ ...base, state: { kind: "draft" } })).toEqual([
      "It is a draft: after the merge no list will show it and its address answers “page not found”. Remove `draft: true` to publish it.",
    ]);
    expect(itemWarnings({ ...base, type: "tag", topicHasItems: false })).toEqual([
      "No news item names this topic in `tags`: its page will not exist and no list will show it.",
    ]);
  });

  it("a rename that loses the old address, and a deletion without an alias", () => {
    const lost = [{ locale: "en" as const, path: "/news/old" }];
    expect(itemWarnings({ ...base, renamedFrom: { slug: "old", addresses: lost } })).toEqual([
      "Renamed without keeping the old address: `/news/old` will answer “page not found”. Add `aliases:` with `- old` to `content/news/x.md`.",
    ]);
    const kept = [{ locale: "en" as const, path: "/news/old", to: "/news/x" }];
    expect(itemWarnings({ ...base, renamedFrom: { slug: "old", addresses: kept } })).toEqual([]);
    expect(deletionWarnings("old", kept)).toEqual([]);
    expect(deletionWarnings("old", lost)).toEqual([
      "Deleted, and no item lists `old` in its `aliases`: its addresses will answer “page not found” and links to it break. To hide an item, prefer `draft: true`; if another item replaces it, add `old` to that item's `aliases`.",
    ]);
  });
});

const item: ItemSummary = {
  type: "news",
  slug: "launch",
  status: "added",
  title: "Launch of *the* alliance",
  files: [
    { status: "added", path: "content/news/launch.md" },
    { status: "added", path: "content/news/launch.ru.md" },
  ],
  state: { kind: "scheduled", date: "2027-03-08" },
  addresses: [
    { locale: "en", path: "/news/launch" },
    { locale: "ru", path: "/ru/news/launch" },
  ],
  pageExists: true,
  formerAddresses: [],
  appearances: [{ key: "news", label: "All news", paths: { en: "/news", ru: "/ru/news" } }],
  translations: [
    { locale: "en", state: "original", file: "content/news/launch.md" },
    { locale: "ru", state: "draft", file: "content/news/launch.ru.md", shownAs: "en" },
  ],
  warnings: ["A warning."],
  images: [{ locale: "en", images: [{ label: "phone", file: "images/news-launch-en-phone.png" }] }],
};

describe("summary.md", () => {
  it("says, line by line, what the change will publish", () => {
    const text = renderSummary({
      base: "origin/main",
      check: { documents: 12, issues: [] },
      timeZone: "Asia/Almaty",
      previewDay: "2027-03-08",
      items: [
        item,
        {
          ...item,
          slug: "old",
          status: "deleted",
          title: "Old",
          files: [{ status: "deleted", path: "content/news/old.md" }],
          formerAddresses: [
            { locale: "en", path: "/news/old", answered: 404 },
            { locale: "en", path: "/news/older", to: "/news/launch", answered: 200 },
          ],
          warnings: [],
          images: [],
        },
      ],
      otherFiles: [{ status: "added", path: "content/notes.txt" }],
    });
    expect(text.split("\n")).toEqual([
      "# Preview of this change",
      "",
      "Compared with `origin/main`: 2 items changed. Shown as the site will be on 8 March 2027 (Asia/Almaty), when the last scheduled item is public.",
      "",
      "Drafts and scheduled items are shown as they will look once public, under a yellow “Preview” banner that the site itself does not have.",
      "",
      "## Content check",
      "",
      "✓ Passed: 12 documents, no problems.",
      "",
      "## News: “Launch of \\*the\\* alliance”",
      "",
      "- **Files:** `content/news/launch.md` (new), `content/news/launch.ru.md` (new)",
      "- **Address:** `/news/launch`, `/ru/news/launch`",
      "- **Publication:** scheduled: hidden until 8 March 2027, then public from midnight (Asia/Almaty time) by itself, without a new deployment.",
      "- **Appears on, from 8 March 2027:**",
      "  - All news: `/news`, `/ru/news`",
      "- **Translations:** English (original) ✓; Russian: a draft — readers see the English text until `draft: true` is removed from `content/news/launch.ru.md`",
      "- **Warnings:**",
      "  - ⚠️ A warning.",
      "- **Images:**",
      "  - English: [phone](images/news-launch-en-phone.png)",
      "  - Russian: not pictured — the same English text as above, under its own menus",
      "",
      "## Deleted — News: “Old”",
      "",
      "- **Files:** `content/news/old.md` (deleted)",
      "- **Addresses that stop working:** `/news/old` will answer “page not found”",
      "- **Addresses that redirect:** `/news/older` redirects to `/news/launch` (the preview answered 200)",
      "",
      "## Other files",
      "",
      "- `content/notes.txt` (new): not an item of the site (see the content check)",
      "",
    ]);
  });

  it("lists the check's messages as the check prints them, and why an item is not previewed", () => {
    const text = renderSummary({
      check: {
        documents: 3,
        issues: [
          { file: "content/news/a.md", line: 3, field: "date", message: "is not a date" },
          { file: "content/news/a.md", message: "has no text" },
        ],
      },
      timeZone: "Asia/Almaty",
      items: [{ ...item, notPreviewed: "fix the 2 problems the content check lists above first." }],
      otherFiles: [],
    });
    expect(text).toContain(
      "✗ 2 problems in 1 file. Fix them before merging (CONTRIBUTING.md, “What the messages mean”); an item with a problem is not previewed until then.\n\n```text\ncontent/news/a.md:3  date: is not a date\ncontent/news/a.md  has no text\n```\n",
    );
    expect(text).toContain(
      "- **Files:** `content/news/launch.md` (new), `content/news/launch.ru.md` (new)\n- **Not previewed:** fix the 2 problems the content check lists above first.\n- **Warnings:**",
    );
    expect(text).not.toContain("**Address:**");
  });

  it("escapes what an editor wrote, so a title cannot become markup", () => {
    expect(escapeMarkdown("a *b* [c](d) <e> `f` _g_ ~h~ \\")).toBe(
      "a \\*b\\* \\[c\\](d) \\<e\\> \\`f\\` \\_g\\_ \\~h\\~ \\\\",
    );
  });
});

describe("the mock of a shared link", () => {
  const og = {
    title: "<script>alert(1)</script> & more",
    description: "A description",
    siteName: "The site",
    url: "https://example.org/news/x",
    image: { url: "https://example.org/news/x/opengraph-image", alt: 'A "card"' },
  };

  it("shows the Open Graph title, description, site, address and picture, escaped", () => {
    const html = unfurlMockHtml({ og, imageData: "data:image/png;base64,AAAA", banner: "PREVIEW" });
    expect(html).toContain(
      '<div class="title">&#60;script&#62;alert(1)&#60;/script&#62; &#38; more</div>',
    );
    expect(html).toContain('<div class="description">A description</div>');
    expect(html).toContain('<div class="site">The site</div>');
    expect(html).toContain('<div class="link">https://example.org/news/x</div>');
    expect(html).toContain('<img src="data:image/png;base64,AAAA" alt="A &#34;card&#34;">');
    expect(html).toContain('<div class="banner">PREVIEW</div>');
    expect(html).not.toMatch(/<script/i);
  });

  it("says when there is no picture to show", () => {
    const html = unfurlMockHtml({ og: { ...og, image: undefined } });
    expect(html).toContain("No picture: og:image is missing or could not be loaded.");
    expect(html).not.toContain("<img");
    expect(html).not.toContain('class="banner"');
  });
});
