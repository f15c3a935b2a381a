/**
 * `npm run new -- news "Title of the article"` (or initiative, signatory, tag): creates a
 * correctly named file with today's date and every field, ready to fill in.
 * `npm run new -- translation ru content/news/some-article.md`: creates its Russian
 * translation (some-article.ru.md) with the original's words and text to translate.
 */
import fs from "node:fs";
import path from "node:path";
import { TRANSLATION_LOCALES, isLocale } from "../lib/i18n/config";
import { contentDir } from "../lib/content/paths";
import { DOCUMENT_TYPES, type DocumentType } from "../lib/content/schema";
import { documentFileName, parseSource } from "../lib/content/source";
import {
  newDocumentText,
  slugFromTitle,
  slugLikeFolder,
  translationText,
} from "../lib/content/templates";
import { publicationContext } from "../lib/publication";

const [type, ...rest] = process.argv.slice(2);
const types = Object.keys(DOCUMENT_TYPES) as DocumentType[];

function fail(message: string): never {
  console.error(message);
  console.error(`Usage: npm run new -- ${types.join("|")} "Title or name"`);
  console.error(
    `       npm run new -- translation ${TRANSLATION_LOCALES.join("|")} content/news/file-name.md`,
  );
  process.exit(1);
}

function create(file: string, text: string, next: string) {
  const shown = path.relative(process.cwd(), file);
  if (fs.existsSync(file)) fail(`${shown} already exists — edit that file instead.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`Created ${shown}`);
  console.log(next);
}

if (type === "translation") {
  const [locale, original] = rest;
  if (!locale || !isLocale(locale) || !TRANSLATION_LOCALES.includes(locale)) {
    fail(`Say which language to translate into: ${TRANSLATION_LOCALES.join(", ")}.`);
  }
  if (!original || !fs.existsSync(original)) fail("Give the path of the original file.");
  const folder = path.basename(path.dirname(path.resolve(original)));
  const documentType = types.find((candidate) => DOCUMENT_TYPES[candidate].folder === folder);
  const name = documentFileName(path.basename(original));
  if (!documentType || "problem" in name || name.locale) {
    fail(
      `${original} is not an original document in ${types.map((t) => `content/${DOCUMENT_TYPES[t].folder}/`).join(", ")}.`,
    );
  }
  const { document, issues } = parseSource(
    path.relative(process.cwd(), path.resolve(original)),
    documentType,
    name.slug,
    fs.readFileSync(original, "utf8"),
  );
  if (!document) fail(issues.map((issue) => issue.message).join("\n"));
  create(
    path.join(path.dirname(path.resolve(original)), `${name.slug}.${locale}.md`),
    translationText(document, locale),
    "Translate the fields and the text, then check it with: npm run content:check",
  );
} else {
  const title = rest.join(" ").trim();
  if (!type || !types.includes(type as DocumentType)) {
    fail(`Say what to create: ${types.join(", ")}, or a translation.`);
  }
  if (!title) fail("Give the title (or, for a signatory, the name) in quotes.");
  const folder = path.join(contentDir(), DOCUMENT_TYPES[type as DocumentType].folder);
  const existing = fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .map((file) => documentFileName(file))
        .flatMap((name) => ("slug" in name && !name.locale ? [name.slug] : []))
    : [];
  const slug = slugLikeFolder(slugFromTitle(title), existing);
  if (!slug) fail("The title has no letters or digits to name the file after.");
  create(
    path.join(folder, `${slug}.md`),
    newDocumentText(type as DocumentType, title, publicationContext().today),
    "Fill in the fields, then check it with: npm run content:check",
  );
}
