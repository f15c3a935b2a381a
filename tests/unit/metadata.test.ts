import { describe, expect, it } from "vitest";
import { getDictionary } from "@/lib/i18n/dictionary";
import { feedAlternates, newsPreview, pageMetadata, sitePreview } from "@/lib/metadata";
import { publicationMoment } from "@/lib/publication";
import { absoluteUrl } from "@/lib/site";
import { previewImagePath } from "@/lib/urls";
import { fixtureCorpus } from "./fixtures";

const dict = getDictionary("en");
const env = { SITE_URL: "https://example.org", NODE_ENV: "production" } as NodeJS.ProcessEnv;

describe("publicationMoment", () => {
  it("is midnight in the site's time zone, with that day's offset", () => {
    // Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024.
    expect(publicationMoment("2021-06-21", "Asia/Almaty")).toBe("2021-06-21T00:00:00+06:00");
    expect(publicationMoment("2025-01-10", "Asia/Almaty")).toBe("2025-01-10T00:00:00+05:00");
    expect(publicationMoment("2021-06-21", "UTC")).toBe("2021-06-21T00:00:00+00:00");
    expect(publicationMoment("2021-01-15", "America/New_York")).toBe("2021-01-15T00:00:00-05:00");
    expect(publicationMoment("2021-07-15", "America/New_York")).toBe("2021-07-15T00:00:00-04:00");
  });
});

describe("absoluteUrl", () => {
  it("joins a path to SITE_URL, with a local default", () => {
    expect(absoluteUrl("/news/x", env)).toBe("https://example.org/news/x");
    expect(absoluteUrl("/", env)).toBe("https://example.org/");
    expect(absoluteUrl("/feed.xml", {} as NodeJS.ProcessEnv)).toBe(
      "http://localhost:3000/feed.xml",
    );
  });
});

describe("pageMetadata", () => {
  const item = fixtureCorpus().newsBySlug.get("old-release")!;
  const article = pageMetadata({
    locale: "en",
    dict,
    path: "/news/old-release",
    title: item.title,
    description: item.summary,
    image: newsPreview(item, "en", dict),
    article: { published: "2021-06-21", section: "Press release", tags: ["prevention"] },
    timeZone: "Asia/Almaty",
    env,
  });

  it("gives an article its title, summary and absolute canonical URL", () => {
    expect(article.title).toBe(item.title);
    expect(article.description).toBe(item.summary);
    expect(article.alternates?.canonical).toBe("https://example.org/news/old-release");
  });

  it("describes an article for Open Graph, with its dates, section and tags", () => {
    expect(article.openGraph).toMatchObject({
      type: "article",
      title: item.title,
      description: item.summary,
      url: "https://example.org/news/old-release",
      siteName: dict.site.name,
      locale: "en_GB",
      publishedTime: "2021-06-21T00:00:00+06:00",
      modifiedTime: "2021-06-21T00:00:00+06:00",
      section: "Press release",
      tags: ["prevention"],
    });
  });

  it("uses the article's generated 1200×630 card, with a description of it", () => {
    const images = article.openGraph?.images as { url: string }[];
    expect(images).toEqual([
      {
        url: "https://example.org/news/old-release/opengraph-image",
        width: 1200,
        height: 630,
        type: "image/png",
        alt: `Press release, 21 June 2021: “${item.title}”`,
      },
    ]);
    expect(article.twitter).toMatchObject({
      card: "summary_large_image",
      title: item.title,
      description: item.summary,
      images: [{ url: "https://example.org/news/old-release/opengraph-image" }],
    });
  });

  it("keeps the generated card for a picture the media build did not make", () => {
    const withImage = { ...item, image: { src: "./missing.jpg", alt: "A photo" } };
    // No media manifest names the file here, so the generated PNG card stays.
    const preview = newsPreview(withImage, "en", dict);
    expect(preview.url).toBe(previewImagePath("/news/old-release"));
    expect(preview.type).toBe("image/png");
  });

  it("makes other pages websites with the site's card and keeps the site's title for home", () => {
    const home = pageMetadata({
      locale: "en",
      dict,
      path: "/",
      title: dict.site.name,
      absoluteTitle: true,
      description: dict.site.tagline,
      image: sitePreview("en", dict),
      env,
    });
    expect(home.title).toEqual({ absolute: dict.site.name });
    expect(home.alternates?.canonical).toBe("https://example.org/");
    expect(home.openGraph).toMatchObject({ type: "website", url: "https://example.org/" });
    expect((home.openGraph?.images as { url: string }[])[0]!.url).toBe(
      "https://example.org/opengraph-image",
    );
  });

  it("links every page to the three feeds", () => {
    expect(article.alternates?.types).toEqual(feedAlternates("en", dict, env));
    expect(feedAlternates("en", dict, env)).toEqual({
      "application/rss+xml": [{ url: "https://example.org/feed.xml", title: "News (RSS)" }],
      "application/atom+xml": [{ url: "https://example.org/atom.xml", title: "News (Atom)" }],
      "application/feed+json": [
        { url: "https://example.org/feed.json", title: "News (JSON Feed)" },
      ],
    });
  });
});
