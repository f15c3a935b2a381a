/**
 * The interface text of each language: its dictionary (lib/i18n/messages/<language>.json,
 * data in ICU MessageFormat, written and reviewed by translators) made into an object whose
 * messages are functions, e.g. `dict.search.count(3)` → "3 results" / «3 результата».
 */
import { IntlMessageFormat } from "intl-messageformat";
import { INTL_LOCALE, type Locale } from "./config";
import { MESSAGE_PARAMETERS } from "./message-parameters";
import en from "./messages/en.json" with { type: "json" };
import kk from "./messages/kk.json" with { type: "json" };
import ky from "./messages/ky.json" with { type: "json" };
import ru from "./messages/ru.json" with { type: "json" };
import tg from "./messages/tg.json" with { type: "json" };
import tk from "./messages/tk.json" with { type: "json" };
import uz from "./messages/uz.json" with { type: "json" };

type Messages = typeof en;
type Parameters = typeof MESSAGE_PARAMETERS;
type Value = string | number;

/** A message's values, one per name (a tuple as long as its parameter list). */
type Values<Names extends readonly string[]> = { -readonly [I in keyof Names]: Value };

/** The dictionary's shape: English's, with each message a function of its values. */
type Compiled<M, P> = {
  [K in keyof M]: K extends keyof P
    ? P[K] extends readonly string[]
      ? (...values: Values<P[K]>) => string
      : Compiled<M[K], P[K]>
    : M[K];
};
export type Dictionary = Compiled<Omit<Messages, "countries">, Parameters> & {
  /** Country names that differ from Intl's in this language, by ISO code (English has none). */
  countries: Partial<Record<string, string>>;
};

/** Every language's dictionary data; lib/i18n/messages-check.ts checks each against English. */
export const MESSAGES: Record<Locale, unknown> = { en, ru, kk, ky, uz, tg, tk };

/** Numbers as written in running text: a year is "2021", not "2,021". */
const formatters = {
  getNumberFormat: (locales?: string | string[], options?: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locales, { ...options, useGrouping: false }),
  getDateTimeFormat: (locales?: string | string[], options?: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locales, options),
  getPluralRules: (locales?: string | string[], options?: Intl.PluralRulesOptions) =>
    new Intl.PluralRules(locales, options),
};

function compile(messages: unknown, parameters: unknown, locale: Locale): unknown {
  if (Array.isArray(parameters)) {
    const format = new IntlMessageFormat(messages as string, INTL_LOCALE[locale], undefined, {
      formatters,
    });
    return (...values: Value[]) =>
      String(
        format.format(Object.fromEntries(parameters.map((name, index) => [name, values[index]]))),
      );
  }
  if (Array.isArray(messages)) return messages.map((entry) => compile(entry, undefined, locale));
  if (messages && typeof messages === "object") {
    const children = (parameters ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(messages).map(([key, value]) => [key, compile(value, children[key], locale)]),
    );
  }
  return messages;
}

const compiled = new Map<Locale, Dictionary>();

export function getDictionary(locale: Locale): Dictionary {
  let dictionary = compiled.get(locale);
  if (!dictionary) {
    dictionary = compile(MESSAGES[locale], MESSAGE_PARAMETERS, locale) as Dictionary;
    compiled.set(locale, dictionary);
  }
  return dictionary;
}

/** A text's language beside the page's, and the page's dictionary: what a language notice needs. */
export type TextLanguageProps = { lang: Locale; locale: Locale; dict: Dictionary };
