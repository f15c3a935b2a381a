import { expect, test } from "@playwright/test";
import {
  countryName,
  firstParagraph,
  initiative,
  news,
  newsItem,
  readableDate,
  signatory,
  subheadings,
  topicLabel,
} from "./content";
import { en, expectSitePage, fact, paths, section, urlEndingWith } from "./helpers";
import { expectNewsCards } from "./news-cards";

const PER_PAGE = 12;
const totalPages = Math.max(1, Math.ceil(news.length / PER_PAGE));

test.describe("news list", () => {
  test("lists every item newest first with date, type, place and summary", async ({ page }) => {
    const response = await page.goto(paths.news);
    expect(response?.status()).toBe(200);
    await expectSitePage(page, en.news.title);
    await expect(page).toHaveTitle(`${en.news.title} · ${en.site.shortName}`);

    const expected = news.slice(0, PER_PAGE);
    const cards = page.getByRole("main").getByRole("article");
    await expect(cards).toHaveCount(expected.length);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(
      expected.map((item) => item.title),
    );
    await expectNewsCards(cards, expected);

    // Newest first, as read from the page itself.
    const dates = await cards
      .locator("time")
      .evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test("shows page navigation only when the archive has more than one page", async ({ page }) => {
    await page.goto(paths.news);
    await expect(page.getByRole("navigation", { name: en.pagination.label })).toHaveCount(
      totalPages > 1 ? 1 : 0,
    );
  });

  test("/news/page/1 redirects permanently to /news", async ({ request, page }) => {
    const response = await request.get(paths.newsPage(1), { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers()["location"] ?? "", "http://x").pathname).toBe(paths.news);

    await page.goto(paths.newsPage(1));
    await expect(page).toHaveURL(urlEndingWith(paths.news));
    await expect(page.locator("h1")).toHaveText(en.news.title);
  });

  test("pages past the end and malformed page numbers are not found", async ({ request }) => {
    for (const path of [
      // With 3 items there is one page, so /news/page/2 does not exist.
      paths.newsPage(totalPages + 1),
      "/news/page/abc",
      "/news/page/0",
      "/news/page/01",
      "/news/page/-1",
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
  });
});

test.describe("article pages", () => {
  for (const item of news) {
    test(`${item.slug}: title, facts and body`, async ({ page }) => {
      const response = await page.goto(paths.article(item.slug));
      expect(response?.status()).toBe(200);
      await expectSitePage(page, item.title);
      await expect(page).toHaveTitle(`${item.title} · ${en.site.shortName}`);

      const main = page.getByRole("main");
      await expect(main.locator("header")).toContainText(en.categories[item.category]);
      await expect(main.locator("header")).toContainText(item.summary);

      const breadcrumb = page.getByRole("navigation", { name: en.site.breadcrumb });
      await expect(breadcrumb.getByRole("link")).toHaveText([en.nav.home, en.nav.news]);

      const date = fact(main, en.news.date);
      await expect(date.locator("time")).toHaveAttribute("datetime", item.date);
      await expect(date.locator("time")).toHaveText(readableDate(item.date));
      // How the date is known, beside it, where the source does not state it.
      if (item.dateNote) await expect(date).toContainText(item.dateNote);
      else await expect(date.locator(".date-note")).toHaveCount(0);
      if (item.location) await expect(fact(main, en.news.location)).toHaveText(item.location);
      else await expect(fact(main, en.news.location)).toHaveCount(0);
      if (item.countries?.length) {
        const countries = fact(main, en.news.countries).getByRole("link");
        await expect(countries).toHaveText(item.countries.map(countryName));
        await expect(countries.first()).toHaveAttribute(
          "href",
          `/countries/${item.countries[0]!.toLowerCase()}`,
        );
      }
      if (item.tags?.length)
        await expect(fact(main, en.news.tags).getByRole("link")).toHaveText(
          item.tags.map(topicLabel),
        );

      const linked = fact(main, en.news.initiatives).getByRole("link");
      const expectedInitiatives = (item.initiatives ?? []).map(initiative);
      await expect(linked).toHaveText(
        expectedInitiatives.map((entry) => entry.shortName ?? entry.title),
      );
      for (const [index, entry] of expectedInitiatives.entries()) {
        await expect(linked.nth(index)).toHaveAttribute("href", paths.initiative(entry.slug));
      }

      await expect(main).toContainText(firstParagraph(item.body));
      for (const heading of subheadings(item.body)) {
        await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
      }
    });
  }

  test("the press release shows its date, place, countries and media contacts", async ({
    page,
  }) => {
    const item = newsItem("almaty-consultation-action-coalition-gbv");
    await page.goto(paths.article(item.slug));
    const main = page.getByRole("main");
    // The date as readers in Central Asia know it, whatever the server's time zone.
    await expect(fact(main, en.news.date).locator('time[datetime="2021-06-21"]')).toHaveText(
      "21 June 2021",
    );
    await expect(fact(main, en.news.location)).toHaveText("Almaty");
    await expect(fact(main, en.news.countries)).toContainText("Kazakhstan");
    await expect(fact(main, en.news.countries)).toContainText("Afghanistan");
    await expect(main.locator("header")).toContainText("Press release");

    const contacts = section(page, en.news.contacts);
    await expect(contacts).toBeVisible();
    await expect(contacts.getByRole("listitem")).toHaveCount(item.contacts?.length ?? 0);
    const vassilina = contacts.getByRole("listitem").filter({ hasText: "Vassilina Vorkova" });
    await expect(vassilina).toContainText("Communications Officer");
    const phone = vassilina.getByRole("link", { name: "+7 707 705 0025" });
    await expect(phone).toHaveAttribute("href", "tel:+77077050025");
    for (const contact of item.contacts ?? []) {
      const card = contacts.getByRole("listitem").filter({ hasText: contact.name });
      await expect(card).toHaveCount(1);
      if (contact.organisation) await expect(card).toContainText(contact.organisation);
      if (contact.phone) {
        await expect(card.getByRole("link", { name: contact.phone })).toHaveAttribute(
          "href",
          `tel:${contact.phone.replace(/[^\d+]/g, "")}`,
        );
      }
      if (contact.email) {
        await expect(card.getByRole("link", { name: contact.email })).toHaveAttribute(
          "href",
          `mailto:${contact.email}`,
        );
      }
      if (!contact.phone && !contact.email) await expect(card.getByRole("link")).toHaveCount(0);
    }
  });

  test("the news item credits its source and links to the original article", async ({ page }) => {
    const item = newsItem("central-asian-alliance-launch-almaty");
    expect(item.source?.name).toBe("The Astana Times");
    await page.goto(paths.article(item.slug));
    const line = page.getByRole("main").locator(".source-line");
    await expect(line).toContainText(
      `${en.news.source}: The Astana Times, “${item.source!.title}”`,
    );
    const original = line.getByRole("link", { name: `“${item.source!.title}”` });
    await expect(original).toHaveAttribute("href", item.source!.url!);
    // The article itself, not the newspaper's home page.
    expect(new URL(item.source!.url!).pathname.length).toBeGreaterThan(1);
    await expect(section(page, en.news.contacts)).toHaveCount(0);
    await expect(section(page, en.news.signatories)).toHaveCount(0);
  });

  test("every press release and statement shows its source; one without an address is not a link", async ({
    page,
  }) => {
    const cited = news.filter((item) => item.category !== "news");
    expect(cited.length).toBeGreaterThan(0);
    for (const item of cited) {
      expect(item.source, item.slug).toBeDefined();
      await page.goto(paths.article(item.slug));
      const line = page.getByRole("main").locator(".source-line");
      await expect(line).toContainText(item.source!.name);
      await expect(line).toContainText(`“${item.source!.title}”`);
      if (item.source!.published) {
        await expect(line.locator(`time[datetime="${item.source!.published}"]`)).toHaveText(
          en.news.sourcePublished(readableDate(item.source!.published)),
        );
      }
      await expect(line.getByRole("link")).toHaveCount(item.source!.url ? 1 : 0);
    }
  });

  test("an inferred date says so beside the date, on the article and in lists", async ({
    page,
  }) => {
    const item = news.find((candidate) => candidate.dateNote && candidate.category === "statement");
    expect(item, "the joint statement is undated in the original").toBeDefined();
    await page.goto(paths.article(item!.slug));
    await expect(fact(page.getByRole("main"), en.news.date)).toContainText(item!.dateNote!);
    await page.goto(paths.news);
    const card = page.locator("article").filter({ hasText: item!.title });
    await expect(card.locator(".date-note")).toHaveText(item!.dateNote!);
  });

  test("the joint statement lists its 25 signatories in order, as links", async ({ page }) => {
    const item = newsItem("joint-statement-16-days-of-activism-covid-19");
    const slugs = item.signatories ?? [];
    expect(slugs).toHaveLength(25);
    await page.goto(paths.article(item.slug));

    const list = section(page, en.news.signatories);
    await expect(list).toContainText(
      "This statement was signed by 25 organisations, in this order:",
    );
    const entries = list.locator("ol > li");
    await expect(entries).toHaveCount(25);
    for (const [index, slug] of slugs.entries()) {
      const entry = entries.nth(index);
      const who = signatory(slug);
      await expect(entry.getByRole("link")).toHaveText(who.name);
      await expect(entry.getByRole("link")).toHaveAttribute("href", paths.signatory(slug));
      await expect(entry).toContainText(en.kinds[who.kind as keyof typeof en.kinds].one);
    }
    await expect(fact(page.getByRole("main"), en.news.countries)).toHaveText("Kazakhstan");
  });

  test("a reader follows a signatory from the statement and back", async ({ page }) => {
    const item = newsItem("joint-statement-16-days-of-activism-covid-19");
    await page.goto(paths.article(item.slug));
    await section(page, en.news.signatories)
      .getByRole("link", { name: "Embassy of Canada", exact: true })
      .click();
    await expect(page).toHaveURL(urlEndingWith(paths.signatory("embassy-canada")));
    await expect(page.locator("h1")).toHaveText("Embassy of Canada");

    const statements = section(page, new RegExp(`^${en.signatories.statements}`));
    const back = statements.getByRole("link", { name: item.title });
    await expect(back).toHaveAttribute("href", paths.article(item.slug));
    await back.click();
    await expect(page).toHaveURL(urlEndingWith(paths.article(item.slug)));
    await expect(page.locator("h1")).toHaveText(item.title);
  });

  test("a reader follows an initiative named by an article", async ({ page }) => {
    const item = newsItem("central-asian-alliance-launch-almaty");
    const target = initiative("central-asian-alliance-end-gbv");
    await page.goto(paths.article(item.slug));
    await fact(page.getByRole("main"), en.news.initiatives)
      .getByRole("link", { name: target.shortName ?? target.title, exact: true })
      .click();
    await expect(page).toHaveURL(urlEndingWith(paths.initiative(target.slug)));
    await expect(page.locator("h1")).toHaveText(target.title);
    await expect(
      section(page, new RegExp(`^${en.initiatives.news}`)).getByRole("link", { name: item.title }),
    ).toBeVisible();
  });
});
