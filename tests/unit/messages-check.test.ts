/** The interface dictionaries' rules (npm run content:check): complete, same shape, valid messages. */
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/dictionary";
import { allMessagesIssues, messagesIssues } from "@/lib/i18n/messages-check";

const english = MESSAGES.en as Record<string, Record<string, unknown>>;
const copy = () => structuredClone(english);

describe("dictionary rules", () => {
  it("pass every dictionary of the site", () => {
    expect(LOCALES.length).toBeGreaterThanOrEqual(2);
    expect(allMessagesIssues()).toEqual([]);
  });

  it("refuse a dictionary that lacks a text the English one has, naming it", () => {
    const messages = copy();
    delete messages.nav!.news;
    expect(messagesIssues("ru", messages)).toEqual([
      {
        file: "lib/i18n/messages/ru.json",
        field: "nav.news",
        message: expect.stringMatching(
          /^is missing — the English dictionary has it \("News"\): translate it$/,
        ),
      },
    ]);
  });

  it("refuse a broken message, a value the text is not given, and a text English does not have", () => {
    const messages = copy();
    messages.search!.count = "{count, plural, one {# result}";
    messages.pagination!.page = "Page {number}";
    messages.nav!.blog = "Blog";
    const issues = messagesIssues("ru", messages);
    const found = Object.fromEntries(issues.map((issue) => [issue.field, issue.message]));
    expect(Object.keys(found).sort()).toEqual(["nav.blog", "pagination.page", "search.count"]);
    expect(found["search.count"]).toMatch(/^is not a valid message/);
    expect(found["pagination.page"]).toBe(
      "uses {number}, which this text is not given — use only {page}",
    );
    expect(found["nav.blog"]).toBe("is not a text of the English dictionary — remove it");
  });

  it("refuse a safety page with a step missing", () => {
    const messages = copy() as { safety: { sections: { browsers?: { steps: string[] }[] }[] } };
    messages.safety.sections[2]!.browsers![0]!.steps.pop();
    const [issue] = messagesIssues("ru", messages);
    expect(issue?.field).toBe("safety.sections.2.browsers.0.steps");
    expect(issue?.message).toMatch(/must be a list of \d+ entries, like the English one/);
  });
});
