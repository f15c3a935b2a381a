/**
 * `npm run translations`: for every language, the interface texts that are missing or have
 * never been reviewed by a native speaker, and the documents not translated or not reviewed.
 *   npm run translations                       every language
 *   npm run translations -- kk                 one language, every key listed
 *   npm run translations -- review kk --by "Name" [safety quickExit …]
 *                                              marks texts (all, or these sections) reviewed
 */
import fs from "node:fs";
import path from "node:path";
import { contentDir } from "../lib/content/paths";
import { readContent } from "../lib/content/source";
import { DEFAULT_LOCALE, LANGUAGE_NAME, LOCALES, isLocale, type Locale } from "../lib/i18n/config";
import { MESSAGES } from "../lib/i18n/dictionary";
import {
  documentStatus,
  interfaceStatus,
  markReviewed,
  type InterfaceReviews,
} from "../lib/i18n/translation-status";

const reviewsFile = (locale: Locale) => path.join("lib/i18n/reviews", `${locale}.json`);
const readReviews = (locale: Locale): InterfaceReviews =>
  fs.existsSync(reviewsFile(locale))
    ? (JSON.parse(fs.readFileSync(reviewsFile(locale), "utf8")) as InterfaceReviews)
    : { reviewed: {} };

const args = process.argv.slice(2);

if (args[0] === "review") {
  const [, code, ...rest] = args;
  const byIndex = rest.indexOf("--by");
  const by = byIndex >= 0 ? rest[byIndex + 1] : undefined;
  const sections = rest.filter((_, index) => index !== byIndex && index !== byIndex + 1);
  if (!code || !isLocale(code) || code === DEFAULT_LOCALE || !by?.trim()) {
    console.error(
      'Usage: npm run translations -- review <language> --by "Reviewer name" [section …]',
    );
    process.exit(2);
  }
  const today = new Date().toISOString().slice(0, 10);
  const updated = markReviewed(
    readReviews(code),
    MESSAGES[DEFAULT_LOCALE],
    by.trim(),
    today,
    sections,
  );
  fs.writeFileSync(reviewsFile(code), `${JSON.stringify(updated, null, 2)}\n`);
  console.log(
    `Marked ${sections.length ? sections.join(", ") : "every text"} of ${LANGUAGE_NAME[code]} reviewed by ${by.trim()} on ${today} (${reviewsFile(code)}).`,
  );
  process.exit(0);
}

const only = args[0] && isLocale(args[0]) ? args[0] : undefined;
const { documents } = readContent(contentDir());
const list = (items: readonly string[], max: number) =>
  items.length <= max
    ? items.join(", ")
    : `${items.slice(0, max).join(", ")} … and ${items.length - max} more`;

for (const locale of LOCALES) {
  if (locale === DEFAULT_LOCALE || (only && locale !== only)) continue;
  const max = only ? Number.POSITIVE_INFINITY : 6;
  const ui = interfaceStatus(MESSAGES[DEFAULT_LOCALE], MESSAGES[locale], readReviews(locale));
  const safety = ui.unreviewed.filter((key) => key.startsWith("safety.")).length;
  const docs = documentStatus(documents, locale);
  console.log(`\n${LANGUAGE_NAME[locale]} (${locale})`);
  console.log(
    `  Interface: ${ui.total} texts, ${ui.missing.length} missing, ${ui.unreviewed.length} never reviewed by a native speaker, ${ui.stale.length} reviewed before the English changed.`,
  );
  if (ui.missing.length) console.log(`    missing: ${list(ui.missing, max)}`);
  if (ui.unreviewed.length) console.log(`    never reviewed: ${list(ui.unreviewed, max)}`);
  if (ui.stale.length) console.log(`    English changed since the review: ${list(ui.stale, max)}`);
  console.log(`  "Staying safe online" page: ${safety} of its texts never reviewed.`);
  console.log(
    `  Documents: ${docs.translated} of ${docs.originals} translated, ${docs.missing.length} not translated, ${docs.unreviewed.length} translated but never reviewed.`,
  );
  if (docs.missing.length) console.log(`    not translated: ${list(docs.missing, max)}`);
  if (docs.unreviewed.length) console.log(`    never reviewed: ${list(docs.unreviewed, max)}`);
}
