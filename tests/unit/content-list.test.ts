import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentList } from "@/lib/content/content-list";
import { readContent } from "@/lib/content/source";

describe("npm run content:list", () => {
  it("lists every initiative, topic, organisation and country an item can name, with titles", () => {
    const { documents } = readContent(path.resolve("tests/fixtures/content-valid"));
    const text = contentList(documents);
    expect(text).toContain(
      "Initiatives (initiatives:, parent:)\n  global     Global initiative\n  spotlight  Spotlight\n",
    );
    expect(text).toContain("Topics (tags:)\n  prevention  Prevention\n");
    expect(text).toContain("Organisations (signatories:, partners:)\n  un-women  UN Women\n");
    expect(text).toMatch(/^ {2}KZ {2}Kazakhstan$/m);
    // Translations name no new slug.
    expect(text).not.toMatch(/\.ru/);
  });

  it("lists every slug of the bundled content", () => {
    const { documents } = readContent(path.resolve("content"));
    const text = contentList(documents);
    for (const document of documents.filter((item) => item.type !== "news" && !item.locale)) {
      expect(text).toMatch(new RegExp(`^ {2}${document.slug} +\\S`, "m"));
    }
  });
});
