import { expect, test, type Request } from "@playwright/test";
import { latestStatement } from "./content";
import { PAGE_TYPES, en, expectQuickExitReady, paths } from "./helpers";

test.describe("privacy", () => {
  test("reading the site makes no request to any other site and stores no cookie", async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const origin = new URL(baseURL!).origin;
    const requests: Request[] = [];
    context.on("request", (request) => requests.push(request));
    // Nothing may leave for another site; were something to try, it fails here, offline.
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort("blockedbyclient"),
    );

    for (const { path } of PAGE_TYPES) {
      await page.goto(path);
      await expectQuickExitReady(page);
      await page.waitForLoadState("networkidle");
      // Reading to the end: links that come into view (or under the pointer) are prefetched.
      for (let step = 0; step < 12; step++) await page.mouse.wheel(0, 600);
      for (const link of (await page.getByRole("link").all()).slice(0, 30)) {
        await link.dispatchEvent("mouseover");
      }
      await page.waitForLoadState("networkidle");
    }
    // Moving through the site by its links, as a reader does.
    await page.goto(paths.home);
    await page.getByRole("link", { name: latestStatement()!.title }).first().click();
    await expect(page.locator("h1")).toHaveText(latestStatement()!.title);
    await page.getByRole("link", { name: "UN Women", exact: true }).first().click();
    await expect(page.locator("h1")).toHaveText("UN Women");
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: en.quickExit.safetyLink })
      .click();
    await expect(page.locator("h1")).toHaveText(en.safety.title);
    await page.waitForLoadState("networkidle");

    const elsewhere = requests
      .map((request) => request.url())
      .filter((url) => !url.startsWith(origin));
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(PAGE_TYPES.length * 3);

    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe("");
    for (const request of requests) {
      const response = await request.response();
      if (response)
        expect((await response.allHeaders())["set-cookie"], request.url()).toBeUndefined();
    }
  });

  test("links to other sites reveal nothing about the page they are on", async ({ page }) => {
    const response = await page.goto(paths.home);
    expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
    expect(await page.evaluate(() => document.referrer)).toBe("");
    for (const { path } of PAGE_TYPES) {
      await page.goto(path);
      const external = await page.locator('a[href^="http"]').evaluateAll((links) =>
        links.map((link) => ({
          href: link.getAttribute("href"),
          rel: link.getAttribute("rel") ?? "",
        })),
      );
      for (const link of external) {
        expect(link.rel, `${link.href} on ${path}`).toMatch(/\bnoreferrer\b/);
      }
    }
  });
});
