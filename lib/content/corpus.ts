/**
 * Turns the records Contentlayer generated into a validated, indexed corpus. The same
 * schema and reference rules as the content check run here, so a `next build` started
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
import { schemaIssues, schemaOf } from "./front-matter-rules";
import { formatIssue, type ContentIssue } from "./issues";
import type { Corpus, Initiative, NewsItem, Signatory, Tag } from "./model";
import { buildIndex, referenceIssues } from "./reference-rules";
import { DOCUMENT_TYPES, TRANSLATED_FIELDS, type DocumentType } from "./schema";
import { documentFileName, type SourceDocument } from "./source";
import { translationIssues } from "./translation-rules";

/** The parts of a Contentlayer record this module reads. */
export type GeneratedRecord = {
  _raw: { sourceFilePath: string; sourceFileName: string; sourceFileDir: string };
  body: { raw: string; html: string };
  [field: string]: unknown;
};

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

type Entry = { record: GeneratedRecord; source: SourceDocument };

const TYPE_OF_FOLDER = new Map<string, DocumentType>(
  Object.entries(DOCUMENT_TYPES).map(([type, { folder }]) => [folder, type as DocumentType]),
);

/** Contentlayer's `allDocuments` by the folder each comes from (originals and translations). */
export function recordsByType(records: readonly GeneratedRecord[]): ContentRecords {
  const grouped: Partial<Record<DocumentType, GeneratedRecord[]>> = {};
  for (const record of records) {
    const type = TYPE_OF_FOLDER.get(record._raw.sourceFileDir);
    if (type) (grouped[type] ??= []).push(record);
  }
  return grouped;
}

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

type Item = {
  slug: string;
  html: string;
  sourcePath: string;
  lang: Locale;
  languages: readonly Locale[];
} & Record<string, unknown>;

function rendered(source: SourceDocument, record: GeneratedRecord): Item {
  const parsed = schemaOf(source).parse(source.data) as Record<string, unknown>;
  return {
    ...parsed,
    slug: source.slug,
    html: record.body.html,
    sourcePath: record._raw.sourceFilePath,
    lang: source.locale ?? DEFAULT_LOCALE,
    languages: [source.locale ?? DEFAULT_LOCALE],
  };
}

/**
 * The original as readers of a translation's language see it: the translation's own
 * text (title, summary or name, body, …) over the original's shared fields. Where the
 * translation leaves out a text field the original's shows, in the original's language.
 */
function translate(type: DocumentType, original: Item, translation: Item): Item {
  const own: Record<string, unknown> = {};
  for (const field of TRANSLATED_FIELDS[type]) {
    if (field === "draft") continue; // whether the translation is ready, not the item
    const value = translation[field];
    if (value === undefined) continue;
    // The picture and the address stay the original's; their words are translated.
    own[field] =
      (field === "source" || field === "image") && original[field]
        ? { ...(original[field] as object), ...(value as object) }
        : value;
  }
  return {
    ...original,
    ...own,
    // An update date belongs to the text it describes.
    ...(type === "news" ? { updated: translation.updated } : {}),
    html: translation.html,
    sourcePath: translation.sourcePath,
    lang: translation.lang,
  };
}

const collators = new Map<Locale, Intl.Collator>();
const collator = (locale: Locale) => {
  let found = collators.get(locale);
  if (!found) collators.set(locale, (found = new Intl.Collator(INTL_LOCALE[locale])));
  return found;
};

function localizedCorpus(
  locale: Locale,
  originals: Record<DocumentType, Item[]>,
  translations: Map<string, Item>,
): Corpus {
  const compare = collator(locale).compare;
  // The reader's language, then the languages they most likely read, then the original.
  const chain = [locale, ...FALLBACK_LOCALES[locale]];
  const view = (type: DocumentType) =>
    originals[type].map((item) => {
      const languages = [
        DEFAULT_LOCALE,
        ...TRANSLATION_LOCALES.filter((other) => translations.has(`${type}/${item.slug}.${other}`)),
      ];
      for (const language of chain) {
        const translation = translations.get(`${type}/${item.slug}.${language}`);
        if (translation) return { ...translate(type, item, translation), languages };
      }
      return { ...item, languages };
    });
  const news = (view("news") as unknown as NewsItem[]).sort(
    (a, b) => b.date.localeCompare(a.date) || compare(a.title, b.title),
  );
  const initiatives = (view("initiative") as unknown as Initiative[]).sort((a, b) =>
    compare(a.title, b.title),
  );
  const signatories = (view("signatory") as unknown as Signatory[]).sort((a, b) =>
    compare(a.name, b.name),
  );
  const tags = (view("tag") as unknown as Tag[]).sort((a, b) => compare(a.title, b.title));
  return {
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
  const issues: ContentIssue[] = [];
  const entries: Entry[] = [];
  for (const type of Object.keys(DOCUMENT_TYPES) as DocumentType[]) {
    for (const record of records[type] ?? []) {
      const source = toSource(type, record, contentRoot);
      if ("message" in source) issues.push(source);
      else entries.push({ record, source });
    }
  }
  const sources = entries.map(({ source }) => source);
  const index = buildIndex(sources);
  issues.push(
    ...sources.flatMap((source) => schemaIssues(source)),
    ...referenceIssues(sources),
    ...aliasIssues(sources),
    ...sources.flatMap((source) => translationIssues(source, index)),
  );
  if (issues.length > 0) throw new ContentError(issues);

  const originals: Record<DocumentType, Item[]> = { news: [], initiative: [], signatory: [], tag: [] };
  const translations = new Map<string, Item>();
  for (const { source, record } of entries) {
    const item = rendered(source, record);
    if (!source.locale) originals[source.type].push(item);
    else if (includeDraftTranslations || item.draft !== true) {
      translations.set(`${source.type}/${source.slug}.${source.locale}`, item);
    }
  }
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, localizedCorpus(locale, originals, translations)]),
  ) as Record<Locale, Corpus>;
}

/** The default language's corpus: the originals (and the site's language-neutral facts). */
export function buildCorpus(records: ContentRecords, options?: CorpusOptions): Corpus {
  return buildCorpora(records, options)[DEFAULT_LOCALE];
}
