import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { latestStatement } from "./content";
import {
  PAGE_TYPES,
  RUSSIAN_PAGE_TYPES,
  en,
  expectQuickExitReady,
  paths,
  urlEndingWith,
} from "./helpers";

const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
] as const;
const SCHEMES = ["light", "dark"] as const;

/** WCAG 2.0–2.2 A and AA, plus axe's best practices (landmarks, heading order, one h1). */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}

test.describe("axe finds no violations", () => {
  for (const scheme of SCHEMES) {
    for (const size of WIDTHS) {
      test.describe(`${scheme}, ${size.name}`, () => {
        test.use({
          colorScheme: scheme,
          viewport: { width: size.width, height: size.height },
        });
        // In Russian too (with the suggestion to read in English, as this browser asks for it).
        for (const { name, path, status } of [...PAGE_TYPES, ...RUSSIAN_PAGE_TYPES]) {
          test(name, async ({ page }) => {
            const response = await page.goto(path);
            expect(response?.status()).toBe(status);
            await expectQuickExitReady(page);
            expect(await axeViolations(page)).toEqual([]);
          });
        }
      });
    }
  }

  test("while the quick-exit shortcut is counting presses", async ({ page }) => {
    await page.goto(paths.news);
    await expectQuickExitReady(page);
    await page.keyboard.press("Shift");
    await expect(page.locator("[data-quick-exit-presses]")).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("reflow", () => {
  // 320 CSS pixels wide: a small phone, or a 1280-pixel screen zoomed to 400 %; 640 is
  // the same screen at 200 %.
  for (const width of [320, 640]) {
    test(`every page type fits ${width} pixels without horizontal scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      for (const { path } of PAGE_TYPES) {
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
        // The quick exit stays on one line with the safety link.
        const bar = page.getByRole("navigation", { name: en.quickExit.region });
        expect((await bar.boundingBox())!.height, path).toBeLessThan(64);
      }
    });
  }

  test.describe("with the text zoomed", () => {
    // The test's own style sheet is inline, which the site's CSP rightly refuses.
    test.use({ bypassCSP: true });
    test("text can be enlarged to 200 % without loss of content", async ({ page }) => {
      await page.setViewportSize({ width: 640, height: 800 });
      await page.goto(paths.article(latestStatement()!.slug));
      await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole("link", { name: en.quickExit.label })).toBeInViewport();
    });
  });
});

test.describe("keyboard", () => {
  /** Presses Tab until the link or button named `name` has the focus; returns the presses. */
  async function tabTo(page: Page, name: string, limit = 80): Promise<number> {
    for (let presses = 1; presses <= limit; presses++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          text: (element.getAttribute("aria-label") ?? element.textContent ?? "").trim(),
          outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
          inViewport: (() => {
            const box = element.getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
          })(),
        };
      });
      if (!focused) continue;
      expect(focused.outline, `visible focus on "${focused.text}"`).toBe(true);
      expect(focused.inViewport, `"${focused.text}" scrolled into view`).toBe(true);
      if (focused.text === name) return presses;
    }
    throw new Error(`"${name}" not reached with ${limit} presses of Tab`);
  }

  test("a reader uses the whole site with the keyboard alone", async ({ page }) => {
    const statement = latestStatement()!;
    await page.goto(paths.home);
    await expectQuickExitReady(page);

    // Header navigation → the news list.
    await tabTo(page, en.nav.news);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(urlEndingWith(paths.news));
    await expect(page.locator("h1")).toHaveText(en.news.title);

    // On to the statement (focus stays where it was after a client-side navigation).
    await tabTo(page, statement.title);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(urlEndingWith(paths.article(statement.slug)));
    await expect(page.locator("h1")).toHaveText(statement.title);

    // A signatory, far down the page: focus keeps it in view below the sticky bar.
    await tabTo(page, "UN Women");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(urlEndingWith(paths.signatory("un-women")));

    // The footer's safety page.
    await tabTo(page, en.quickExit.safetyLink);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(urlEndingWith(paths.safety));
    await expect(page.locator("h1")).toHaveText(en.safety.title);

    // Backwards too: Shift+Tab from the page returns to the quick exit.
    await page.getByRole("heading", { level: 1 }).click();
    for (let presses = 0; presses < 20; presses++) {
      if (
        await page
          .getByRole("link", { name: en.quickExit.label })
          .evaluate((link) => link === document.activeElement)
      ) {
        break;
      }
      await page.keyboard.press("Shift+Tab");
    }
    await expect(page.getByRole("link", { name: en.quickExit.label })).toBeFocused();
  });

  test("the focused element is never hidden under the sticky quick-exit bar", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 600 });
    await page.goto(paths.article(latestStatement()!.slug));
    const barHeight = (await page
      .getByRole("navigation", { name: en.quickExit.region })
      .boundingBox())!.height;
    for (let presses = 0; presses < 60; presses++) {
      await page.keyboard.press("Tab");
      const top = await page.evaluate(() => {
        const element = document.activeElement;
        // The bar itself, the skip link (shown above the bar) and focus leaving the page.
        if (!element || element === document.body) return null;
        if (element.closest("nav.quick-exit-bar") || element.getAttribute("href") === "#main") {
          return null;
        }
        return element.getBoundingClientRect().top;
      });
      if (top !== null) expect(top).toBeGreaterThanOrEqual(barHeight - 1);
    }
  });
});

test.describe("reading preferences", () => {
  test("with reduced motion, nothing animates", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(paths.home);
    const animated = await page.evaluate(
      () =>
        [...document.querySelectorAll("*")]
          .map((element) => getComputedStyle(element))
          .filter(
            (style) =>
              parseFloat(style.transitionDuration) > 0.01 ||
              parseFloat(style.animationDuration) > 0.01,
          ).length,
    );
    expect(animated).toBe(0);
  });

  test("links say where they lead", async ({ page }) => {
    for (const { path } of PAGE_TYPES) {
      await page.goto(path);
      const names = await page
        .getByRole("link")
        .evaluateAll((links) =>
          links.map((link) =>
            (link.getAttribute("aria-label") ?? link.textContent ?? "").trim().toLowerCase(),
          ),
        );
      for (const name of names) {
        expect(name.length, `a link on ${path} has no text`).toBeGreaterThan(1);
        expect(["here", "click here", "more", "read more", "link"], path).not.toContain(name);
      }
    }
  });
});
