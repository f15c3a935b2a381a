import { expect, type Locator } from "@playwright/test";
import { readableDate, type News } from "./content";
import { en, paths } from "./helpers";

/** Each card shows its item's linked title, date, category, summary and location. */
export async function expectNewsCards(cards: Locator, expected: readonly News[]) {
  for (const [index, item] of expected.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole("link", { name: item.title })).toHaveAttribute(
      "href",
      paths.article(item.slug),
    );
    await expect(card.locator("time")).toHaveAttribute("datetime", item.date);
    await expect(card.locator("time")).toHaveText(readableDate(item.date));
    await expect(card).toContainText(en.categories[item.category]);
    await expect(card).toContainText(item.summary);
    if (item.location) await expect(card).toContainText(item.location);
  }
}
