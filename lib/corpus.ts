/**
 * The site's corpus: the only module that imports Contentlayer's generated records.
 * Built once per server process; pages pass it to the pure queries in lib/.
 */
import { allInitiatives, allNews, allSignatories } from "contentlayer/generated";
import path from "node:path";
import { buildCorpus, type GeneratedRecord } from "./content/corpus";
import { contentDir } from "./content/paths";

const asRecords = (records: readonly object[]) => records as unknown as readonly GeneratedRecord[];

export const corpus = buildCorpus(
  {
    news: asRecords(allNews),
    initiative: asRecords(allInitiatives),
    signatory: asRecords(allSignatories),
  },
  // Messages name files as editors see them, e.g. content/news/foo.md
  path.relative(process.cwd(), contentDir()) || ".",
);
