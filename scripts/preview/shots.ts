/**
 * Every picture of the preview from ONE browser (the system's Chromium, as
 * scripts/screenshots.ts uses it): full-page screenshots of a page at phone and desktop
 * widths in light mode and at phone width in dark mode, each in a browser set to the page's
 * language; and the mock of a shared link, drawn at twice its size.
 */
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { INTL_LOCALE, type Locale } from "../../lib/i18n/config";
import { MOCK_WIDTH } from "../../lib/preview/unfurl";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../tests/e2e/chromium";

export const SHOTS = [
  { key: "phone", label: "phone", width: 390, colorScheme: "light" },
  { key: "desktop", label: "desktop", width: 1280, colorScheme: "light" },
  { key: "phone-dark", label: "phone, dark", width: 390, colorScheme: "dark" },
] as const;
export type ShotKey = (typeof SHOTS)[number]["key"];

/** The first screen's height (a common phone's); full-page screenshots are as tall as the page. */
export const VIEWPORT_HEIGHT = 844;

/**
 * Marks a page as a preview: a banner at the very top, added to the page in the browser
 * (through the DevTools protocol, styled through the CSS object model, which the page's
 * Content-Security-Policy allows), so the site's build stays exactly production's.
 */
function addBanner(text: string) {
  const banner = document.createElement("div");
  banner.textContent = text;
  banner.setAttribute("data-preview-banner", "");
  Object.assign(banner.style, {
    background: "#ffd600",
    color: "#000",
    font: "700 16px/1.4 system-ui, sans-serif",
    padding: "10px 16px",
    borderBottom: "3px solid #000",
    textAlign: "center",
  });
  document.body.prepend(banner);
}

export type Camera = {
  /** Screenshots `url` at every width and colour scheme; returns the files per shot. */
  page: (
    url: string,
    locale: Locale,
    file: (key: ShotKey) => string,
    banner?: string,
  ) => Promise<void>;
  /** Screenshots the element #mock of an HTML document. */
  mock: (html: string, file: string) => Promise<void>;
  close: () => Promise<void>;
};

export async function openCamera(): Promise<Camera> {
  const browser: Browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  const contexts = new Map<string, BrowserContext>();
  const contextFor = async (shot: (typeof SHOTS)[number], locale: Locale) => {
    const key = `${shot.key}/${locale}`;
    let context = contexts.get(key);
    if (!context) {
      // A reader whose browser speaks the page's language: no suggestion to switch.
      context = await browser.newContext({
        viewport: { width: shot.width, height: VIEWPORT_HEIGHT },
        colorScheme: shot.colorScheme,
        locale: INTL_LOCALE[locale],
      });
      contexts.set(key, context);
    }
    return context;
  };
  return {
    async page(url, locale, file, banner) {
      for (const shot of SHOTS) {
        const page = await (await contextFor(shot, locale)).newPage();
        try {
          const response = await page.goto(url, { waitUntil: "load" });
          if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
          if (banner) await page.evaluate(addBanner, banner);
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: file(shot.key), fullPage: true });
        } finally {
          await page.close();
        }
      }
    },
    async mock(html, file) {
      const context = await browser.newContext({
        viewport: { width: MOCK_WIDTH, height: 600 },
        deviceScaleFactor: 2,
      });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: "load" });
        await page.locator("#mock").screenshot({ path: file });
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
    },
  };
}
