/** What a generated corpus (scripts/generate-corpus.ts) holds, read from its files. */
import fs from "node:fs";
import path from "node:path";
import { copySite, run, type SiteCopy } from "../../scripts/site-copy";

/** Slugs of its public articles on `today` (YYYY-MM-DD), oldest first. */
export function oldestArticleSlugs(contentDir: string, today: string, count: number): string[] {
  const dir = path.join(contentDir, "news");
  return fs
    .readdirSync(dir)
    .filter((file) => /^item-\d+\.md$/.test(file))
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      return {
        slug: file.slice(0, -3),
        date: /^date: (\S+)$/m.exec(text)![1]!,
        draft: /^draft: true$/m.test(text),
      };
    })
    .filter((item) => !item.draft && item.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, count)
    .map((item) => item.slug);
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
