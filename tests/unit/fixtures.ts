/** A small in-memory corpus for query tests, shaped like Contentlayer's generated records. */
import {
  buildCorpora,
  buildCorpus,
  type ContentRecords,
  type GeneratedRecord,
} from "@/lib/content/corpus";
import type { DocumentType } from "@/lib/content/schema";

const folders: Record<DocumentType, string> = {
  news: "news",
  initiative: "initiatives",
  signatory: "signatories",
  tag: "tags",
};

export function record(
  type: DocumentType,
  slug: string,
  data: Record<string, unknown>,
  body = "Body text.",
): GeneratedRecord {
  return {
    ...data,
    _raw: {
      sourceFilePath: `${folders[type]}/${slug}.md`,
      sourceFileName: `${slug}.md`,
      sourceFileDir: folders[type],
    },
    body: { raw: body, html: `<p>${body}</p>` },
  };
}

/** A translation's record: content/<folder>/<slug>.<locale>.md */
export function translation(
  type: DocumentType,
  slug: string,
  locale: string,
  data: Record<string, unknown>,
  body = "Текст.",
): GeneratedRecord {
  const name = `${slug}.${locale}.md`;
  return {
    ...data,
    _raw: {
      sourceFilePath: `${folders[type]}/${name}`,
      sourceFileName: name,
      sourceFileDir: folders[type],
    },
    body: { raw: body, html: `<p>${body}</p>` },
  };
}

/** A news item; a press release or statement cites an original, as the content rules require. */
export const news = (slug: string, data: Record<string, unknown>) =>
  record("news", slug, {
    title: `Title of ${slug}`,
    summary: `Summary of ${slug}`,
    category: "news",
    ...(data.category === "press-release" || data.category === "statement"
      ? { source: { name: "UN Women", title: `Original of ${slug}`, published: data.date } }
      : {}),
    ...data,
  });

export function fixtureCorpus() {
  return buildCorpus(fixtureRecords());
}

/**
 * The fixture in every language, with some of it translated into Russian: one article,
 * one initiative and one signatory; the rest shows in English on the Russian site.
 */
export function fixtureCorpora() {
  const records = fixtureRecords();
  return buildCorpora({
    ...records,
    news: [
      ...records.news!,
      translation("news", "alliance-launch", "ru", {
        title: "Запуск альянса",
        summary: "Альянс начал работу.",
        updated: "2023-07-01",
      }),
    ],
    initiative: [
      ...records.initiative!,
      translation("initiative", "regional", "ru", {
        title: "Региональная программа",
        summary: "Под глобальной.",
      }),
    ],
    signatory: [
      ...records.signatory!,
      translation("signatory", "un-women", "ru", { name: "Структура «ООН-женщины»" }),
    ],
  });
}

function fixtureRecords(): ContentRecords {
  return {
    initiative: [
      record("initiative", "global", { title: "Global initiative", summary: "Top level." }),
      record("initiative", "regional", {
        title: "Regional programme",
        summary: "Below global.",
        parent: "global",
        partners: ["un-women"],
      }),
      record("initiative", "alliance", {
        title: "Alliance",
        summary: "Below regional.",
        parent: "regional",
      }),
      record("initiative", "campaign", { title: "Campaign", summary: "Another top level." }),
    ],
    signatory: [
      record("signatory", "un-women", { name: "UN Women", kind: "un-agency" }),
      record("signatory", "embassy-austria", {
        name: "Embassy of Austria",
        kind: "embassy",
        country: "AT",
      }),
      record("signatory", "embassy-canada", {
        name: "Embassy of Canada",
        kind: "embassy",
        country: "CA",
      }),
    ],
    news: [
      news("old-release", {
        date: "2021-06-21",
        category: "press-release",
        initiatives: ["regional"],
      }),
      news("statement-2020", {
        date: "2020-11-25",
        category: "statement",
        signatories: ["embassy-canada", "un-women", "embassy-austria"],
        initiatives: ["campaign"],
      }),
      news("alliance-launch", { date: "2023-06-27", initiatives: ["alliance", "regional"] }),
      news("draft-item", { date: "2022-01-01", draft: true, initiatives: ["regional"] }),
      news("scheduled-statement", {
        date: "2030-01-01",
        category: "statement",
        signatories: ["un-women"],
      }),
    ],
  };
}

export const PUBLIC = { today: "2025-01-01", includeDrafts: false, includeScheduled: false };
export const DEV = { today: "2025-01-01", includeDrafts: true, includeScheduled: true };
