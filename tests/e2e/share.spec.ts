/** Share controls on articles, and permanent redirects from the former addresses of renamed files. */
import { expect, test } from "@playwright/test";
import { initiatives, news, newsItem, signatories } from "./content";
import { en, paths, urlEndingWith } from "./helpers";
import { SITE, absolute } from "./sharing";

const item = newsItem("central-asian-alliance-launch-almaty");
const url = absolute(paths.article(item.slug));
const shareSection = (page: import("@playwright/test").Page) =>
  page.getByRole("region", { name: en.share.title });

test.describe("share controls", () => {
  test("copy link puts the article's address on the clipboard and says so", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(paths.article(item.slug));
    const share = shareSection(page);
    const status = share.getByRole("status");
    await expect(status).toBeEmpty();
    await share.getByRole("button", { name: en.share.copy }).click();
    await expect(status).toHaveText(en.share.copiedStatus);
    await expect(status).toBeVisible();
    await expect(status).toHaveAttribute("aria-live", "polite");
    await expect(share.getByRole("button", { name: en.share.copied })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });

  test("the Web Share button appears where the browser has it, and shares the address", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.goto(paths.article(item.slug));
    await shareSection(page).getByRole("button", { name: en.share.share }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
      title: item.title,
      text: item.summary,
      url,
    });
  });

  test("without the Web Share API there is no Share button", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", { value: undefined });
    });
    await page.goto(paths.article(item.slug));
    await expect(shareSection(page).getByRole("button", { name: en.share.copy })).toBeVisible();
    await expect(shareSection(page).getByRole("button", { name: en.share.share })).toHaveCount(0);
  });

  test("plain links share the canonical address on each service", async ({ page }) => {
    await page.goto(paths.article(item.slug));
    const links = shareSection(page).getByRole("link");
    await expect(links).toHaveCount(6);
    const expected: [string, string, (href: URL) => void][] = [
      ["Telegram", "https://t.me", (href) => expect(href.searchParams.get("url")).toBe(url)],
      [
        "WhatsApp",
        "https://wa.me",
        (href) => expect(href.searchParams.get("text")).toBe(`${item.title} ${url}`),
      ],
      [
        "Facebook",
        "https://www.facebook.com",
        (href) => expect(href.searchParams.get("u")).toBe(url),
      ],
      ["X", "https://x.com", (href) => expect(href.searchParams.get("url")).toBe(url)],
      [
        "LinkedIn",
        "https://www.linkedin.com",
        (href) => expect(href.searchParams.get("url")).toBe(url),
      ],
    ];
    for (const [name, origin, check] of expected) {
      const link = shareSection(page).getByRole("link", { name: new RegExp(`^${name}\\b`) });
      const href = new URL((await link.getAttribute("href"))!);
      expect(href.origin, name).toBe(origin);
      check(href);
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
      await expect(link).toHaveAttribute("target", "_blank");
    }
    const email = shareSection(page).getByRole("link", { name: en.share.targets.email });
    const mailto = (await email.getAttribute("href"))!;
    expect(mailto.startsWith("mailto:?")).toBe(true);
    const query = new URLSearchParams(mailto.slice("mailto:?".length));
    expect(query.get("subject")).toBe(item.title);
    expect(query.get("body")).toContain(url);
  });

  test("a share link opens the service's page in a new tab", async ({ page, context }) => {
    // Answer for the service, so nothing leaves this machine.
    await context.route("https://t.me/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<title>Telegram</title>" }),
    );
    await page.goto(paths.article(item.slug));
    const [popup] = await Promise.all([
      page.waitForEvent("popup"),
      shareSection(page)
        .getByRole("link", { name: /^Telegram/ })
        .click(),
    ]);
    expect(new URL(popup.url()).searchParams.get("url")).toBe(url);
    // noopener: the service's page cannot reach back into the article.
    expect(await popup.evaluate(() => window.opener)).toBeNull();
  });

  test("the article page contacts no third party before a click", async ({ page, baseURL }) => {
    const origins = new Set<string>();
    page.on("request", (request) => origins.add(new URL(request.url()).origin));
    await page.goto(paths.article(item.slug));
    await page.waitForLoadState("networkidle");
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the plain links are there; the copy button, which needs a script, is not", async ({
      page,
    }) => {
      await page.goto(paths.article(item.slug));
      await expect(shareSection(page).getByRole("link")).toHaveCount(6);
      await expect(shareSection(page).getByRole("button")).toHaveCount(0);
    });
  });

  test("only articles have share controls", async ({ page }) => {
    for (const path of [paths.home, paths.news, paths.initiative(initiatives[0]!.slug)]) {
      await page.goto(path);
      await expect(shareSection(page)).toHaveCount(0);
    }
  });
});

test.describe("permanent addresses", () => {
  const renamed = [
    ...news.map((entry) => ({ aliases: entry.aliases, path: paths.article, slug: entry.slug })),
    ...initiatives.map((entry) => ({
      aliases: entry.aliases,
      path: paths.initiative,
      slug: entry.slug,
    })),
    ...signatories.map((entry) => ({
      aliases: entry.aliases,
      path: paths.signatory,
      slug: entry.slug,
    })),
  ].flatMap(({ aliases = [], path, slug }) =>
    aliases.map((alias) => ({ from: path(alias), to: path(slug) })),
  );

  test("the content has a former address of each kind", () => {
    for (const prefix of ["/news/", "/initiatives/", "/signatories/"]) {
      expect(
        renamed.some((entry) => entry.from.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  test("a former address answers 308 with the current one", async ({ request }) => {
    for (const { from, to } of renamed) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(new URL(response.headers()["location"] ?? "", SITE).pathname, from).toBe(to);
      // …and with the English prefix too.
      const prefixed = await request.get(`/en${from}`, { maxRedirects: 0 });
      expect(prefixed.status()).toBe(308);
    }
  });

  test("a reader following an old link lands on the page", async ({ page }) => {
    for (const { from, to } of renamed) {
      const response = await page.goto(from);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveURL(urlEndingWith(to));
      await expect(page.locator("h1")).toHaveCount(1);
    }
  });
});
