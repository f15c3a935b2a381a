/**
 * The articles of a generated corpus (scripts/generate-corpus.ts: originals named
 * news/item-N.md), read from their files: each one's slug, date and whether it is a draft. In
 * the folder's order. Used by the bench and the integration tests to pick public articles.
 */
import fs from "node:fs";
import path from "node:path";

export type GeneratedArticle = { slug: string; date: string; draft: boolean };

export function generatedArticles(contentDir: string): GeneratedArticle[] {
  const dir = path.join(contentDir, "news");
  return fs
    .readdirSync(dir)
    .filter((file) => /^item-\d+\.md$/.test(file))
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const date = /^date: (\S+)$/m.exec(text)?.[1];
      if (!date) throw new Error(`${path.join(dir, file)}: no date in its front matter`);
      return { slug: file.slice(0, -3), date, draft: /^draft: true$/m.test(text) };
    });
}
