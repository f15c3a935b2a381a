import { describe, expect, it } from "vitest";
import { getDictionary } from "@/lib/i18n/dictionary";
import {
  breadcrumbJsonLd,
  newsArticleJsonLd,
  organizationJsonLd,
  serializeJsonLd,
} from "@/lib/structured-data";

const dict = getDictionary("en");
const env = { SITE_URL: "https://example.org", NODE_ENV: "production" } as NodeJS.ProcessEnv;

describe("JSON-LD", () => {
  it("names the original an article is based on", () => {
    const data = newsArticleJsonLd({
      locale: "en",
      dict,
      url: "https://example.org/news/x",
      headline: "A headline",
      description: "A summary.",
      date: "2021-06-21",
      section: "Press release",
      image: "https://example.org/news/x/opengraph-image",
      source: {
        name: "UN Women",
        title: "The original headline",
        published: "2021-06-22",
        url: "https://www.unwomen.org/x",
      },
      env,
    });
    expect(data.isBasedOn).toEqual({
      "@type": "CreativeWork",
      headline: "The original headline",
      url: "https://www.unwomen.org/x",
      datePublished: "2021-06-22",
      publisher: { "@type": "Organization", name: "UN Women" },
    });
  });

  it("describes an article as a NewsArticle by the site's organisation", () => {
    const data = newsArticleJsonLd({
      locale: "en",
      dict,
      url: "https://example.org/news/x",
      headline: "A headline",
      description: "A summary.",
      date: "2021-06-21",
      updated: "2021-06-25",
      section: "Press release",
      keywords: ["prevention", "youth"],
      image: "https://example.org/news/x/opengraph-image",
      timeZone: "Asia/Almaty",
      env,
    });
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "A headline",
      description: "A summary.",
      datePublished: "2021-06-21T00:00:00+06:00",
      dateModified: "2021-06-25T00:00:00+06:00",
      image: ["https://example.org/news/x/opengraph-image"],
      mainEntityOfPage: "https://example.org/news/x",
      articleSection: "Press release",
      keywords: "prevention, youth",
      inLanguage: "en",
    });
    const organization = {
      "@type": "Organization",
      name: dict.site.name,
      url: "https://example.org/",
      logo: { "@type": "ImageObject", url: "https://example.org/icon.svg" },
    };
    expect(data.author).toMatchObject(organization);
    expect(data.publisher).toMatchObject(organization);
  });

  it("describes a signatory as an organisation of the right kind", () => {
    const embassy = organizationJsonLd({
      url: "https://example.org/signatories/embassy-canada",
      name: "Embassy of Canada",
      kind: "embassy",
      description: "Embassy · Canada",
      website: "https://www.canada.ca",
      image: "https://example.org/signatories/embassy-canada/opengraph-image",
    });
    expect(embassy).toMatchObject({
      "@type": "GovernmentOrganization",
      name: "Embassy of Canada",
      url: "https://www.canada.ca",
      sameAs: ["https://www.canada.ca"],
      mainEntityOfPage: "https://example.org/signatories/embassy-canada",
    });
    const agency = organizationJsonLd({
      url: "https://example.org/signatories/un-women",
      name: "UN Women",
      kind: "un-agency",
      description: "UN agency",
      image: "https://example.org/x.png",
    });
    expect(agency["@type"]).toBe("Organization");
    expect(agency).not.toHaveProperty("url");
  });

  it("lists breadcrumbs in order, from position 1", () => {
    expect(
      breadcrumbJsonLd([
        { name: "Home", url: "https://example.org/" },
        { name: "News", url: "https://example.org/news" },
      ]),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "https://example.org/" },
        { "@type": "ListItem", position: 2, name: "News", item: "https://example.org/news" },
      ],
    });
  });

  it("serialises so that no title can close the script element", () => {
    const data = breadcrumbJsonLd([
      { name: "</script><script>alert(1)</script> & more", url: "x" },
    ]);
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
