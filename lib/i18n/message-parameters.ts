/**
 * The interface texts that take values, and the names of their values in the order pages
 * pass them: `dict.browse.page(title, page, total)` formats the message
 * "{title} — page {page} of {total}" of the reader's language. Every other text is a plain
 * string. This is the one place that says which texts are messages; the dictionaries
 * (lib/i18n/messages/<language>.json) are data, written in ICU MessageFormat.
 */
export const MESSAGE_PARAMETERS = {
  preview: {
    articleAlt: ["title", "category", "date"],
    initiativeAlt: ["title"],
    signatoryAlt: ["name", "kind"],
    started: ["year"],
    statementsSigned: ["count"],
  },
  search: {
    resultsTitle: ["query"],
    count: ["count"],
    truncated: ["max"],
    ignored: ["param", "value"],
  },
  browse: {
    country: ["name"],
    countryIntro: ["name"],
    organisationsFrom: ["name"],
    tag: ["tag"],
    tagIntro: ["tag"],
    year: ["year"],
    yearIntro: ["year"],
    page: ["title", "page", "total"],
  },
  home: { signedBy: ["count"] },
  news: {
    signatoriesIntro: ["count"],
    sourcePublished: ["date"],
    readMore: ["title"],
    photoCredit: ["credit"],
    kilobytes: ["size"],
    megabytes: ["size"],
  },
  initiatives: { newsCount: ["count"] },
  signatories: { statementsCount: ["count"] },
  pagination: { page: ["page"] },
  language: { inLanguage: ["language"], untranslated: ["language"] },
} as const;
