import type { Locale } from "../i18n/config";
import type {
  InitiativeFrontMatter,
  NewsFrontMatter,
  SignatoryFrontMatter,
  TagFrontMatter,
} from "./schema";

/** What every rendered document carries besides its front matter. */
export type Rendered = {
  slug: string;
  /** Sanitised HTML of the Markdown body. */
  html: string;
  /** Source path relative to the content folder, e.g. news/foo.md or news/foo.ru.md */
  sourcePath: string;
  /**
   * The language this text is in: the corpus's language where the item is translated,
   * else the original's (the default language) — pages mark such text with `lang`.
   */
  lang: Locale;
  /**
   * The languages this item's text really exists in: the original's and each translation's.
   * Only these versions are announced to search engines (hreflang, sitemap); a page showing
   * another language's text points to that version as canonical.
   */
  languages: readonly Locale[];
};

export type NewsItem = NewsFrontMatter & Rendered;
export type Initiative = InitiativeFrontMatter & Rendered;
export type Signatory = SignatoryFrontMatter & Rendered;
export type Tag = TagFrontMatter & Rendered;

/**
 * All documents as readers of one language see them: validated, translated where a
 * translation exists, sorted and indexed once per server process. Every language has
 * the same items under the same slugs; only their text differs.
 */
export type Corpus = {
  /** The language of the site this corpus is for. */
  locale: Locale;
  /** Newest first; includes drafts and scheduled items (queries filter them). */
  news: readonly NewsItem[];
  /** Alphabetical by title, in the corpus's language. */
  initiatives: readonly Initiative[];
  /** Alphabetical by name, in the corpus's language. */
  signatories: readonly Signatory[];
  /** Topic labels, alphabetical; a tag without a file of its own has none. */
  tags: readonly Tag[];
  newsBySlug: ReadonlyMap<string, NewsItem>;
  initiativesBySlug: ReadonlyMap<string, Initiative>;
  signatoriesBySlug: ReadonlyMap<string, Signatory>;
  tagsBySlug: ReadonlyMap<string, Tag>;
};
