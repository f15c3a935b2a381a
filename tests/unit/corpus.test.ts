import { describe, expect, it } from "vitest";
import { contentlayerFields } from "@/lib/content/contentlayer-fields";
import { ContentError, buildCorpus } from "@/lib/content/corpus";
import { DOCUMENT_TYPES } from "@/lib/content/schema";
import { news, record } from "./fixtures";

describe("Contentlayer fields derived from the contract", () => {
  it("declares every news field with its coarse type and whether it is required", () => {
    const fields = contentlayerFields(DOCUMENT_TYPES.news.schema);
    expect(Object.keys(fields)).toEqual(Object.keys(DOCUMENT_TYPES.news.schema.shape));
    expect(fields.title).toEqual({ type: "string", required: true });
    expect(fields.category).toEqual({
      type: "enum",
      options: ["press-release", "news", "statement"],
      required: true,
    });
    expect(fields.signatories).toEqual({ type: "list", of: { type: "string" }, required: false });
    expect(fields.contacts).toEqual({ type: "json", required: false });
    expect(fields.source).toEqual({ type: "json", required: false });
    expect(fields.draft).toEqual({ type: "boolean", required: false });
  });

  it("declares initiative years as numbers", () => {
    expect(contentlayerFields(DOCUMENT_TYPES.initiative.schema).started).toEqual({
      type: "number",
      required: false,
    });
  });
});

describe("buildCorpus", () => {
  it("refuses invalid records with the file, field and reason, instead of rendering them", () => {
    const build = () =>
      buildCorpus({
        initiative: [],
        signatory: [],
        news: [
          news("bad-date", { date: "2021-13-01" }),
          news("unsigned", { date: "2021-01-01", category: "statement" }),
        ],
      });
    expect(build).toThrow(ContentError);
    try {
      build();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('content/news/bad-date.md  date: "2021-13-01" is not a date');
      expect(message).toContain(
        "content/news/unsigned.md  signatories: a statement needs at least one signatory",
      );
    }
  });

  it("refuses references to documents that do not exist", () => {
    expect(() =>
      buildCorpus({
        news: [],
        signatory: [],
        initiative: [
          record("initiative", "child", { title: "C", summary: "S", parent: "missing" }),
        ],
      }),
    ).toThrow(/content\/initiatives\/child.md  parent: "missing" is not an initiative/);
  });

  it("keeps the sanitised HTML and the slug from the file name", () => {
    const corpus = buildCorpus({
      initiative: [],
      signatory: [],
      news: [news("a-slug", { date: "2021-01-01" })],
    });
    expect(corpus.newsBySlug.get("a-slug")).toMatchObject({
      slug: "a-slug",
      html: "<p>Body text.</p>",
      sourcePath: "news/a-slug.md",
      date: "2021-01-01",
    });
  });
});
