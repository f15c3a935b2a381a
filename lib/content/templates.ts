/**
 * Starting files for `npm run new`: every field present, optional ones commented out,
 * each with a short explanation, so an editor starts from a file that already passes
 * the content check. New items start as drafts.
 */
import { stringify } from "yaml";
import type { Locale } from "../i18n/config";
import { slugFromText } from "../slugs";
import { languageForEditors } from "./issues";
import {
  DOCUMENT_TYPES,
  LIMITS,
  NEWS_CATEGORIES,
  SIGNATORY_KINDS,
  type DocumentType,
} from "./schema";
import type { SourceDocument } from "./source";

/** A file name from a title, in Latin letters: "Қазақстан: 16 күн" → "qazaqstan-16-kun". */
export const slugFromTitle = slugFromText;

const quote = (text: string) => JSON.stringify(text);

/** Small words that files of a kind leave out after their shared first word. */
const FILLER_WORDS = new Set(["of", "the", "in", "for", "to"]);

/**
 * A new file's name in the pattern its folder already follows: where at least two files
 * start with the same word ("embassy-canada", "embassy-france"), a new one that starts with
 * it too leaves out the small words after it ("Embassy of Japan" → embassy-japan, not
 * embassy-of-japan).
 */
export function slugLikeFolder(slug: string, existing: readonly string[]): string {
  const [first, ...rest] = slug.split("-");
  if (!first || rest.length === 0) return slug;
  const sharing = existing.filter((other) => other.startsWith(`${first}-`)).length;
  if (sharing < 2) return slug;
  const kept = rest.filter((word) => !FILLER_WORDS.has(word));
  return kept.length > 0 ? [first, ...kept].join("-") : slug;
}

/**
 * Template text that must be replaced before an item is published: the values of the
 * template's fields (commented-out ones too, which an editor may uncomment) and each line of
 * its text (placeholder-rules.ts refuses any of them, and any example address).
 */
export const PLACEHOLDERS = {
  summary: "Write the summary here.",
  body: "Write the text here.",
  bodyHint: "Leave an empty line between paragraphs.",
  subheading: "## A subheading",
  moreText: "More text, with a [link](https://www.example.org).",
  initiativeBody: "Describe the initiative here.",
  signatoryBody: "One or two sentences about the organisation.",
  tagSummary: "What this topic covers.",
  sourceName: "The publisher's name",
  sourceTitle: "The original headline, word for word",
  shortName: "Short name",
  alt: "What the picture shows",
  credit: "Photographer or organisation",
  contactName: "Full Name",
  contactOrganisation: "Organisation",
} as const;

/** The addresses templates give as examples: never a real page. */
export const EXAMPLE_DOMAINS = ["example.org", "example.com", "example.net"] as const;

export function newDocumentText(type: DocumentType, title: string, today: string): string {
  switch (type) {
    case "news":
      return `---
# The headline (at most ${LIMITS.title} characters).
title: ${quote(title)}
# The date of the event or statement this item reports, YYYY-MM-DD. A future date
# publishes the item on that day.
date: ${today}
# If the date is not stated in the source (e.g. an undated statement), say how it is known.
# dateNote: "Undated in the original; dated from its content"
# One or two sentences for lists, feeds and link previews (at most ${LIMITS.summary} characters).
summary: ${quote(PLACEHOLDERS.summary)}
# One of: ${NEWS_CATEGORIES.join(", ")}
category: press-release
# Remove this line (or write false) when the item is ready to publish.
draft: true
# The city, e.g. Almaty.
# location: Almaty
# Initiatives this item is about: file names in content/initiatives/, without .md
# (npm run content:list shows every initiative, topic, organisation and country).
# initiatives:
#   - spotlight-initiative
# For a statement: who signed, in order (file names in content/signatories/).
# signatories:
#   - un-women
# Countries concerned, as two-letter codes (KZ, KG, TJ, TM, UZ …).
# countries:
#   - KZ
# Topics: file names in content/tags/, without .md (npm run content:list shows them all).
# tags:
#   - domestic-violence
# Where the facts come from (required for a press release or a statement): the publisher,
# the original's headline word for word, the day the source published it (YYYY-MM-DD; if it
# is undated, leave published out and write a dateNote) and its address.
source:
  name: ${quote(PLACEHOLDERS.sourceName)}
  title: ${quote(PLACEHOLDERS.sourceTitle)}
  published: ${today}
  url: https://www.example.org
# A photo saved beside this file (at least 1200 pixels wide, no location in it), with a
# description of what it shows, an optional caption and who took it.
# image:
#   src: ./example.jpg
#   alt: ${PLACEHOLDERS.alt}
#   caption: What happened, where and when
#   credit: ${PLACEHOLDERS.credit}
# Documents to download, saved beside this file (PDF, DOCX, XLSX or ODT); language if it is
# not English.
# documents:
#   - title: Joint statement
#     src: ./example.pdf
#     language: ru
# Media contacts.
# contacts:
#   - name: ${PLACEHOLDERS.contactName}
#     role: Communications Officer
#     organisation: ${PLACEHOLDERS.contactOrganisation}
#     phone: "+7 700 000 0000"
#     email: name@example.org
# Date of a significant correction, YYYY-MM-DD (not before date).
# updated: ${today}
# Former file names (without .md) after a rename, so old links keep working.
# aliases:
#   - old-file-name
---

${PLACEHOLDERS.body} ${PLACEHOLDERS.bodyHint}

${PLACEHOLDERS.subheading}

${PLACEHOLDERS.moreText}
`;
    case "initiative":
      return `---
# The full name (at most ${LIMITS.title} characters).
title: ${quote(title)}
# One or two sentences (at most ${LIMITS.summary} characters).
summary: ${quote(PLACEHOLDERS.summary)}
# The short name people use.
# shortName: ${PLACEHOLDERS.shortName}
# The year it started.
# started: ${today.slice(0, 4)}
# The initiative it belongs to: a file name in content/initiatives/, without .md.
# parent: spotlight-initiative
# Partner organisations: file names in content/signatories/, without .md.
# partners:
#   - un-women
# Its website, starting with https://
# website: https://www.example.org
# Former file names (without .md) after a rename, so old links keep working.
# aliases:
#   - old-file-name
---

${PLACEHOLDERS.initiativeBody}
`;
    case "signatory":
      return `---
# The organisation's name as it signs.
name: ${quote(title)}
# One of: ${SIGNATORY_KINDS.join(", ")}
kind: embassy
# The country it represents, as a two-letter code (leave out for international bodies).
# country: KZ
# Its website, starting with https://
# website: https://www.example.org
# Former file names (without .md) after a rename, so old links keep working.
# aliases:
#   - old-file-name
---

${PLACEHOLDERS.signatoryBody}
`;
    case "tag":
      return `---
# The topic's name as readers see it. News items name it in \`tags\` by this file's
# name without .md, e.g. tags: [${slugFromText(title)}]
title: ${quote(title)}
# One or two sentences shown at the top of the topic's page (at most ${LIMITS.summary} characters).
# summary: ${PLACEHOLDERS.tagSummary}
---
`;
  }
}

/**
 * The starting file of a translation: the original's own words (title, summary, …) and its
 * text, to be replaced by the translation. The fields a translation shares with its
 * original (date, signatories, …) are left out: they are taken from the original. A news
 * translation starts as a draft, so the original shows until the translation is ready.
 */
export function translationText(original: SourceDocument, locale: Locale): string {
  const language = languageForEditors(locale);
  const fields: Record<string, unknown> = {};
  const { translated, sharedInside } = DOCUMENT_TYPES[original.type];
  const shared: Readonly<Record<string, readonly string[]>> = sharedInside;
  for (const field of translated) {
    const value = original.data[field];
    if (value === undefined || field === "draft" || field === "updated") continue;
    // The parts of a field that stay the original's (a picture's file, a source's address)
    // are left out; the words are copied, to be translated.
    fields[field] = shared[field]
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).filter(
            ([key]) => !shared[field]!.includes(key),
          ),
        )
      : value;
  }
  const draft =
    original.type === "news"
      ? "# Until this line is removed the site shows the original; remove it when the translation is ready.\ndraft: true\n"
      : "";
  return `---
# The ${language} translation of ${original.file}: translate each value below, and the text
# under the closing line of hyphens. The fields it shares with the original (dates,
# category, signatories, initiatives, countries, topics, …) are taken from the original.
${draft}${stringify(fields, { lineWidth: 0 })}---
${original.body.startsWith("\n") ? "" : "\n"}${original.body}`;
}
