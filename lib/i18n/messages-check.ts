/**
 * Rules for the interface dictionaries (lib/i18n/messages/<language>.json), run by
 * `npm run content:check` beside the content rules: every language has every text the
 * English one has, in the same shape (the same steps on the safety page), each message is
 * valid ICU MessageFormat and uses only the values its English message is given.
 */
import { TYPE, parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { ContentIssue } from "../content/issues";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./config";
import { MESSAGES } from "./dictionary";
import { MESSAGE_PARAMETERS } from "./message-parameters";

/** The names a message uses, e.g. "{count, plural, one {…}}" uses "count". */
function argumentNames(elements: readonly MessageFormatElement[], names = new Set<string>()) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentNames(element.children, names);
      continue;
    }
    names.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentNames(option.value, names);
    }
  }
  return names;
}

const describe = (value: unknown) =>
  Array.isArray(value)
    ? "a list"
    : value === null
      ? "nothing"
      : typeof value === "object"
        ? "a group of texts"
        : `a ${typeof value}`;

/** Problems of one language's dictionary, compared with the English one. */
export function messagesIssues(
  locale: Locale,
  messages: unknown,
  english: unknown = MESSAGES[DEFAULT_LOCALE],
): ContentIssue[] {
  const file = `lib/i18n/messages/${locale}.json`;
  const issues: ContentIssue[] = [];
  const walk = (own: unknown, theirs: unknown, parameters: unknown, path: string[]) => {
    const field = path.join(".");
    if (path[0] === "countries" && path.length === 1) {
      if (own === undefined || typeof own !== "object" || Array.isArray(own)) {
        issues.push({
          file,
          field,
          message: 'must be a group of country names by ISO code, e.g. { "KG": "…" }',
        });
      }
      return;
    }
    if (own === undefined) {
      issues.push({
        file,
        field,
        message: `is missing — the English dictionary has it (${JSON.stringify(theirs).slice(0, 80)}): translate it`,
      });
      return;
    }
    if (Array.isArray(parameters) || typeof theirs === "string") {
      if (typeof own !== "string" || own.trim() === "") {
        issues.push({ file, field, message: `must be text, like the English one` });
        return;
      }
      let names: Set<string>;
      try {
        names = argumentNames(parse(own));
      } catch (error) {
        issues.push({
          file,
          field,
          message: `is not a valid message (${(error as Error).message}) — check the braces { } and, in a plural, each form`,
        });
        return;
      }
      const allowed = Array.isArray(parameters) ? (parameters as string[]) : [];
      for (const name of names) {
        if (!allowed.includes(name)) {
          issues.push({
            file,
            field,
            message: `uses {${name}}, which this text is not given — use only ${allowed.length ? allowed.map((each) => `{${each}}`).join(", ") : "plain text (no { })"}`,
          });
        }
      }
      return;
    }
    if (Array.isArray(theirs)) {
      if (!Array.isArray(own) || own.length !== theirs.length) {
        issues.push({
          file,
          field,
          message: `must be a list of ${theirs.length} entries, like the English one (it is ${Array.isArray(own) ? `a list of ${own.length}` : describe(own)})`,
        });
        return;
      }
      theirs.forEach((entry, index) =>
        walk(own[index], entry, undefined, [...path, String(index)]),
      );
      return;
    }
    if (theirs && typeof theirs === "object") {
      if (!own || typeof own !== "object" || Array.isArray(own)) {
        issues.push({
          file,
          field,
          message: `must be a group of texts, like the English one (it is ${describe(own)})`,
        });
        return;
      }
      const children = (parameters ?? {}) as Record<string, unknown>;
      for (const key of Object.keys(theirs)) {
        walk(
          (own as Record<string, unknown>)[key],
          (theirs as Record<string, unknown>)[key],
          children[key],
          [...path, key],
        );
      }
      for (const key of Object.keys(own)) {
        if (!(key in theirs)) {
          issues.push({
            file,
            field: [...path, key].join("."),
            message: "is not a text of the English dictionary — remove it",
          });
        }
      }
    }
  };
  walk(messages, english, MESSAGE_PARAMETERS, []);
  return issues;
}

/** Every language's dictionary problems. */
export function allMessagesIssues(): ContentIssue[] {
  return LOCALES.flatMap((locale) => messagesIssues(locale, MESSAGES[locale]));
}
