/** The page shown when a page fails to render: every language, and the quick exit. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import { LOCALES } from "@/lib/i18n/config";
import { ERROR_PAGE_TEXT } from "@/lib/i18n/error-page";
import { quickExitUrl } from "@/lib/site";

describe("the error page", () => {
  const html = renderToStaticMarkup(createElement(GlobalError));

  // Rendered outside the app router, the page cannot know the address: it speaks every language.
  it("says what happened in every language when the address is unknown, each part marked with its language", () => {
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    for (const locale of LOCALES) {
      expect(html).toContain(`<section lang="${locale}"`);
      expect(html).toContain(ERROR_PAGE_TEXT[locale].title);
      expect(html).toContain(ERROR_PAGE_TEXT[locale].home);
    }
    expect(html).toContain('href="/ru"');
  });

  it("keeps the quick exit, as a plain link", () => {
    expect(html).toContain(`href="${quickExitUrl("en")}" rel="nofollow noreferrer"`);
  });
});
