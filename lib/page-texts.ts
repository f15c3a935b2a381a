/**
 * What the pages that always exist say of themselves — their address, title and
 * description — shared by their <head> (`metadataOf`) and their header.
 */
import type { Locale } from "./i18n/config";
import type { Dictionary } from "./i18n/dictionary";
import type { PageText } from "./page-scope";
import { homePath, initiativesPath, newsListPath, safetyPath, signatoriesPath } from "./urls";

type Scope = { locale: Locale; dict: Dictionary };

/** A list page that says of itself what its section of the dictionary says: title and intro. */
const section =
  (path: (locale: Locale) => string, name: "news" | "initiatives" | "signatories") =>
  ({ locale, dict }: Scope) => ({
    path: path(locale),
    title: dict[name].title,
    description: dict[name].intro,
  });

export const PAGE_TEXTS = {
  home: ({ locale, dict }: Scope) => ({
    path: homePath(locale),
    title: dict.site.name,
    absoluteTitle: true,
    description: dict.site.tagline,
  }),
  news: section((locale) => newsListPath(locale), "news"),
  initiatives: section(initiativesPath, "initiatives"),
  signatories: section(signatoriesPath, "signatories"),
  safety: ({ locale, dict }: Scope) => ({
    path: safetyPath(locale),
    title: dict.safety.title,
    description: dict.safety.description,
  }),
} satisfies Record<string, (scope: Scope) => PageText>;
