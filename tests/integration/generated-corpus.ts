/** What a generated corpus (scripts/generate-corpus.ts) holds, read from its files. */
import { generatedArticles } from "../../scripts/corpus-articles";
import { copySite, run, type SiteCopy } from "../../scripts/site-copy";

/** Slugs of its public articles on `today` (YYYY-MM-DD), oldest first. */
export function oldestArticleSlugs(contentDir: string, today: string, count: number): string[] {
  return generatedArticles(contentDir)
    .filter((article) => !article.draft && article.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, count)
    .map((article) => article.slug);
}

/** A copy of the site (scripts/site-copy.ts) with a generated corpus of `docs` documents. */
export function siteWithGeneratedCorpus(docs: number): SiteCopy {
  const site = copySite();
  run(
    "npx",
    ["tsx", "scripts/generate-corpus.ts", "--docs", String(docs), "--out", site.contentDir],
    site.dir,
  );
  return site;
}
