import { describe, expect, it } from "vitest";
import { ERROR_PAGE_CSP, errorPageHtml } from "@/lib/http/error-page";
import { LOCALES } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { inlineHashes } from "@/lib/security/policy.mjs";

describe("the static error pages", () => {
  it("speak each language and run under their own policy", () => {
    for (const locale of LOCALES) {
      for (const kind of ["badRequest", "unavailable"] as const) {
        const html = errorPageHtml(locale, kind);
        expect(html).toContain(`<html lang="${locale}">`);
        expect(html).toContain(`<h1>${getDictionary(locale)[kind].title}</h1>`);
        expect(html).not.toMatch(/<script/i);
        const { scriptHashes, styleHashes } = inlineHashes(html);
        expect(scriptHashes).toEqual([]);
        for (const hash of styleHashes) expect(ERROR_PAGE_CSP).toContain(hash);
        expect(ERROR_PAGE_CSP).toMatch(/^default-src 'none'/);
      }
    }
  });
});
