import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocuments } from "@/lib/content/check";
import { DOCUMENT_TYPES, type DocumentType } from "@/lib/content/schema";
import { parseSource } from "@/lib/content/source";
import { newDocumentText, slugFromTitle } from "@/lib/content/templates";

const TYPES = Object.keys(DOCUMENT_TYPES) as DocumentType[];

function checkText(type: DocumentType, text: string) {
  const { document, issues } = parseSource(`x/${type}.md`, type, "new-item", text);
  expect(issues).toEqual([]);
  return checkDocuments([document!]);
}

describe("slugFromTitle", () => {
  it("makes file names from titles in any of the region's alphabets", () => {
    expect(slugFromTitle("Joint Statement: 16 Days of Activism 2026")).toBe(
      "joint-statement-16-days-of-activism-2026",
    );
    expect(slugFromTitle("Совместное заявление — ёлка")).toBe("sovmestnoe-zayavlenie-yolka");
    expect(slugFromTitle("Қазақстан: 16 күн")).toBe("qazaqstan-16-kun");
    expect(slugFromTitle("Ўзбекистон ва Тоҷикистон")).toBe("ozbekiston-va-tojikiston");
    expect(slugFromTitle("!!!")).toBe("");
    expect(slugFromTitle("a ".repeat(100)).length).toBeLessThanOrEqual(80);
  });
});

describe("new document templates", () => {
  it.each(TYPES)("a new %s passes the content check as it is", (type) => {
    expect(checkText(type, newDocumentText(type, "A “quoted”: title", "2026-11-23"))).toEqual([]);
  });

  it.each(TYPES)("a new %s lists every field of the contract", (type) => {
    const text = newDocumentText(type, "Title", "2026-11-23");
    for (const field of Object.keys(DOCUMENT_TYPES[type].schema.shape)) {
      expect(text).toMatch(new RegExp(`^#? ?(\\s*)${field}:`, "m"));
    }
  });

  it("refuses to publish a news item that still has the template's text", () => {
    const text = newDocumentText("news", "Title", "2026-11-23").replace("draft: true\n", "");
    const fields = checkText("news", text).map((issue) => issue.field);
    expect(fields).toEqual(["summary", "body"]);
  });
});

describe("npm run new", () => {
  const run = (contentDir: string, ...args: string[]) =>
    spawnSync("npx", ["tsx", "scripts/new.ts", ...args], {
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: "utf8",
    });

  it("creates a correctly named file with today's date, and never overwrites one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "new-"));
    const first = run(dir, "news", "Launch of the Alliance");
    expect(first.status).toBe(0);
    const file = path.join(dir, "news/launch-of-the-alliance.md");
    const text = fs.readFileSync(file, "utf8");
    expect(text).toMatch(/^title: "Launch of the Alliance"$/m);
    expect(text).toMatch(/^date: \d{4}-\d{2}-\d{2}$/m);
    expect(text).toMatch(/^draft: true$/m);

    const again = run(dir, "news", "Launch of the Alliance");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(fs.readFileSync(file, "utf8")).toBe(text);

    expect(run(dir, "poster", "X").stderr).toContain(
      "Say what to create: news, initiative, signatory",
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
