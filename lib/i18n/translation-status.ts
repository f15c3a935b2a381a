/**
 * Where each language's translation stands (`npm run translations`): which interface texts
 * are missing or have never been reviewed by a native speaker, and which documents are not
 * translated or not reviewed yet. A text counts as reviewed while the English it was checked
 * against has not changed since (lib/i18n/reviews/<language>.json records both).
 */
import type { SourceDocument } from "../content/source";
import { DEFAULT_LOCALE, type Locale } from "./config";

/** A native speaker's review of interface texts: key path → who, when, and the English then. */
export type InterfaceReviews = {
  reviewed: Record<string, { by: string; date: string; english: string }>;
};

/** Every text of a dictionary, by key path ("nav.news", "safety.sections.0.title"). */
export function textsOf(messages: unknown, prefix = ""): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") texts.set(path, value);
    else if (Array.isArray(value)) value.forEach((entry, index) => walk(entry, `${path}.${index}`));
    else if (value && typeof value === "object") {
      for (const [key, entry] of Object.entries(value)) walk(entry, path ? `${path}.${key}` : key);
    }
  };
  walk(messages, prefix);
  return texts;
}

export type InterfaceStatus = {
  total: number;
  missing: string[];
  /** Never reviewed, or reviewed against English that has changed since. */
  unreviewed: string[];
  stale: string[];
};

/** A language's interface texts against the English ones. */
export function interfaceStatus(
  english: unknown,
  messages: unknown,
  reviews: InterfaceReviews,
): InterfaceStatus {
  const englishTexts = textsOf(english);
  const own = textsOf(messages);
  const status: InterfaceStatus = { total: 0, missing: [], unreviewed: [], stale: [] };
  for (const [path, text] of englishTexts) {
    // Country names a language spells its own way are optional overrides, not texts.
    if (path.startsWith("countries.")) continue;
    status.total++;
    if (!own.has(path)) status.missing.push(path);
    const review = reviews.reviewed[path];
    if (!review) status.unreviewed.push(path);
    else if (review.english !== text) status.stale.push(path);
  }
  return status;
}

export type DocumentStatus = {
  /** Originals with no translation into the language: content/<folder>/<slug>.md */
  missing: string[];
  /** Translations no native speaker has marked `review:` yet. */
  unreviewed: string[];
  translated: number;
  originals: number;
};

/** A language's translated documents, from the content folder as the check reads it. */
export function documentStatus(
  documents: readonly SourceDocument[],
  locale: Locale,
): DocumentStatus {
  const originals = documents.filter((document) => !document.locale);
  const translations = new Map(
    documents
      .filter((document) => document.locale === locale)
      .map((document) => [`${document.type}/${document.slug}`, document]),
  );
  const status: DocumentStatus = {
    missing: [],
    unreviewed: [],
    translated: 0,
    originals: originals.length,
  };
  if (locale === DEFAULT_LOCALE) return status;
  for (const original of originals) {
    const translation = translations.get(`${original.type}/${original.slug}`);
    if (!translation) {
      status.missing.push(original.file);
      continue;
    }
    status.translated++;
    if (!translation.data.review) status.unreviewed.push(translation.file);
  }
  return status;
}

/** The interface texts of a section (or all, without prefixes) marked reviewed by `by` today. */
export function markReviewed(
  reviews: InterfaceReviews,
  english: unknown,
  by: string,
  date: string,
  prefixes: readonly string[] = [],
): InterfaceReviews {
  const reviewed = { ...reviews.reviewed };
  for (const [path, text] of textsOf(english)) {
    if (
      prefixes.length &&
      !prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}.`))
    ) {
      continue;
    }
    reviewed[path] = { by, date, english: text };
  }
  return { reviewed };
}
