import { expect, test, type BrowserContext, type Page, type Route } from "@playwright/test";
import { latestStatement } from "./content";
import { PAGE_TYPES, QUICK_EXIT_URL, en, expectQuickExitReady, paths } from "./helpers";

/**
 * The quick exit never really loads the neutral site: Playwright answers for it, records
 * whether the request carried a Referer, and can hold the answer back to look at the page
 * while the other site is "loading".
 */
const NEUTRAL_ORIGIN = new URL(QUICK_EXIT_URL).origin;

type Neutral = { referers: (string | undefined)[]; release: () => void };

async function interceptNeutralSite(context: BrowserContext, { hold = false, abort = false } = {}) {
  const neutral: Neutral = { referers: [], release: () => {} };
  let released: Promise<void> = Promise.resolve();
  if (hold) released = new Promise((resolve) => (neutral.release = resolve));
  await context.route(`${NEUTRAL_ORIGIN}/**`, async (route: Route) => {
    neutral.referers.push(route.request().headers()["referer"]);
    // An aborted navigation leaves the page where it is, as if the network were very slow.
    if (abort) return route.abort("aborted");
    await released;
    await route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><title>Weather</title><h1>Weather</h1>",
    });
  });
  return neutral;
}

const exitLink = (page: Page) =>
  page.getByRole("navigation", { name: en.quickExit.region }).getByRole("link", {
    name: en.quickExit.label,
  });

/** Opens the home page, then a statement through its link, as a reader would. */
async function readAStatement(page: Page) {
  await page.goto(paths.home);
  await expectQuickExitReady(page);
  const statement = latestStatement()!;
  await page.getByRole("main").getByRole("link", { name: statement.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`${paths.article(statement.slug)}$`));
  await expectQuickExitReady(page);
}

/** What the reader can see: the body's visible children (tag names, or the overlay's text). */
function whatShows() {
  return {
    active: document.documentElement.classList.contains("quick-exit-active"),
    visible: [...document.body.children]
      .filter((element) => element.checkVisibility())
      .map((element) =>
        element.getAttribute("role") === "alert" ? element.textContent : element.tagName,
      ),
    alert: document.querySelector('[role="alert"]')?.textContent ?? undefined,
    title: document.title,
  };
}

async function expectLeftForNeutralSite(page: Page, neutral: Neutral, historyBefore: number) {
  await page.waitForURL(QUICK_EXIT_URL);
  await expect(page.locator("h1")).toHaveText("Weather");
  // location.replace: the statement's history entry now holds the neutral site.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(neutral.referers).toEqual([undefined]);
  // Back goes to the page before the statement, never to the statement.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("h1")).toHaveText(en.home.title);
  // Usable, even if the browser brought back the very document that exited.
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.locator("html")).not.toHaveClass(/quick-exit-active/);
}

test.describe("quick exit", () => {
  test("is on every page, first after the skip link, with the shortcut described", async ({
    page,
  }) => {
    for (const { path } of PAGE_TYPES) {
      await page.goto(path);
      const link = exitLink(page);
      await expect(link, path).toHaveAttribute("href", QUICK_EXIT_URL);
      await expect(link, path).toHaveAttribute("rel", /noreferrer/);
      await expect(
        page
          .getByRole("navigation", { name: en.quickExit.region })
          .getByRole("link", { name: en.quickExit.safetyLink }),
        path,
      ).toHaveAttribute("href", paths.safety);
      await expectQuickExitReady(page);
      await expect(link, path).toHaveAccessibleDescription(en.quickExit.description);
    }

    // Keyboard order: skip link, safety page, quick exit, then the site's header.
    await page.goto(paths.news);
    await expectQuickExitReady(page);
    const focused = [];
    for (let index = 0; index < 4; index++) {
      await page.keyboard.press("Tab");
      focused.push(await page.evaluate(() => document.activeElement?.textContent?.trim()));
    }
    expect(focused).toEqual([
      en.site.skipToContent,
      en.quickExit.safetyLink,
      en.quickExit.label,
      en.site.shortName,
    ]);
  });

  test("stays in view while the reader scrolls", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(paths.article(latestStatement()!.slug));
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const box = await exitLink(page).boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 999).toBeLessThan(60);
    await expect(exitLink(page)).toBeInViewport();
  });

  test("a click hides the page at once and replaces it with the neutral site", async ({
    page,
    context,
  }) => {
    const neutral = await interceptNeutralSite(context, { hold: true });
    // Reports what shows right after the click's handlers have run. (While the neutral site
    // loads, Playwright waits for that navigation before it inspects the page again.)
    await page.addInitScript(`(() => {
      const whatShows = ${whatShows.toString()};
      document.addEventListener("click", () =>
        setTimeout(() => console.log("after click: " + JSON.stringify(whatShows()))), true);
    })()`);
    await readAStatement(page);
    const historyBefore = await page.evaluate(() => history.length);

    const report = page.waitForEvent("console", (message) =>
      message.text().startsWith("after click: "),
    );
    await exitLink(page).click({ noWaitAfter: true });
    const shown = JSON.parse((await report).text().slice("after click: ".length));
    expect(shown).toEqual({
      active: true,
      // Only the neutral "Loading." remains: no header, main, footer or quick exit.
      visible: [en.quickExit.activated],
      alert: en.quickExit.activated,
      title: en.quickExit.activated,
    });
    neutral.release();

    await expectLeftForNeutralSite(page, neutral, historyBefore);
  });

  test("the keyboard: Enter on the quick exit", async ({ page, context }) => {
    const neutral = await interceptNeutralSite(context);
    await readAStatement(page);
    const historyBefore = await page.evaluate(() => history.length);
    await exitLink(page).focus();
    await page.keyboard.press("Enter");
    await expectLeftForNeutralSite(page, neutral, historyBefore);
  });

  test("pressing Shift 3 times, with each press announced", async ({ page, context }) => {
    const neutral = await interceptNeutralSite(context);
    await readAStatement(page);
    const historyBefore = await page.evaluate(() => history.length);
    const status = page.getByRole("navigation", { name: en.quickExit.region }).getByRole("status");
    const lights = page.locator("[data-quick-exit-presses]");

    await page.keyboard.press("Shift");
    await expect(status).toHaveText(en.quickExit.pressTwoMoreTimes);
    await expect(lights).toHaveAttribute("data-quick-exit-presses", "1");
    await page.keyboard.press("Shift");
    await expect(status).toHaveText(en.quickExit.pressOneMoreTime);
    await expect(lights).toHaveAttribute("data-quick-exit-presses", "2");
    await page.keyboard.press("Shift");

    await expectLeftForNeutralSite(page, neutral, historyBefore);
  });

  test("Shift used for capitals, another key, or a pause of 5 seconds does not exit", async ({
    page,
    context,
  }) => {
    const neutral = await interceptNeutralSite(context);
    await page.clock.install();
    await page.goto(paths.news);
    await expectQuickExitReady(page);
    const status = page.getByRole("navigation", { name: en.quickExit.region }).getByRole("status");

    // Typing capitals: Shift is a modifier there.
    await page.keyboard.press("Shift+A");
    await page.keyboard.press("Shift+B");
    await page.keyboard.press("Shift+C");
    // Another key in between starts again.
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("x");
    await expect(status).toHaveText(en.quickExit.timedOut);
    await page.keyboard.press("Shift");
    await expect(status).toHaveText(en.quickExit.pressTwoMoreTimes);
    // A pause of 5 seconds starts again.
    await page.keyboard.press("Shift");
    await page.clock.runFor(5_100);
    await expect(status).toHaveText(en.quickExit.timedOut);
    await expect(page.locator("[data-quick-exit-presses]")).toHaveCount(0);
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");

    expect(neutral.referers).toEqual([]);
    await expect(page).toHaveURL(/\/news$/);
    await expect(page.locator("html")).not.toHaveClass(/quick-exit-active/);
  });

  test("the page comes back usable when the browser shows it again from its cache", async ({
    page,
    context,
  }) => {
    await interceptNeutralSite(context, { abort: true });
    await page.goto(paths.news);
    await expectQuickExitReady(page);
    await exitLink(page).click({ noWaitAfter: true });
    await expect.poll(() => page.evaluate(whatShows)).toMatchObject({ active: true });
    // What the browser fires when it shows a page again from the back/forward cache.
    await page.evaluate(() =>
      window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })),
    );
    const shown = await page.evaluate(whatShows);
    expect(shown.active).toBe(false);
    expect(shown.alert).toBeUndefined();
    expect(shown.visible).toEqual(expect.arrayContaining(["MAIN", "HEADER", "FOOTER", "NAV"]));
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("it is a plain link to the neutral site, which learns nothing about this one", async ({
      page,
      context,
    }) => {
      const neutral = await interceptNeutralSite(context);
      for (const { path } of PAGE_TYPES) {
        await page.goto(path);
        await expect(exitLink(page), path).toHaveAttribute("href", QUICK_EXIT_URL);
        // No shortcut to describe without the script.
        await expect(exitLink(page), path).not.toHaveAttribute("aria-describedby", /.+/);
      }
      await page.goto(paths.article(latestStatement()!.slug));
      await exitLink(page).click();
      await page.waitForURL(QUICK_EXIT_URL);
      await expect(page.locator("h1")).toHaveText("Weather");
      expect(neutral.referers).toEqual([undefined]);
    });
  });
});
