import { describe, expect, it } from "vitest";
import { getDictionary } from "@/lib/i18n/dictionary";

const en = getDictionary("en");
import {
  START,
  onKeyUp,
  pressesLeftMessage,
  type Outcome,
  type ShiftSequence,
} from "@/lib/quick-exit";
import { LOCALES, QUICK_EXIT_DESTINATION } from "@/lib/i18n/config";
import { parseQuickExitUrl, quickExitUrl } from "@/lib/site";

/** Plays keyups (a key name, "+" for one released while Shift was held) and lists outcomes. */
function play(keys: string[]): Outcome[] {
  let state: ShiftSequence = START;
  return keys.map((key) => {
    const step = onKeyUp(state, { key: key.replace(/^\+/, ""), shiftKey: key.startsWith("+") });
    state = step.state;
    return step.outcome;
  });
}

describe("quick exit shortcut", () => {
  it("exits on the third Shift press", () => {
    expect(play(["Shift", "Shift", "Shift"])).toEqual(["counted", "counted", "exit"]);
  });

  it("starts again after exiting", () => {
    expect(play(["Shift", "Shift", "Shift", "Shift"])).toEqual([
      "counted",
      "counted",
      "exit",
      "counted",
    ]);
  });

  it("does not count Shift used to type a capital letter", () => {
    // Shift+A: keyup of A (with Shift held), then keyup of Shift.
    expect(play(["+A", "Shift", "Shift", "Shift"])).toEqual(["none", "none", "counted", "counted"]);
  });

  it("cancels a sequence when another key is pressed", () => {
    expect(play(["Shift", "Shift", "a", "Shift"])).toEqual([
      "counted",
      "counted",
      "cancelled",
      "counted",
    ]);
  });

  it("announces how many presses are left", () => {
    expect(pressesLeftMessage(1, en.quickExit)).toBe("Shift, press 2 more times to exit.");
    expect(pressesLeftMessage(2, en.quickExit)).toBe("Shift, press 1 more time to exit.");
  });
});

describe("quick exit destination (QUICK_EXIT_URL)", () => {
  it("is unset unless given, so each language keeps its own destination", () => {
    expect(parseQuickExitUrl(undefined)).toBeUndefined();
    expect(parseQuickExitUrl("  ")).toBeUndefined();
  });

  it("has a destination per language: an https:// everyday site, another one per language where it helps", () => {
    for (const locale of LOCALES) {
      expect(new URL(QUICK_EXIT_DESTINATION[locale]).protocol, locale).toBe("https:");
    }
    expect(QUICK_EXIT_DESTINATION.en).toBe("https://www.bbc.com/weather");
    expect(QUICK_EXIT_DESTINATION.ru).not.toBe(QUICK_EXIT_DESTINATION.en);
  });

  it("QUICK_EXIT_URL, when set, replaces every language's destination", () => {
    const saved = process.env.QUICK_EXIT_URL;
    try {
      process.env.QUICK_EXIT_URL = "https://weather.example/";
      for (const locale of LOCALES) expect(quickExitUrl(locale)).toBe("https://weather.example/");
      delete process.env.QUICK_EXIT_URL;
      expect(quickExitUrl("ru")).toBe(QUICK_EXIT_DESTINATION.ru);
    } finally {
      if (saved === undefined) delete process.env.QUICK_EXIT_URL;
      else process.env.QUICK_EXIT_URL = saved;
    }
  });

  it("accepts an https:// address", () => {
    expect(parseQuickExitUrl("https://www.google.com/search?q=weather")).toBe(
      "https://www.google.com/search?q=weather",
    );
  });

  it("refuses anything else, with a message that says what to write", () => {
    expect(() => parseQuickExitUrl("http://example.org")).toThrow(/must start with https:\/\//);
    expect(() => parseQuickExitUrl("javascript:alert(1)")).toThrow(/must start with https:\/\//);
    expect(() => parseQuickExitUrl("bbc weather")).toThrow(/is not an address/);
  });
});
