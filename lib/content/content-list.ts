/**
 * `npm run content:list`: the names editors may write in a news item's `initiatives`, `tags`
 * and `signatories` lists and its `countries`, each with its title, from the content itself.
 */
import type { SourceDocument } from "./source";
import type { DocumentType } from "./schema";

/** The region's countries, listed first; any other two-letter code is valid too. */
const REGION = ["KZ", "KG", "TJ", "TM", "UZ", "AF"];

const SECTIONS: ReadonlyArray<{ type: DocumentType; heading: string; field: string }> = [
  { type: "initiative", heading: "Initiatives (initiatives:, parent:)", field: "title" },
  { type: "tag", heading: "Topics (tags:)", field: "title" },
  { type: "signatory", heading: "Organisations (signatories:, partners:)", field: "name" },
];

function table(rows: ReadonlyArray<[string, string]>): string[] {
  const width = Math.max(0, ...rows.map(([slug]) => slug.length));
  return rows.map(([slug, title]) => `  ${slug.padEnd(width)}  ${title}`);
}

export function contentList(documents: readonly SourceDocument[]): string {
  const lines: string[] = [];
  for (const { type, heading, field } of SECTIONS) {
    const rows = documents
      .filter((document) => document.type === type && !document.locale)
      .map((document): [string, string] => [document.slug, String(document.data[field] ?? "")])
      .sort(([a], [b]) => a.localeCompare(b));
    lines.push(heading, ...table(rows), "");
  }
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  const used = documents.flatMap((document) => {
    const { countries, country } = document.data;
    return [...(Array.isArray(countries) ? countries : []), country].filter(
      (code): code is string => typeof code === "string",
    );
  });
  const codes = [...REGION, ...[...new Set(used)].filter((code) => !REGION.includes(code)).sort()];
  lines.push(
    "Countries (countries:, country:) — any two-letter ISO code; the region's and those in use:",
    ...table(codes.map((code) => [code, names.of(code) ?? code])),
  );
  return lines.join("\n");
}
