import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROCESS_TEST_TIMEOUT } from "../timeouts";
import { checkDocuments } from "@/lib/content/check";
import { DOCUMENT_TYPES, type DocumentType } from "@/lib/content/schema";
import { parseSource } from "@/lib/content/source";
import {
  PLACEHOLDERS,
  newDocumentText,
  slugFromTitle,
  slugLikeFolder,
  translationText,
} from "@/lib/content/templates";

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

describe("slugLikeFolder", () => {
  const embassies = ["embassy-canada", "embassy-france", "un-women"];

  it("follows the folder's pattern: Embassy of Japan is embassy-japan beside embassy-canada", () => {
    expect(slugLikeFolder(slugFromTitle("Embassy of Japan"), embassies)).toBe("embassy-japan");
    expect(slugLikeFolder(slugFromTitle("Embassy of the United States"), embassies)).toBe(
      "embassy-united-states",
    );
  });

  it("keeps the name as it is where no pattern is shared", () => {
    expect(slugLikeFolder("office-of-the-ombudsman", embassies)).toBe("office-of-the-ombudsman");
    expect(slugLikeFolder("embassy-of-japan", ["embassy-canada"])).toBe("embassy-of-japan");
    expect(slugLikeFolder("embassy", embassies)).toBe("embassy");
  });
});

/** A template as an editor fills it in: every template text and example address replaced. */
function filled(text: string): string {
  return Object.values(PLACEHOLDERS)
    .reduce((result, placeholder) => result.replaceAll(placeholder, "Real text."), text)
    .replaceAll("https://www.example.org", "https://www.unwomen.org")
    .replace("draft: true\n", "");
}

describe("new document templates", () => {
  it.each(TYPES)(
    "a new %s is refused only for its template text, and passes once that is replaced",
    (type) => {
      const text = newDocumentText(type, "A “quoted”: title", "2026-11-23");
      const issues = checkText(type, text);
      for (const issue of issues) {
        expect(issue.message).toMatch(/^(still has the template text|is the template's example)/);
      }
      expect(checkText(type, filled(text))).toEqual([]);
    },
  );

  it("a new news item starts as a draft, which may keep the template's text", () => {
    expect(checkText("news", newDocumentText("news", "Title", "2026-11-23"))).toEqual([]);
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
    expect(fields).toEqual([
      "summary",
      "source.name",
      "source.title",
      "source.url",
      "body",
      "body",
      "body",
    ]);
  });
});

describe("translation templates", () => {
  const original = (type: DocumentType, text: string) =>
    parseSource(`content/${DOCUMENT_TYPES[type].folder}/item.md`, type, "item", text).document!;
  const article = original(
    "news",
    [
      "---",
      "title: Alliance launched",
      "date: 2023-06-27",
      "summary: Partners met.",
      "category: news",
      "location: Almaty",
      "countries:",
      "  - KZ",
      "source:",
      "  name: The Astana Times",
      "  title: Alliance launches",
      "  published: 2023-06-28",
      "  url: https://astanatimes.com",
      "image:",
      "  src: /images/launch.jpg",
      "  alt: Speakers at the launch",
      "---",
      "",
      "The text.",
      "",
    ].join("\n"),
  );

  it("copies the original's own words and text, leaving out what the two share", () => {
    const text = translationText(article, "ru");
    expect(text).toMatch(/^# The Russian translation of content\/news\/item\.md/m);
    expect(text).toMatch(/^title: Alliance launched$/m);
    expect(text).toMatch(/^location: Almaty$/m);
    expect(text).toMatch(/^source:\n {2}name: The Astana Times$/m);
    expect(text).toMatch(/^image:\n {2}alt: Speakers at the launch$/m);
    expect(text).not.toMatch(/date:|category:|countries:|url:|src:/);
    expect(text).toMatch(/^draft: true$/m);
    expect(text.endsWith("\nThe text.\n")).toBe(true);
  });

  it.each(TYPES)(
    "a new translation of a %s passes the content check beside its original",
    (type) => {
      // An editor replaces every template text before publishing.
      const base = original(type, filled(newDocumentText(type, "Title", "2026-11-23")));
      const translation = parseSource(
        `content/x/item.ru.md`,
        type,
        "item",
        translationText(base, "ru"),
        "ru",
      ).document!;
      expect(checkDocuments([base, translation])).toEqual([]);
    },
  );
});

describe("npm run new", () => {
  const run = (contentDir: string, ...args: string[]) =>
    spawnSync("npx", ["tsx", "scripts/new.ts", ...args], {
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: "utf8",
    });

  it(
    "creates a correctly named file with today's date, and never overwrites one",
    { timeout: PROCESS_TEST_TIMEOUT },
    () => {
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
        "Say what to create: news, initiative, signatory, tag, or a translation",
      );
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );

  it("creates a translation beside its original", { timeout: PROCESS_TEST_TIMEOUT }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "new-"));
    expect(run(dir, "signatory", "Embassy of Japan").status).toBe(0);
    const original = path.join(dir, "signatories/embassy-of-japan.md");
    const created = run(dir, "translation", "ru", original);
    expect(created.status).toBe(0);
    const text = fs.readFileSync(path.join(dir, "signatories/embassy-of-japan.ru.md"), "utf8");
    expect(text).toMatch(/^name: Embassy of Japan$/m);
    expect(run(dir, "translation", "fr", original).stderr).toContain(
      "Say which language to translate into: ru, kk, ky, uz, tg, tk",
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
