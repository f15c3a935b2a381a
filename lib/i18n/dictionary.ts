import type { Locale } from "./config";
import en, { type Dictionary } from "./dictionaries/en";
import ru from "./dictionaries/ru";

/** Every language's interface text; a language without its dictionary fails the type check. */
const dictionaries: Record<Locale, Dictionary> = { en, ru };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}
export type { Dictionary };
