/**
 * Ready for right to left: the layout uses logical CSS (ms-/ps-/border-s/start-/text-start…),
 * which mirrors with `dir="rtl"`, never physical left/right utilities, which do not.
 * tests/integration/third-language.test.ts shows a right-to-left language in a browser.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";

/** Tailwind utilities tied to the left or right edge, with any variants before them. */
const PHYSICAL =
  /^(?:[^\s:]+:)*!?-?(?:m[lr]|p[lr]|left|right|border-[lr]|rounded-(?:[lr]|[tb][lr])|text-(?:left|right)|float-(?:left|right)|clear-(?:left|right)|scroll-[mp][lr]|inset-[lr]|space-x|divide-x|origin-(?:left|right|top-left|top-right|bottom-left|bottom-right)|bg-(?:left|right))(?:-|$)/;

function physicalClasses(): Record<string, string[]> {
  const files = execFileSync(
    "git",
    ["ls-files", "--cached", "--others", "--exclude-standard", "app", "components"],
    {
      encoding: "utf8",
    },
  )
    .split("\n")
    .filter((file) => file.endsWith(".tsx") && fs.existsSync(file));
  const found: Record<string, string[]> = {};
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const [, literal] of text.matchAll(/["'`]([^"'`\n]*)["'`]/g)) {
      for (const token of literal!.split(/\s+/)) {
        if (PHYSICAL.test(token)) (found[file] ??= []).push(token);
      }
    }
  }
  return found;
}

describe("the layout's CSS", () => {
  it("uses logical properties in app/ and components/", () => {
    expect(physicalClasses()).toEqual({});
  });

  it("recognises the physical utilities it forbids", () => {
    for (const token of [
      "ml-2",
      "-ml-[1.6rem]",
      "sm:pr-4",
      "focus:left-2",
      "border-l-4",
      "text-right",
      "rounded-tl-md",
    ]) {
      expect(PHYSICAL.test(token), token).toBe(true);
    }
    for (const token of [
      "ms-2",
      "-ms-[1.6rem]",
      "sm:pe-4",
      "focus:start-2",
      "border-s-4",
      "border-line",
      "text-start",
      "rounded-ss-md",
      "prose",
    ]) {
      expect(PHYSICAL.test(token), token).toBe(false);
    }
  });
});
