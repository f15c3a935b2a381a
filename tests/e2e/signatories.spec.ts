import { expect, test } from "@playwright/test";
import { SIGNATORY_KINDS } from "../../lib/content/schema";
import {
  countryName,
  initiativesWithPartner,
  latestStatement,
  signatories,
  signatory,
  statementsSignedBy,
} from "./content";
import { en, expectSitePage, fact, paths, section, urlEndingWith } from "./helpers";

const kindLabel = (kind: string) => en.kinds[kind as keyof typeof en.kinds];

test.describe("signatories", () => {
  test("the index groups organisations by kind, with counts", async ({ page }) => {
    const response = await page.goto(paths.signatories);
    expect(response?.status()).toBe(200);
    await expectSitePage(page, en.signatories.title);

    // Organisations that represent a country are listed by the country's name
    // ("Embassy of the Kingdom of Belgium" under B), the others by their own name.
    const regions = new Intl.DisplayNames(["en-GB"], { type: "region" });
    const sortKey = (entry: (typeof signatories)[number]) =>
      entry.country ? regions.of(entry.country)! : entry.name;
    const groups = SIGNATORY_KINDS.map((kind) => ({
      kind,
      members: signatories
        .filter((entry) => entry.kind === kind)
        .sort((a, b) => sortKey(a).localeCompare(sortKey(b), "en-GB")),
    })).filter((group) => group.members.length > 0);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2 })).toHaveText(
      groups.map((group) => `${kindLabel(group.kind).many} (${group.members.length})`),
    );
    // As the content stands today.
    await expect(main.getByRole("heading", { level: 2 })).toHaveText([
      "Embassies (22)",
      "Delegations (1)",
      "UN agencies (1)",
      "Intergovernmental organisations (1)",
    ]);

    for (const group of groups) {
      const region = section(page, `${kindLabel(group.kind).many} (${group.members.length})`);
      const links = region.getByRole("link");
      await expect(links).toHaveText(group.members.map((entry) => entry.name));
      for (const [index, entry] of group.members.entries()) {
        await expect(links.nth(index)).toHaveAttribute("href", paths.signatory(entry.slug));
      }
    }
  });

  test("UN Women: kind, the statement it signed, and no partnership no source names", async ({
    page,
  }) => {
    const who = signatory("un-women");
    const response = await page.goto(paths.signatory(who.slug));
    expect(response?.status()).toBe(200);
    await expectSitePage(page, "UN Women");
    await expect(page).toHaveTitle(`UN Women · ${en.site.shortName}`);
    const main = page.getByRole("main");
    await expect(main.locator("header")).toContainText("UN agency");
    await expect(
      page.getByRole("navigation", { name: en.site.breadcrumb }).getByRole("link"),
    ).toHaveText([en.nav.home, en.nav.signatories]);

    const statements = statementsSignedBy(who.slug);
    expect(statements.map((item) => item.slug)).toContain(latestStatement()!.slug);
    await expect(fact(main, en.signatories.statements)).toHaveText(String(statements.length));
    const signed = section(page, new RegExp(`^${en.signatories.statements}`));
    // A timeline: the year as a heading, its statements beneath.
    await expect(signed.getByRole("heading", { level: 3 })).toHaveText(
      [...new Set(statements.map((item) => item.date.slice(0, 4)))].map(
        (year) => new RegExp(`^${year}`),
      ),
    );
    await expect(signed.getByRole("heading", { level: 4 })).toHaveText(
      statements.map((item) => item.title),
    );
    await expect(signed.getByRole("link", { name: latestStatement()!.title })).toHaveAttribute(
      "href",
      paths.article(latestStatement()!.slug),
    );

    // No source names UN Women a partner of an initiative, so the page claims none.
    expect(initiativesWithPartner(who.slug)).toEqual([]);
    await expect(section(page, en.signatories.partnerIn)).toHaveCount(0);
  });

  for (const who of signatories) {
    test(`${who.slug}: name, kind, country and statements`, async ({ page }) => {
      const response = await page.goto(paths.signatory(who.slug));
      expect(response?.status()).toBe(200);
      await expectSitePage(page, who.name);
      const main = page.getByRole("main");
      await expect(main.locator("header")).toContainText(kindLabel(who.kind).one);
      if (who.country) {
        await expect(fact(main, en.signatories.country)).toHaveText(countryName(who.country));
      } else {
        await expect(fact(main, en.signatories.country)).toHaveCount(0);
      }
      const statements = statementsSignedBy(who.slug);
      await expect(fact(main, en.signatories.statements)).toHaveText(String(statements.length));
      const signed = section(page, en.signatories.statementsCount(statements.length));
      if (statements.length > 0) {
        await expect(signed.getByRole("link")).toHaveText(statements.map((item) => item.title));
      } else {
        await expect(signed).toContainText(en.signatories.noStatements);
      }
      const partnerIn = initiativesWithPartner(who.slug);
      if (partnerIn.length > 0) {
        await expect(section(page, en.signatories.partnerIn).getByRole("link")).toHaveText(
          partnerIn.map((item) => item.title),
        );
      } else {
        await expect(section(page, en.signatories.partnerIn)).toHaveCount(0);
      }
    });
  }

  test("a reader goes from the index to a signatory and on to its statement", async ({ page }) => {
    await page.goto(paths.signatories);
    const name = signatory("osce-programme-office-nur-sultan").name;
    await page.getByRole("main").getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(
      urlEndingWith(paths.signatory("osce-programme-office-nur-sultan")),
    );
    await expect(page.locator("h1")).toHaveText(name);
    await expect(page.getByRole("main").locator("header")).toContainText(
      en.kinds.intergovernmental.one,
    );

    const statement = latestStatement()!;
    await section(page, new RegExp(`^${en.signatories.statements}`))
      .getByRole("link", { name: statement.title })
      .click();
    await expect(page).toHaveURL(urlEndingWith(paths.article(statement.slug)));
    await expect(
      section(page, en.news.signatories).getByRole("link", { name, exact: true }),
    ).toHaveAttribute("href", paths.signatory("osce-programme-office-nur-sultan"));
  });
});
