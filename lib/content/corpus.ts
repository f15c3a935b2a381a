/**
 * Turns the records Contentlayer generated into a validated, indexed corpus per language. The
 * same schema and reference rules as the content check run here, so a `next build` started
 * without the check still fails on invalid content instead of rendering it.
 */
import {
  DEFAULT_LOCALE,
  FALLBACK_LOCALES,
  INTL_LOCALE,
  LOCALES,
  TRANSLATION_LOCALES,
  type Locale,
} from "../i18n/config";
import { aliasIssues } from "./alias-rules";
import { schemaIssues } from "./front-matter-rules";
import { formatIssue, type ContentIssue } from "./issues";
import type { Corpus, Rendered } from "./model";
import { linksInLanguage } from "./page-links";
import type { GeneratedRecord } from "./records";
import { buildIndex, referenceIssues } from "./reference-rules";
import { DOCUMENT_TYPES, DOCUMENT_TYPE_NAMES, typeOfFolder, type DocumentType } from "./schema";
import { documentFileName, type SourceDocument } from "./source";
import { translationIssues } from "./translation-rules";

export type { GeneratedRecord };

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Invalid content (${issues.length} problem${issues.length === 1 ? "" : "s"}); run \`npm run content:check\`:\n` +
        issues.map(formatIssue).join("\n"),
    );
    this.name = "ContentError";
  }
}

const GENERATED_KEYS = new Set(["_id", "_raw", "type", "body"]);

/** Records of each type as Contentlayer generated them, originals and translations alike. */
export type ContentRecords = Partial<Record<DocumentType, readonly GeneratedRecord[]>>;

export type CorpusOptions = {
  /** Path of the content folder as editors see it, for messages (e.g. "content"). */
  contentRoot?: string;
  /** Shows translations marked `draft: true` (development only). */
  includeDraftTranslations?: boolean;
};

/** Contentlayer's `allDocuments` by the folder each comes from (originals and translations). */
export function recordsByType(records: readonly GeneratedRecord[]): ContentRecords {
  const grouped: Partial<Record<DocumentType, GeneratedRecord[]>> = {};
  for (const record of records) {
    const type = typeOfFolder(record._raw.sourceFileDir);
    if (type) (grouped[type] ??= []).push(record);
  }
  return grouped;
}

type Entry = { source: SourceDocument; record: GeneratedRecord };

function toSource(
  type: DocumentType,
  record: GeneratedRecord,
  contentRoot: string,
): SourceDocument | ContentIssue {
  const file = `${contentRoot}/${record._raw.sourceFilePath}`;
  const name = documentFileName(record._raw.sourceFileName);
  if ("problem" in name) return { file, message: name.problem };
  const data = Object.fromEntries(
    Object.entries(record).filter(([key, value]) => !GENERATED_KEYS.has(key) && value !== undefined),
  );
  return {
    type,
    slug: name.slug,
    ...(name.locale ? { locale: name.locale } : {}),
    file,
    data,
    body: record.body.raw,
    bodyLine: 1,
    lineOf: () => undefined,
  };
}

/**
 * An original's front matter as readers of a translation see it: the translation's own words
 * (the type's `translated` fields) over the original's. Where a translation leaves out a text
 * field, the original's shows, in the original's language — but an update date belongs to
 * the text it describes, and whether the item is a draft is the original's. Inside a
 * translated field, the parts that stay the original's (a picture's file) are kept.
 */
function translatedData(type: DocumentType, original: Entry, translation: Entry) {
  const { translated, sharedInside } = DOCUMENT_TYPES[type];
  const shared: Readonly<Record<string, readonly string[]>> = sharedInside;
  const data: Record<string, unknown> = { ...original.source.data };
  for (const field of translated) {
    if (field === "draft") continue;
    const own = translation.source.data[field];
    if (own === undefined) {
      if (field === "updated") delete data.updated;
      continue;
    }
    data[field] = shared[field] ? withOriginalParts(data[field], own, translation.source.locale) : own;
  }
  return data;
}

/**
 * A translated field over the original's: the translation's parts over the original's, for an
 * object (an image) or entry by entry for a list (documents, in the original's order). A
 * document the translation gives its own file for is in the translation's language unless it
 * says otherwise.
 */
function withOriginalParts(original: unknown, own: unknown, locale: Locale | undefined): unknown {
  if (Array.isArray(own)) {
    const originals = Array.isArray(original) ? original : [];
    return own.map((entry: Record<string, unknown>, index) => {
      const theirs = (originals[index] ?? {}) as Record<string, unknown>;
      const ownFile = entry.src !== undefined && entry.src !== theirs.src;
      return { ...theirs, ...(ownFile && !entry.language ? { language: locale } : {}), ...entry };
    });
  }
  return { ...(original as object), ...(own as object) };
}

const collators = new Map<Locale, Intl.Collator>();
const collator = (locale: Locale) => {
  let found = collators.get(locale);
  if (!found) collators.set(locale, (found = new Intl.Collator(INTL_LOCALE[locale])));
  return found;
};

/**
 * One type's items as readers of `locale` see them: for each original, its translation into
 * the reader's language, else into the first language of the fallback chain that has one,
 * else the original itself; parsed with the type's schema, so every item is typed by it.
 */
function localizedItems<FrontMatter extends object>(
  type: DocumentType,
  locale: Locale,
  originals: readonly Entry[],
  translations: ReadonlyMap<string, Entry>,
  parse: (data: Record<string, unknown>) => FrontMatter,
): (FrontMatter & Rendered)[] {
  const chain = [locale, ...FALLBACK_LOCALES[locale]];
  return originals.map((original) => {
    const { slug } = original.source;
    const languages = [
      DEFAULT_LOCALE,
      ...TRANSLATION_LOCALES.filter((other) => translations.has(`${type}/${slug}.${other}`)),
    ];
    const language = chain.find((candidate) => translations.has(`${type}/${slug}.${candidate}`));
    const translation = language ? translations.get(`${type}/${slug}.${language}`) : undefined;
    const shown = translation ?? original;
    const rendered: Rendered = {
      slug,
      html: linksInLanguage(shown.record.body.html, locale),
      sourcePath: shown.record._raw.sourceFilePath,
      lang: shown.source.locale ?? DEFAULT_LOCALE,
      languages,
    };
    const data = translation ? translatedData(type, original, translation) : original.source.data;
    return { ...parse(data), ...rendered };
  });
}

/** Each record as a source document, or the problem with its file name. */
function readEntries(records: ContentRecords, contentRoot: string) {
  const issues: ContentIssue[] = [];
  const entries: Entry[] = [];
  for (const type of DOCUMENT_TYPE_NAMES) {
    for (const record of records[type] ?? []) {
      const source = toSource(type, record, contentRoot);
      if ("message" in source) issues.push(source);
      else entries.push({ record, source });
    }
  }
  return { entries, issues };
}

/** The content check's schema, reference, alias and translation rules over `entries`. */
function entryIssues(entries: readonly Entry[]): ContentIssue[] {
  const sources = entries.map(({ source }) => source);
  const index = buildIndex(sources);
  return [
    ...sources.flatMap((source) => schemaIssues(source)),
    ...referenceIssues(sources),
    ...aliasIssues(sources),
    ...sources.flatMap((source) => translationIssues(source, index)),
  ];
}

/**
 * Every language's corpus from Contentlayer's records, after the same schema, reference,
 * alias and translation rules as the content check: invalid content throws a ContentError
 * naming each file, field and fix, so a build never renders it.
 */
export function buildCorpora(
  records: ContentRecords,
  { contentRoot = "content", includeDraftTranslations = false }: CorpusOptions = {},
): Record<Locale, Corpus> {
  const { entries, issues } = readEntries(records, contentRoot);
  issues.push(...entryIssues(entries));
  if (issues.length > 0) throw new ContentError(issues);
  return assemble(entries, includeDraftTranslations);
}

export type TolerantCorpora = {
  corpora: Record<Locale, Corpus>;
  /**
   * Every problem found, by file: the `known` issues (the content check's, as
   * `npm run content:check` prints them) and, for files they do not name, the corpus's own.
   */
  issues: ContentIssue[];
};

/**
 * The corpora of `npm run dev`, which never fail: every file with a problem (among `known`,
 * or found here) is set aside, then every file that fails because of those (a translation
 * of a set-aside original, a link to it), until what remains is valid and is served.
 */
export function buildCorporaTolerantly(
  records: ContentRecords,
  {
    contentRoot = "content",
    includeDraftTranslations = false,
    known = [],
  }: CorpusOptions & { known?: readonly ContentIssue[] } = {},
): TolerantCorpora {
  const read = readEntries(records, contentRoot);
  const found: ContentIssue[] = [...read.issues];
  const broken = new Set([...known, ...found].map((issue) => issue.file));
  let entries = read.entries.filter(({ source }) => !broken.has(source.file));
  for (;;) {
    const issues = entryIssues(entries);
    const owners = new Set(issues.map((issue) => issue.file));
    const kept = entries.filter(({ source }) => !owners.has(source.file));
    found.push(...issues);
    // An issue no remaining file owns cannot be set aside: report it as a build would.
    if (kept.length === entries.length) {
      if (issues.length > 0) throw new ContentError(issues);
      break;
    }
    entries = kept;
  }
  const reported = new Set(known.map((issue) => issue.file));
  return {
    corpora: assemble(entries, includeDraftTranslations),
    issues: [...known, ...found.filter((issue) => !reported.has(issue.file))],
  };
}

/** The corpus of each language from valid entries. */
function assemble(
  entries: readonly Entry[],
  includeDraftTranslations: boolean,
): Record<Locale, Corpus> {
  const originals = (type: DocumentType) =>
    entries.filter(({ source }) => source.type === type && !source.locale);
  const translations = new Map<string, Entry>();
  for (const entry of entries) {
    const { type, slug, locale, data } = entry.source;
    if (locale && (includeDraftTranslations || data.draft !== true)) {
      translations.set(`${type}/${slug}.${locale}`, entry);
    }
  }

  return Object.fromEntries(
    LOCALES.map((locale) => {
      const { compare } = collator(locale);
      const items = <FrontMatter extends object>(
        type: DocumentType,
        parse: (data: Record<string, unknown>) => FrontMatter,
      ) => localizedItems(type, locale, originals(type), translations, parse);
      const news = items("news", (data) => DOCUMENT_TYPES.news.schema.parse(data)).sort(
        (a, b) => b.date.localeCompare(a.date) || compare(a.title, b.title),
      );
      const initiatives = items("initiative", (data) =>
        DOCUMENT_TYPES.initiative.schema.parse(data),
      ).sort((a, b) => compare(a.title, b.title));
      const signatories = items("signatory", (data) =>
        DOCUMENT_TYPES.signatory.schema.parse(data),
      ).sort((a, b) => compare(a.name, b.name));
      const tags = items("tag", (data) => DOCUMENT_TYPES.tag.schema.parse(data)).sort((a, b) =>
        compare(a.title, b.title),
      );
      const corpus: Corpus = {
        locale,
        news,
        initiatives,
        signatories,
        tags,
        newsBySlug: new Map(news.map((item) => [item.slug, item])),
        initiativesBySlug: new Map(initiatives.map((item) => [item.slug, item])),
        signatoriesBySlug: new Map(signatories.map((item) => [item.slug, item])),
        tagsBySlug: new Map(tags.map((item) => [item.slug, item])),
      };
      return [locale, corpus];
    }),
  ) as Record<Locale, Corpus>;
}

/** The default language's corpus: the originals (and the site's language-neutral facts). */
export function buildCorpus(records: ContentRecords, options?: CorpusOptions): Corpus {
  return buildCorpora(records, options)[DEFAULT_LOCALE];
}
