/**
 * Reads the content folder into source documents: the parsed front matter with the
 * line of every field (so messages can point editors at the right line), and the body.
 */
import fs from "node:fs";
import path from "node:path";
import { isMap, isPair, isScalar, parseDocument, type Document } from "yaml";
import { DEFAULT_LOCALE, TRANSLATION_LOCALES, isLocale, type Locale } from "../i18n/config";
import { languageForEditors, type ContentIssue } from "./issues";
import { lineEndingProblem, withoutByteOrderMark } from "./line-endings";
import { KIND_NAMES, isMediaFileName } from "./media";
import { parseDocumentFileName } from "./paths";
import { yamlMessage } from "./yaml-messages";
import {
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_NAMES,
  SLUG_PATTERN,
  typeOfFolder,
  type DocumentType,
} from "./schema";

export type SourceDocument = {
  type: DocumentType;
  slug: string;
  /** The language of a translation (<slug>.ru.md); undefined for an original (<slug>.md). */
  locale?: Locale;
  /** Path shown to editors, relative to the working directory, e.g. content/news/foo.md */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  /** Line of a front-matter field (or list item) in the file, if it is present. */
  lineOf: (fieldPath: ReadonlyArray<PropertyKey>) => number | undefined;
};

/** A document file that could not be read (no front matter, or YAML that does not parse). */
export type UnreadableFile = { type: DocumentType; slug: string; locale?: Locale; file: string };

export type ReadResult = {
  documents: SourceDocument[];
  issues: ContentIssue[];
  /** Files reported once, as unreadable: references to them say so, not "does not exist". */
  unreadable: UnreadableFile[];
  /** Media files beside the documents, relative to the content folder (news/launch/photo.jpg). */
  media: string[];
};


const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Parses one Markdown file's text. `file` is only used in messages. A file with carriage
 * returns is reported (line-endings.ts) and read as if saved with LF, so its other mistakes
 * are reported too; without a document, the file could not be read at all.
 */
export function parseSource(
  file: string,
  type: DocumentType,
  slug: string,
  rawText: string,
  locale?: Locale,
): { document?: SourceDocument; issues: ContentIssue[] } {
  const withoutBom = withoutByteOrderMark(rawText);
  const lineEndings = lineEndingProblem(withoutBom);
  const endingIssues: ContentIssue[] = lineEndings ? [{ file, ...lineEndings }] : [];
  const text = lineEndings ? withoutBom.replace(/\r\n?/g, "\n") : withoutBom;
  const parsed = parseText(file, type, slug, text, locale);
  return { ...parsed, issues: [...endingIssues, ...parsed.issues] };
}

function parseText(
  file: string,
  type: DocumentType,
  slug: string,
  text: string,
  locale?: Locale,
): { document?: SourceDocument; issues: ContentIssue[] } {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return {
      issues: [
        {
          file,
          line: 1,
          message:
            "has no front matter — start the file with a line of three hyphens (---), then the fields (title: …), then another line of ---",
        },
      ],
    };
  }
  const yamlText = match[1] ?? "";
  // The YAML starts on line 2 (line 1 is the opening ---).
  const yamlLine = (offset: number) => lineAt(yamlText, offset) + 1;
  const yaml: Document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const [error] = yaml.errors;
  if (error) {
    // One message: the first error; the parser's later ones follow from it.
    const line = yamlLine(error.pos[0]);
    return {
      issues: [{ file, line, message: yamlMessage(error, text.split("\n")[line - 1] ?? "") }],
    };
  }
  const data: unknown = yaml.toJS();
  if (data !== null && (typeof data !== "object" || Array.isArray(data))) {
    return {
      issues: [
        {
          file,
          line: 2,
          message: "the front matter must be a list of fields written as `name: value`",
        },
      ],
    };
  }

  const lineOf = (fieldPath: ReadonlyArray<PropertyKey>): number | undefined => {
    // For a key, point at the key itself (works for unknown keys too).
    let node: unknown = yaml.contents;
    for (const [index, key] of fieldPath.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) return undefined;
        if (index === fieldPath.length - 1) {
          const keyNode = pair.key as { range?: [number, number, number] };
          return keyNode.range ? yamlLine(keyNode.range[0]) : undefined;
        }
        node = pair.value;
      } else if (node && typeof node === "object" && "items" in node && typeof key === "number") {
        node = (node as { items: unknown[] }).items[key];
        if (index === fieldPath.length - 1) {
          const range = (node as { range?: [number, number, number] } | undefined)?.range;
          return range ? yamlLine(range[0]) : undefined;
        }
      } else {
        return undefined;
      }
    }
    return undefined;
  };

  const bodyStart = match[0].length;
  return {
    document: {
      type,
      slug,
      ...(locale ? { locale } : {}),
      file,
      data: (data ?? {}) as Record<string, unknown>,
      body: text.slice(bodyStart),
      bodyLine: lineAt(text, bodyStart),
      lineOf,
    },
    issues: [],
  };
}

const MEDIA_HELP = `pictures: ${KIND_NAMES.picture.list}; documents: ${KIND_NAMES.document.list}`;

const SLUG_HELP =
  "use only lowercase letters, digits and single hyphens, ending in .md, e.g. content/news/alliance-launch-2023.md";

const TRANSLATION_HELP = TRANSLATION_LOCALES.length
  ? `a translation is named after its original with the language code before .md: ${TRANSLATION_LOCALES.map((code) => `.${code}.md (${languageForEditors(code)})`).join(", ")}`
  : "this site has one language, so it has no translations";

/**
 * The slug and language of a content file, or the problem with its name. An original is
 * <slug>.md; a translation <slug>.<code>.md, where <code> is one of the site's languages
 * other than the default (whose text is the original itself).
 */
export function documentFileName(
  name: string,
): { slug: string; locale?: Locale } | { problem: string } {
  const parsed = parseDocumentFileName(name);
  if (!parsed || !SLUG_PATTERN.test(parsed.slug)) {
    return { problem: `"${name}" is not a valid file name — ${SLUG_HELP}` };
  }
  if (parsed.code === undefined) return { slug: parsed.slug };
  if (parsed.code === DEFAULT_LOCALE) {
    return {
      problem: `"${name}": the ${languageForEditors(DEFAULT_LOCALE)} text is the original itself — name the file ${parsed.slug}.md (${TRANSLATION_HELP})`,
    };
  }
  if (!isLocale(parsed.code)) {
    return {
      problem: `"${name}": "${parsed.code}" is not a language of this site — ${TRANSLATION_HELP}; a new language is added first, by a developer (docs/adding-a-language.md)`,
    };
  }
  return { slug: parsed.slug, locale: parsed.code };
}

/** Reads every document under `root`; files in the wrong place are reported, not skipped. */
export function readContent(root: string, cwd: string = process.cwd()): ReadResult {
  const documents: SourceDocument[] = [];
  const issues: ContentIssue[] = [];
  const unreadable: UnreadableFile[] = [];
  const media: string[] = [];
  const shown = (absolute: string) => path.relative(cwd, absolute) || absolute;

  if (!fs.existsSync(root)) {
    return {
      documents,
      issues: [{ file: shown(root), message: "the content folder does not exist" }],
      unreadable,
      media,
    };
  }
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const absolute = path.join(root, entry.name);
    if (entry.name.startsWith(".") || entry.name.toLowerCase() === "readme.md") continue;
    const type = entry.isDirectory() ? typeOfFolder(entry.name) : undefined;
    if (!type) {
      issues.push({
        file: shown(absolute),
        message: `is not in a known folder — put documents in ${DOCUMENT_TYPE_NAMES.map((known) => `content/${DOCUMENT_TYPES[known].folder}/`).join(", ")}`,
      });
      continue;
    }
    for (const item of fs.readdirSync(absolute, { withFileTypes: true })) {
      const itemPath = path.join(absolute, item.name);
      if (item.name.startsWith(".")) continue;
      if (item.isDirectory()) {
        // A folder of media beside the documents (news/<slug>/photo.jpg), one level deep.
        for (const inner of fs.readdirSync(itemPath, { withFileTypes: true })) {
          if (inner.name.startsWith(".")) continue;
          const innerPath = path.join(itemPath, inner.name);
          if (inner.isFile() && isMediaFileName(inner.name)) {
            media.push(`${entry.name}/${item.name}/${inner.name}`);
          } else {
            issues.push({
              file: shown(innerPath),
              message: `only pictures and documents may be in a folder inside ${entry.name}/ (${MEDIA_HELP}) — move Markdown files up one level, and folders out`,
            });
          }
        }
        continue;
      }
      if (!item.isFile()) continue;
      if (isMediaFileName(item.name)) {
        media.push(`${entry.name}/${item.name}`);
        continue;
      }
      if (!item.name.endsWith(".md")) {
        issues.push({
          file: shown(itemPath),
          message: `is neither a Markdown document (.md) nor a file this site accepts (${MEDIA_HELP}) — convert it, or remove it`,
        });
        continue;
      }
      const name = documentFileName(item.name);
      if ("problem" in name) {
        issues.push({ file: shown(itemPath), message: name.problem });
        continue;
      }
      const parsed = parseSource(
        shown(itemPath),
        type,
        name.slug,
        fs.readFileSync(itemPath, "utf8"),
        name.locale,
      );
      issues.push(...parsed.issues);
      if (parsed.document) documents.push(parsed.document);
      else unreadable.push({ type, slug: name.slug, ...(name.locale ? { locale: name.locale } : {}), file: shown(itemPath) });
    }
  }
  return { documents, issues, unreadable, media };
}
