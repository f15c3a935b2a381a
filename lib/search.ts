/**
 * Full-text search over every published document, with filters kept in the URL.
 *
 * MiniSearch holds the index: built once per server process (see getSearchIndex in
 * lib/site-search.ts), relevance-ranked (BM25+), with prefix and typo tolerance. Text is
 * cut into words and each word folded the same way when indexing and searching (lib/text.ts:
 * lower case, the region's letters as their plain neighbours, marks and apostrophes
 * removed), so "Казакстан" finds "Қазақстан" and "o'zbek" finds "oʻzbek".
 * Drafts are never indexed; scheduled items are indexed but only returned from their date.
 */
import countries from "i18n-iso-countries";
import MiniSearch, { type Options, type SearchResult } from "minisearch";
import type { Corpus, Initiative, NewsItem, Signatory } from "./content/model";
import { NEWS_CATEGORIES, type NewsCategory } from "./content/schema";
import { getPublishedNews } from "./news";
import { paginate, parsePageNumber, type Page } from "./pagination";
import { isPublished, type PublicationContext } from "./publication";
import { tagSlug } from "./browse";
import { fold, plainText, snippet, words, type Segment } from "./text";

export const MAX_QUERY_LENGTH = 200;
export const SEARCH_PER_PAGE = 20;
import { FILTER_KEYS, type FilterKey } from "./urls";
export { FILTER_KEYS, type FilterKey };

export type SearchFilters = {
  category?: NewsCategory;
  country?: string;
  initiative?: string;
  signatory?: string;
  year?: number;
};

export type SearchParams = Record<string, string | string[] | undefined>;

/** A parameter the reader sent that could not be used (shown, escaped, as a notice). */
export type SearchProblem = { param: FilterKey | "page"; value: string };

export type ParsedSearch = {
  query: string;
  filters: SearchFilters;
  page: number;
  /** The query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
  problems: SearchProblem[];
};

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** Reads query-string parameters, dropping (and reporting) values that name nothing. */
export function parseSearchParams(params: SearchParams, corpus: Corpus): ParsedSearch {
  const problems: SearchProblem[] = [];
  const rawQuery = (first(params.q) ?? "").replace(/\s+/g, " ").trim();
  const query = [...rawQuery].slice(0, MAX_QUERY_LENGTH).join("");
  const filters: SearchFilters = {};
  const take = (
    key: FilterKey,
    accept: (value: string) => boolean,
    set: (value: string) => void,
  ) => {
    const value = first(params[key])?.trim();
    if (!value) return;
    if (accept(value)) set(value);
    else problems.push({ param: key, value: [...value].slice(0, 60).join("") });
  };
  take(
    "category",
    (value) => (NEWS_CATEGORIES as readonly string[]).includes(value),
    (value) => (filters.category = value as NewsCategory),
  );
  take(
    "country",
    (value) => /^[a-z]{2}$/i.test(value) && countries.isValid(value.toUpperCase()),
    (value) => (filters.country = value.toUpperCase()),
  );
  take(
    "initiative",
    (value) => corpus.initiativesBySlug.has(value),
    (value) => (filters.initiative = value),
  );
  take(
    "signatory",
    (value) => corpus.signatoriesBySlug.has(value),
    (value) => (filters.signatory = value),
  );
  take(
    "year",
    (value) => /^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= 2100,
    (value) => (filters.year = Number(value)),
  );
  const pageParam = first(params.page);
  let page = 1;
  if (pageParam !== undefined) {
    const parsed = parsePageNumber(pageParam);
    if (parsed === undefined)
      problems.push({ param: "page", value: [...pageParam].slice(0, 20).join("") });
    else page = parsed;
  }
  return { query, filters, page, truncated: [...rawQuery].length > MAX_QUERY_LENGTH, problems };
}

export function hasFilters(filters: SearchFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined);
}

export function matchesFilters(item: NewsItem, filters: SearchFilters): boolean {
  return (
    (!filters.category || item.category === filters.category) &&
    (!filters.country || Boolean(item.countries?.includes(filters.country))) &&
    (!filters.initiative || Boolean(item.initiatives?.includes(filters.initiative))) &&
    (!filters.signatory || Boolean(item.signatories?.includes(filters.signatory))) &&
    (!filters.year || item.date.startsWith(`${filters.year}-`))
  );
}

type IndexedDocument = {
  id: string;
  title: string;
  summary: string;
  text: string;
  place: string;
  tags: string;
  related: string;
};

export type SearchIndex = { engine: MiniSearch<IndexedDocument> };

const newsId = (slug: string) => `news:${slug}`;
const initiativeId = (slug: string) => `initiative:${slug}`;
const signatoryId = (slug: string) => `signatory:${slug}`;

/** Languages whose country names are indexed: the region's, whatever the site's languages. */
const NAME_LANGUAGES = ["en", "ru", "kk", "ky", "tg", "tk", "uz"].map(
  (language) => new Intl.DisplayNames([language], { type: "region" }),
);

/** Country names in the region's languages, so "Uzbekistan" and "Узбекистан" both match UZ. */
const countryNames = (codes: readonly string[] = []) =>
  codes.flatMap((code) => [code, ...NAME_LANGUAGES.map((names) => names.of(code) ?? "")]).join(" ");

/** An item's searchable text in one language. */
function documentsOf(corpus: Corpus): IndexedDocument[] {
  const documents: IndexedDocument[] = [];
  const tagText = (tags: readonly string[] = []) =>
    tags.map((tag) => `${tag} ${corpus.tagsBySlug.get(tagSlug(tag))?.title ?? ""}`).join(" ");
  for (const item of corpus.news) {
    if (item.draft) continue;
    documents.push({
      id: newsId(item.slug),
      title: item.title,
      summary: item.summary,
      text: plainText(item.html),
      place: [item.location ?? "", countryNames(item.countries)].join(" "),
      tags: tagText(item.tags),
      related: [
        ...(item.initiatives ?? []).flatMap((slug) => {
          const initiative = corpus.initiativesBySlug.get(slug);
          return initiative ? [initiative.title, initiative.shortName ?? ""] : [];
        }),
        ...(item.signatories ?? []).map((slug) => corpus.signatoriesBySlug.get(slug)?.name ?? ""),
      ].join(" "),
    });
  }
  for (const initiative of corpus.initiatives) {
    documents.push({
      id: initiativeId(initiative.slug),
      title: `${initiative.title} ${initiative.shortName ?? ""}`,
      summary: initiative.summary,
      text: plainText(initiative.html),
      place: "",
      tags: "",
      related: (initiative.partners ?? [])
        .map((slug) => corpus.signatoriesBySlug.get(slug)?.name ?? "")
        .join(" "),
    });
  }
  for (const signatory of corpus.signatories) {
    documents.push({
      id: signatoryId(signatory.slug),
      title: signatory.name,
      summary: "",
      text: plainText(signatory.html),
      place: countryNames(signatory.country ? [signatory.country] : []),
      tags: "",
      related: "",
    });
  }
  return documents;
}

/**
 * One index for every language: each item's document holds its text in each language it
 * has (an untranslated item's text once), so a reader finds an item whichever language
 * they search in, and memory does not grow with each language added. Results are shown
 * from the reader's own corpus.
 */
export function createSearchIndex(corpora: readonly Corpus[]): SearchIndex {
  const merged = new Map<string, IndexedDocument>();
  for (const corpus of corpora) {
    for (const document of documentsOf(corpus)) {
      const seen = merged.get(document.id);
      if (!seen) {
        merged.set(document.id, document);
        continue;
      }
      for (const field of ENGINE_OPTIONS.fields as (keyof IndexedDocument)[]) {
        const text = document[field];
        if (text && !seen[field].includes(text)) seen[field] = `${seen[field]}\n${text}`;
      }
    }
  }
  const engine = new MiniSearch<IndexedDocument>(ENGINE_OPTIONS);
  engine.addAll([...merged.values()]);
  return { engine };
}

/** The index as JSON, written at build time (scripts/build-search-index.ts). */
export function serializeSearchIndex(index: SearchIndex): string {
  return JSON.stringify(index.engine);
}

/** An index written by serializeSearchIndex: loading takes a tenth of building it. */
export function loadSearchIndex(json: string): SearchIndex {
  return { engine: MiniSearch.loadJSON<IndexedDocument>(json, ENGINE_OPTIONS) };
}

const ENGINE_OPTIONS: Options<IndexedDocument> = {
  fields: ["title", "summary", "text", "place", "tags", "related"],
  storeFields: [],
  tokenize: (text: string) => words(text),
  processTerm: (term: string) => fold(term) || null,
  searchOptions: {
    boost: { title: 4, summary: 2, tags: 2, place: 1.5, related: 1.5, text: 1 },
    // Only the last word is completed ("alliance alm" finds "Almaty"): a prefix on every
    // word multiplies the terms to score.
    prefix: (term: string, index: number, terms: string[]) =>
      index === terms.length - 1 && term.length >= 3,
    // One typo from five letters on ("uzbekstan" finds "uzbekistan").
    fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
    maxFuzzy: 1,
  },
};

export type SearchHit =
  | { type: "news"; item: NewsItem; snippet: Segment[] }
  | { type: "initiative"; initiative: Initiative; snippet: Segment[] }
  | { type: "signatory"; signatory: Signatory; snippet: Segment[] };

type Candidate = { id: string; terms: Set<string> };

/** The search engine's matches, all query words required, or any of them if that finds nothing. */
function match(index: SearchIndex, query: string): SearchResult[] {
  const all = index.engine.search(query, { combineWith: "AND" });
  return all.length > 0 ? all : index.engine.search(query, { combineWith: "OR" });
}

/** A snippet from the document's text (extracted only for the hits shown), or its summary. */
function snippetFor(html: string, terms: Set<string>, fallback: string): Segment[] {
  return (
    snippet(terms.size > 0 ? plainText(html) : "", terms) ??
    snippet(fallback, terms) ?? [{ text: fallback, match: false }]
  );
}

export function search(
  index: SearchIndex,
  corpus: Corpus,
  context: PublicationContext,
  request: Pick<ParsedSearch, "query" | "filters" | "page">,
): Page<SearchHit> | undefined {
  const filtered = hasFilters(request.filters);
  let candidates: Candidate[];
  if (request.query && words(request.query).length > 0) {
    candidates = match(index, request.query).map((result) => ({
      id: String(result.id),
      terms: new Set(result.terms),
    }));
  } else {
    candidates = getPublishedNews(corpus, context).map((item) => ({
      id: newsId(item.slug),
      terms: new Set<string>(),
    }));
  }
  const visible = candidates.filter(({ id }) => {
    const [type, slug] = id.split(/:(.*)/s) as [string, string];
    if (type !== "news") return !filtered;
    const item = corpus.newsBySlug.get(slug);
    return Boolean(item && isPublished(item, context) && matchesFilters(item, request.filters));
  });
  const page = paginate(visible, request.page, SEARCH_PER_PAGE);
  if (!page) return undefined;
  return {
    ...page,
    items: page.items.map(({ id, terms }): SearchHit => {
      const [type, slug] = id.split(/:(.*)/s) as [string, string];
      if (type === "initiative") {
        const initiative = corpus.initiativesBySlug.get(slug)!;
        return {
          type,
          initiative,
          snippet: snippetFor(initiative.html, terms, initiative.summary),
        };
      }
      if (type === "signatory") {
        const signatory = corpus.signatoriesBySlug.get(slug)!;
        return { type, signatory, snippet: snippetFor(signatory.html, terms, signatory.name) };
      }
      const item = corpus.newsBySlug.get(slug)!;
      return { type: "news", item, snippet: snippetFor(item.html, terms, item.summary) };
    }),
  };
}
