/**
 * Turns the records Contentlayer generated into a validated, indexed corpus. The same
 * schema and reference rules as the content check run here, so a `next build` started
 * without the check still fails on invalid content instead of rendering it.
 */
import { aliasIssues } from "./alias-rules";
import { referenceIssues } from "./reference-rules";
import { formatIssue, type ContentIssue } from "./issues";
import type { Corpus, Initiative, NewsItem, Signatory } from "./model";
import { DOCUMENT_TYPES, type DocumentType } from "./schema";
import type { SourceDocument } from "./source";
import { schemaIssues } from "./front-matter-rules";

/** The parts of a Contentlayer record this module reads. */
export type GeneratedRecord = {
  _raw: { sourceFilePath: string; sourceFileName: string };
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

function toSource(type: DocumentType, record: GeneratedRecord, contentRoot: string): SourceDocument {
  const data = Object.fromEntries(
    Object.entries(record).filter(([key, value]) => !GENERATED_KEYS.has(key) && value !== undefined),
  );
  return {
    type,
    slug: record._raw.sourceFileName.replace(/\.md$/, ""),
    file: `${contentRoot}/${record._raw.sourceFilePath}`,
    data,
    body: record.body.raw,
    bodyLine: 1,
    lineOf: () => undefined,
  };
}

function rendered<T>(source: SourceDocument, record: GeneratedRecord): T {
  const parsed = DOCUMENT_TYPES[source.type].schema.parse(source.data);
  return {
    ...parsed,
    slug: source.slug,
    html: record.body.html,
    sourcePath: record._raw.sourceFilePath,
  } as T;
}

const byNewest = (a: NewsItem, b: NewsItem) =>
  b.date.localeCompare(a.date) || a.title.localeCompare(b.title);

export function buildCorpus(
  records: Record<DocumentType, readonly GeneratedRecord[]>,
  contentRoot = "content",
): Corpus {
  const sources = (type: DocumentType) =>
    records[type].map((record) => ({ record, source: toSource(type, record, contentRoot) }));
  const all = [...sources("news"), ...sources("initiative"), ...sources("signatory")];
  const issues = [
    ...all.flatMap(({ source }) => schemaIssues(source)),
    ...referenceIssues(all.map(({ source }) => source)),
    ...aliasIssues(all.map(({ source }) => source)),
  ];
  if (issues.length > 0) throw new ContentError(issues);

  const news = all
    .filter(({ source }) => source.type === "news")
    .map(({ source, record }) => rendered<NewsItem>(source, record))
    .sort(byNewest);
  const initiatives = all
    .filter(({ source }) => source.type === "initiative")
    .map(({ source, record }) => rendered<Initiative>(source, record))
    .sort((a, b) => a.title.localeCompare(b.title));
  const signatories = all
    .filter(({ source }) => source.type === "signatory")
    .map(({ source, record }) => rendered<Signatory>(source, record))
    .sort((a, b) => a.name.localeCompare(b.name));

  return {
    news,
    initiatives,
    signatories,
    newsBySlug: new Map(news.map((item) => [item.slug, item])),
    initiativesBySlug: new Map(initiatives.map((item) => [item.slug, item])),
    signatoriesBySlug: new Map(signatories.map((item) => [item.slug, item])),
  };
}
