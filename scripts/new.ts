/**
 * `npm run new -- news "Title of the article"` (or initiative, signatory): creates a
 * correctly named file with today's date and every field, ready to fill in.
 */
import fs from "node:fs";
import path from "node:path";
import { contentDir } from "../lib/content/paths";
import { DOCUMENT_TYPES, type DocumentType } from "../lib/content/schema";
import { newDocumentText, slugFromTitle } from "../lib/content/templates";
import { publicationContext } from "../lib/publication";

const [type, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(" ").trim();
const types = Object.keys(DOCUMENT_TYPES) as DocumentType[];

function fail(message: string): never {
  console.error(message);
  console.error(`Usage: npm run new -- ${types.join("|")} "Title or name"`);
  process.exit(1);
}

if (!type || !types.includes(type as DocumentType))
  fail(`Say what to create: ${types.join(", ")}.`);
if (!title) fail("Give the title (or, for a signatory, the name) in quotes.");
const slug = slugFromTitle(title);
if (!slug) fail("The title has no letters or digits to name the file after.");

const file = path.join(contentDir(), DOCUMENT_TYPES[type as DocumentType].folder, `${slug}.md`);
const shown = path.relative(process.cwd(), file);
if (fs.existsSync(file)) fail(`${shown} already exists — choose another title, or edit that file.`);

fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, newDocumentText(type as DocumentType, title, publicationContext().today));
console.log(`Created ${shown}`);
console.log("Fill in the fields, then check it with: npm run content:check");
