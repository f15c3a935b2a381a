import type { InitiativeFrontMatter, NewsFrontMatter, SignatoryFrontMatter } from "./schema";

/** What every rendered document carries besides its front matter. */
type Rendered = {
  slug: string;
  /** Sanitised HTML of the Markdown body. */
  html: string;
  /** Source path relative to the content folder, e.g. news/foo.md */
  sourcePath: string;
};

export type NewsItem = NewsFrontMatter & Rendered;
export type Initiative = InitiativeFrontMatter & Rendered;
export type Signatory = SignatoryFrontMatter & Rendered;

/** All documents, validated, sorted and indexed once per server process. */
export type Corpus = {
  /** Newest first; includes drafts and scheduled items (queries filter them). */
  news: readonly NewsItem[];
  /** Alphabetical by title. */
  initiatives: readonly Initiative[];
  /** Alphabetical by name. */
  signatories: readonly Signatory[];
  newsBySlug: ReadonlyMap<string, NewsItem>;
  initiativesBySlug: ReadonlyMap<string, Initiative>;
  signatoriesBySlug: ReadonlyMap<string, Signatory>;
};
