/**
 * Link previews as Telegram, WhatsApp, Facebook, X and LinkedIn build them: every public
 * page is read by a real Open Graph scraper (open-graph-scraper) over HTTP, and its
 * preview image is fetched and checked to be a 1200×630 PNG.
 */
import { expect, test } from "@playwright/test";
import ogs from "open-graph-scraper";
import { newsItem, signatory, topicLabel } from "./content";
import { paths } from "./helpers";
import { PREVIEWS, SITE, absolute, attribute, canonical, feeds, headOf, pngSize } from "./sharing";

// open-graph-scraper refuses addresses without a top-level domain (127.0.0.1) by default.
const urlValidatorSettings = {
  protocols: ["http", "https"] as string[],
  require_tld: false,
  require_protocol: true,
  require_host: true,
  require_port: false,
  require_valid_protocol: true,
  allow_underscores: true,
  allow_trailing_dot: false,
  allow_protocol_relative_urls: false,
  allow_fragments: true,
  allow_query_components: true,
  validate_length: true,
  host_whitelist: false,
  host_blacklist: false,
  disallow_auth: false,
};

async function scrape(url: string, userAgent?: string) {
  const { result, error } = await ogs({
    url,
    urlValidatorSettings,
    ...(userAgent ? { fetchOptions: { headers: { "user-agent": userAgent } } } : {}),
  });
  expect(error, JSON.stringify(result)).toBe(false);
  return result;
}

test.describe("link previews", () => {
  for (const page of PREVIEWS) {
    test(`${page.path} unfurls with title, description, canonical URL and a 1200×630 image`, async ({
      baseURL,
      request,
    }) => {
      const url = canonical(page.path);
      const result = await scrape(baseURL + page.path);
      expect(result.ogTitle).toBe(page.title);
      expect(result.ogDescription).toBe(page.description);
      expect(result.ogUrl).toBe(url);
      expect(result.ogType).toBe(page.type);
      expect(result.ogSiteName).toBe("Ending Gender-Based Violence in Central Asia");
      expect(result.ogLocale).toBe("en_GB");
      expect(result.twitterCard).toBe("summary_large_image");
      expect(result.twitterTitle).toBe(page.title);
      expect(result.twitterDescription).toBe(page.description);

      const image = absolute(page.image);
      expect(result.ogImage).toEqual([
        { url: image, width: "1200", height: "630", type: "image/png", alt: page.alt },
      ]);
      expect(result.twitterImage?.[0]).toMatchObject({ url: image, alt: page.alt });

      const html = await (await request.get(page.path)).text();
      const head = headOf(html);
      expect(attribute(head, /<link[^>]*rel="canonical"[^>]*>/, "href")).toBe(url);
      expect(attribute(head, /<meta[^>]*name="description"[^>]*>/, "content")).toBe(
        page.description,
      );
      // Every page advertises the three feeds.
      for (const [type, path] of [
        ["application/rss+xml", feeds.rss],
        ["application/atom+xml", feeds.atom],
        ["application/feed+json", feeds.json],
      ] as const) {
        expect(
          attribute(
            head,
            new RegExp(`<link[^>]*rel="alternate"[^>]*type="${type.replace("+", "\\+")}"[^>]*>`),
            "href",
          ),
          type,
        ).toBe(absolute(path));
      }

      // The image is served by this site (SITE_URL is where it will be deployed).
      expect(image.startsWith(SITE.origin)).toBe(true);
      const response = await request.get(new URL(image).pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    });
  }

  test("not-found pages advertise the feeds too, and claim no canonical address", async ({
    request,
  }) => {
    for (const path of ["/news/no-such-article", "/no/such/page"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const head = headOf(await response.text());
      expect(attribute(head, /<link[^>]*type="application\/rss\+xml"[^>]*>/, "href"), path).toBe(
        absolute(feeds.rss),
      );
      expect(head, path).not.toContain('rel="canonical"');
    }
  });

  test("article metadata carries the dates, section and tags", async ({ baseURL }) => {
    const item = newsItem("almaty-consultation-action-coalition-gbv");
    const result = await scrape(baseURL + paths.article(item.slug));
    expect(result.articlePublishedTime).toMatch(
      new RegExp(`^${item.date}T00:00:00[+-]\\d{2}:\\d{2}$`),
    );
    expect(result.articleModifiedTime).toMatch(new RegExp(`^${item.updated ?? item.date}T`));
    expect(result.articleSection).toBe("Press release");
    const html = await (await fetch(baseURL + paths.article(item.slug))).text();
    const tags = [...headOf(html).matchAll(/<meta property="article:tag" content="([^"]*)"/g)].map(
      (match) => match[1],
    );
    expect(tags).toEqual(item.tags?.map(topicLabel));
  });

  // The crawlers of the apps people share in; several only read the <head> and run no script.
  for (const userAgent of [
    "TelegramBot (like TwitterBot)",
    "WhatsApp/2.23.20.0 A",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0",
    "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
  ]) {
    test(`the preview is in the <head> for ${userAgent.split(/[ /]/)[0]}`, async ({ baseURL }) => {
      const item = newsItem("joint-statement-16-days-of-activism-covid-19");
      const response = await fetch(baseURL + paths.article(item.slug), {
        headers: { "user-agent": userAgent },
      });
      const head = headOf(await response.text());
      expect(attribute(head, /<meta[^>]*property="og:title"[^>]*>/, "content")).toBe(item.title);
      expect(attribute(head, /<meta[^>]*property="og:image"[^>]*>/, "content")).toBe(
        absolute(`${paths.article(item.slug)}/opengraph-image`),
      );
      const result = await scrape(baseURL + paths.article(item.slug), userAgent);
      expect(result.ogTitle).toBe(item.title);
    });
  }
});

/** The JSON-LD nodes of the given types, from every JSON-LD script of a page (one or a list each). */
function nodesOfTypes(jsonLd: unknown, types: string[]): (Record<string, unknown> | undefined)[] {
  const nodes = (jsonLd as unknown[]).flat() as Record<string, unknown>[];
  return types.map((type) => nodes.find((node) => node["@type"] === type));
}

test.describe("structured data", () => {
  test("an article is a NewsArticle with its breadcrumbs", async ({ baseURL }) => {
    const item = newsItem("central-asian-alliance-launch-almaty");
    const result = await scrape(baseURL + paths.article(item.slug));
    const [article, breadcrumbs] = nodesOfTypes(result.jsonLD, ["NewsArticle", "BreadcrumbList"]);
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: item.title,
      description: item.summary,
      image: [absolute(`${paths.article(item.slug)}/opengraph-image`)],
      mainEntityOfPage: absolute(paths.article(item.slug)),
      author: { "@type": "Organization", name: "Ending Gender-Based Violence in Central Asia" },
      publisher: { "@type": "Organization", url: absolute("/") },
    });
    expect(article!.datePublished).toMatch(new RegExp(`^${item.date}T00:00:00`));
    expect(article!.dateModified).toMatch(new RegExp(`^${item.updated ?? item.date}T`));
    expect(breadcrumbs).toMatchObject({
      "@type": "BreadcrumbList",
      itemListElement: [
        { position: 1, name: "Home", item: absolute("/") },
        { position: 2, name: "News", item: absolute(paths.news) },
        { position: 3, name: item.title, item: absolute(paths.article(item.slug)) },
      ],
    });
  });

  test("a signatory is an organisation, linked to its own website", async ({ baseURL }) => {
    const embassy = signatory("embassy-canada");
    const result = await scrape(baseURL + paths.signatory(embassy.slug));
    const [organization, breadcrumbs] = nodesOfTypes(result.jsonLD, [
      "GovernmentOrganization",
      "BreadcrumbList",
    ]);
    expect(organization).toMatchObject({
      "@type": "GovernmentOrganization",
      name: embassy.name,
      mainEntityOfPage: absolute(paths.signatory(embassy.slug)),
      ...(embassy.website ? { url: embassy.website } : {}),
    });
    expect(breadcrumbs).toMatchObject({ "@type": "BreadcrumbList" });
  });

  test("an initiative has breadcrumbs", async ({ baseURL }) => {
    const result = await scrape(baseURL + paths.initiative("spotlight-initiative"));
    expect((result.jsonLD as Record<string, unknown>[])[0]).toMatchObject({
      "@type": "BreadcrumbList",
      itemListElement: [
        { position: 1 },
        { position: 2 },
        { position: 3, name: "Spotlight Initiative" },
      ],
    });
  });
});
