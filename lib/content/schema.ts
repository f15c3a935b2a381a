/**
 * The content contract: the single place that says what a valid front matter is.
 *
 * The content check (scripts/content-check.ts), the Contentlayer configuration
 * (contentlayer.config.ts derives its field list from these schemas) and the
 * runtime corpus (lib/corpus.ts) all use these schemas; no rule is written twice.
 */
import countries from "i18n-iso-countries";
import { z } from "zod";
import { FOLDERS } from "./folders";
import { altProblem, mediaPathProblem, type MediaKind } from "./media";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LIMITS = { title: 200, summary: 300, dateNote: 160 } as const;

export const NEWS_CATEGORIES = ["press-release", "news", "statement"] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

export const SIGNATORY_KINDS = [
  "embassy",
  "delegation",
  "un-agency",
  "intergovernmental",
  "government",
  "civil-society",
] as const;
export type SignatoryKind = (typeof SIGNATORY_KINDS)[number];

const requiredText = (field: string) =>
  z
    .string({ error: `must be text, e.g. ${field}: My text` })
    .refine((value) => value.trim().length > 0, { error: "is empty — write some text" });

const limitedText = (field: keyof typeof LIMITS) =>
  requiredText(field).refine((value) => value.length <= LIMITS[field], {
    error: (issue) =>
      `is ${String(issue.input).length - LIMITS[field]} characters too long (${String(issue.input).length} of at most ${LIMITS[field]}) — shorten it`,
  });

const optionalText = (example: string) =>
  z.string({ error: `must be text, e.g. ${example}` }).refine((value) => value.trim().length > 0, {
    error: "is empty — write a value or delete the line",
  });

/** A real calendar date written as YYYY-MM-DD (2021-02-30 is refused): zod's ISO date. */
const calendarDate = z.iso.date({
  error: (issue) =>
    typeof issue.input === "string"
      ? `"${issue.input}" is not a date — write it as YYYY-MM-DD, e.g. 2021-06-21`
      : "is not a date — write it as YYYY-MM-DD, e.g. 2021-06-21",
});

export const slug = z
  .string({ error: "must be a slug (the file name without .md), e.g. un-women" })
  .regex(SLUG_PATTERN, {
    error: (issue) =>
      `"${String(issue.input)}" is not a valid slug — use lowercase letters, digits and single hyphens, e.g. un-women`,
  });

const slugList = z.array(slug, { error: "must be a list, one slug per line starting with '- '" });

/** Former slugs of a renamed file; their old addresses redirect to the new one (alias-rules.ts). */
const aliasList = z
  .array(
    z
      .string({ error: "must be a former file name without .md, e.g. old-file-name" })
      .regex(SLUG_PATTERN, {
        error: (issue) =>
          `"${String(issue.input)}" is not a valid former address — write the old file name without .md: lowercase letters, digits and single hyphens, e.g. old-file-name`,
      }),
    { error: "must be a list of former file names, one per line starting with '- '" },
  )
  .optional();

const countryCode = z
  .string({ error: "must be a two-letter country code, e.g. KZ" })
  .refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), {
    error: (issue) =>
      `"${String(issue.input)}" is not an ISO 3166-1 country code — use two capital letters, e.g. KZ for Kazakhstan`,
  });

const webUrl = z
  .string({ error: "must be a web address starting with https://" })
  .refine((value) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value) && URL.canParse(value), {
    error: (issue) =>
      `"${String(issue.input)}" is not a web address — write the full address, e.g. https://www.unwomen.org`,
  });

const email = z.email({
  error: (issue) => `"${String(issue.input)}" is not an e-mail address, e.g. name@example.org`,
});

const year = z
  .number({ error: "must be a year written as a number, e.g. 2020" })
  .int({ error: "must be a whole year, e.g. 2020" })
  .min(1900, { error: "must be a year after 1900" })
  .max(2100, { error: "must be a year before 2100" });

/**
 * Where an item's facts come from: the publisher, the original's headline, the day the
 * source published it and, where it is online, its address. Press releases and statements
 * must name one (newsFrontMatter); see "Facts and sources" in CONTRIBUTING.md.
 */
const sourceSchema = z.strictObject(
  {
    name: requiredText("name"),
    title: requiredText("title"),
    published: calendarDate.optional(),
    url: webUrl.optional(),
  },
  {
    error:
      "must have name (the publisher), title (the original headline) and, where known, published (YYYY-MM-DD) and url, each on its own indented line",
  },
);

/** Categories whose items reproduce someone else's words, so they must cite the original. */
export const CATEGORIES_NEEDING_SOURCE: readonly NewsCategory[] = ["press-release", "statement"];

/** A file beside the Markdown file (`./photo.jpg`, `./<slug>/photo.jpg`); see lib/content/media.ts. */
const mediaPath = (kind: MediaKind) =>
  requiredText("src").superRefine((value, context) => {
    const problem = mediaPathProblem(value, kind);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

/**
 * What a picture shows, for readers who cannot see it: it must describe, not say "image" (its
 * file's name is compared by the media rules, which know the file).
 */
const altText = requiredText("alt").superRefine((value, context) => {
  const problem = altProblem(value);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

/** A picture: its file, what it shows, a caption and who took it. */
const imageSchema = z.strictObject(
  {
    src: mediaPath("picture"),
    alt: altText,
    caption: optionalText("caption: Speakers at the launch").optional(),
    credit: optionalText("credit: UN Women").optional(),
  },
  { error: "must have src and alt (each on its own indented line)" },
);

/** A language code (ISO 639-1), e.g. ru, that Intl knows the name of. */
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
const languageCode = z
  .string({ error: "must be a language code, e.g. ru" })
  .refine((code) => /^[a-z]{2,3}$/.test(code) && languageNames.of(code) !== undefined, {
    error: (issue) =>
      `"${String(issue.input)}" is not a language code — use two lowercase letters, e.g. en for English, ru for Russian, kk for Kazakh`,
  });

/** A document offered for download: its title, its file and, if not the item's, its language. */
const documentSchema = z.strictObject(
  {
    title: requiredText("title"),
    src: mediaPath("document"),
    language: languageCode.optional(),
  },
  { error: "each document needs a title and a src, each on its own indented line" },
);

const newsFields = z.strictObject({
  title: limitedText("title"),
  date: calendarDate,
  summary: limitedText("summary"),
  category: z.enum(NEWS_CATEGORIES, {
    error: (issue) =>
      `"${String(issue.input)}" is not a category — use one of: ${NEWS_CATEGORIES.join(", ")}`,
  }),
  location: optionalText("location: Almaty").optional(),
  initiatives: slugList.optional(),
  signatories: slugList.optional(),
  countries: z.array(countryCode, { error: "must be a list of country codes, e.g. - KZ" }).optional(),
  tags: z
    .array(optionalText("tags: [prevention]"), { error: "must be a list of words, e.g. - prevention" })
    .optional(),
  /** How the item's date is known, where the source does not say it (e.g. undated in the original). */
  dateNote: optionalText(
    'dateNote: "Undated in the original; dated from its content"',
  )
    .refine((value) => value.length <= LIMITS.dateNote, {
      error: (issue) =>
        `is ${String(issue.input).length - LIMITS.dateNote} characters too long (${String(issue.input).length} of at most ${LIMITS.dateNote}) — shorten it`,
    })
    .optional(),
  source: sourceSchema.optional(),
  image: imageSchema.optional(),
  documents: z
    .array(documentSchema, {
      error: "must be a list of documents, each starting with '- title: ' and with src: on the next line",
    })
    .optional(),
  contacts: z
    .array(
      z.strictObject(
        {
          name: requiredText("name"),
          role: optionalText("role: Communications Officer").optional(),
          organisation: optionalText("organisation: UN Women").optional(),
          phone: optionalText('phone: "+7 700 000 0000"').optional(),
          email: email.optional(),
        },
        { error: "each contact needs at least a name" },
      ),
      { error: "must be a list of contacts, each starting with '- name: '" },
    )
    .optional(),
  updated: calendarDate.optional(),
  draft: z.boolean({ error: "must be true or false" }).optional(),
  aliases: aliasList,
});

/**
 * A news item. Rules across fields: a press release or statement names its source, and a
 * source without a publication date needs a `dateNote` saying how the item's date is known.
 */
export const newsFrontMatter = newsFields.superRefine((item, context) => {
  if (!item.source && CATEGORIES_NEEDING_SOURCE.includes(item.category)) {
    context.addIssue({
      code: "custom",
      path: ["source"],
      params: { lineOf: ["category"] },
      message: `is required for a ${item.category.replace("-", " ")} — add the original it comes from: source: with name (the publisher), title (its headline), published (YYYY-MM-DD) and url, each on its own indented line (see "Facts and sources" in CONTRIBUTING.md)`,
    });
  }
  if (item.source && item.source.published === undefined && item.dateNote === undefined) {
    context.addIssue({
      code: "custom",
      path: ["source", "published"],
      params: { lineOf: ["source"] },
      message:
        'is missing — add published: YYYY-MM-DD (the day the source published it), or, if the source is undated, a dateNote saying how the date is known, e.g. dateNote: "Undated in the original; dated from its content"',
    });
  }
});

export const initiativeFrontMatter = z.strictObject({
  title: limitedText("title"),
  summary: limitedText("summary"),
  shortName: optionalText("shortName: Spotlight").optional(),
  started: year.optional(),
  parent: slug.optional(),
  partners: slugList.optional(),
  website: webUrl.optional(),
  aliases: aliasList,
});

export const signatoryFrontMatter = z.strictObject({
  name: requiredText("name"),
  kind: z.enum(SIGNATORY_KINDS, {
    error: (issue) =>
      `"${String(issue.input)}" is not a kind — use one of: ${SIGNATORY_KINDS.join(", ")}`,
  }),
  country: countryCode.optional(),
  website: webUrl.optional(),
  aliases: aliasList,
});

/** A topic's label and description; a news item names it in `tags` by this file's slug. */
export const tagFrontMatter = z.strictObject({
  title: limitedText("title"),
  summary: limitedText("summary").optional(),
});

export type NewsFrontMatter = z.infer<typeof newsFrontMatter>;
export type InitiativeFrontMatter = z.infer<typeof initiativeFrontMatter>;
export type SignatoryFrontMatter = z.infer<typeof signatoryFrontMatter>;
export type TagFrontMatter = z.infer<typeof tagFrontMatter>;

/**
 * The four document types, each described once: the folder it lives in (also the first
 * segment of its pages' addresses), what editors call it, its front matter, which fields a
 * translation writes in its own language (every other field is shared with the original,
 * and where a translation repeats one it must be the same), which parts of a translated
 * field stay the original's, and whether a renamed file may keep former names (`aliases`).
 * Every rule, the corpus, Contentlayer's fields and `npm run new` derive from this.
 */
export const DOCUMENT_TYPES = {
  news: {
    folder: FOLDERS.news,
    label: "news item",
    schema: newsFrontMatter,
    fields: newsFields,
    translated: [
      "title",
      "summary",
      "dateNote",
      "location",
      "source",
      "image",
      "documents",
      "contacts",
      "updated",
      "draft",
    ],
    requiredInTranslation: ["title", "summary"],
    // The publisher's name, the picture's words and the documents' titles are translated; the
    // headline, dates, address and picture stay the original's. A document's file and language
    // are the original's too, unless the translation offers its own language version.
    sharedInside: {
      source: ["title", "published", "url"],
      image: ["src"],
      documents: ["src", "language"],
    },
    replaceableInside: { documents: ["src", "language"] },
    aliases: true,
  },
  initiative: {
    folder: FOLDERS.initiative,
    label: "initiative",
    schema: initiativeFrontMatter,
    fields: initiativeFrontMatter,
    translated: ["title", "summary", "shortName"],
    requiredInTranslation: ["title", "summary"],
    sharedInside: {},
    replaceableInside: {},
    aliases: true,
  },
  signatory: {
    folder: FOLDERS.signatory,
    label: "signatory",
    schema: signatoryFrontMatter,
    fields: signatoryFrontMatter,
    translated: ["name"],
    requiredInTranslation: ["name"],
    sharedInside: {},
    replaceableInside: {},
    aliases: true,
  },
  tag: {
    folder: FOLDERS.tag,
    label: "topic",
    schema: tagFrontMatter,
    fields: tagFrontMatter,
    translated: ["title", "summary"],
    requiredInTranslation: ["title"],
    sharedInside: {},
    replaceableInside: {},
    aliases: false,
  },
} as const satisfies Record<string, DocumentTypeDescription>;

type DocumentTypeDescription = {
  folder: string;
  label: string;
  schema: z.ZodObject;
  /** The fields without rules across them, from which the translation schema is derived. */
  fields: z.ZodObject;
  translated: readonly string[];
  requiredInTranslation: readonly string[];
  sharedInside: Readonly<Record<string, readonly string[]>>;
  /**
   * Parts of `sharedInside` a translation may give differently: its own version (a document in
   * its language) instead of the original's. Every other shared part, where repeated, must match.
   */
  replaceableInside: Readonly<Record<string, readonly string[]>>;
  aliases: boolean;
};

export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_NAMES = Object.keys(DOCUMENT_TYPES) as DocumentType[];

/** The type of the documents in a folder of the content (and of the pages under that segment). */
export function typeOfFolder(folder: string): DocumentType | undefined {
  return DOCUMENT_TYPE_NAMES.find((type) => DOCUMENT_TYPES[type].folder === folder);
}

/**
 * A native speaker's review of a translation: who read it against the original, and when
 * (`npm run translations` lists the translations that have none). Readers never see it.
 */
const translationReview = z.strictObject(
  { by: requiredText("by"), date: calendarDate },
  { error: "must have by (the reviewer's name) and date (YYYY-MM-DD), each on its own indented line" },
);

/** A zod key mask ({ title: true, … }) for `partial` and `required`. */
const mask = (keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, true])) as Record<string, true> & Record<number, never>;

/**
 * A translation's front matter (content/<folder>/<slug>.<language>.md), derived from its
 * type's description: the original's fields, all optional but the text a translation must
 * give, without aliases (one former address serves every language); inside a translated
 * field, the parts that stay the original's may be left out.
 */
function translationSchema(type: DocumentType): z.ZodObject {
  const { fields, requiredInTranslation, sharedInside } = DOCUMENT_TYPES[type] as DocumentTypeDescription;
  const required = mask(requiredInTranslation);
  const nested = Object.fromEntries(
    Object.entries(sharedInside).map(([field, shared]) => {
      const inner = (fields.shape[field] as z.ZodOptional<z.ZodType>).unwrap();
      // A list (documents) shares the same parts of each of its entries.
      if (inner instanceof z.ZodArray) {
        const entry = inner.element as z.ZodObject;
        return [field, new z.ZodArray({ ...inner.def, element: entry.partial(mask(shared)) }).optional()];
      }
      return [field, (inner as z.ZodObject).partial(mask(shared)).optional()];
    }),
  );
  const shape = Object.entries(fields.shape).filter(([field]) => field !== "aliases");
  return z
    .strictObject(Object.fromEntries(shape))
    .partial()
    .required(required)
    .extend({ ...nested, review: translationReview.optional() });
}

export const TRANSLATION_SCHEMAS: Record<DocumentType, z.ZodObject> = Object.fromEntries(
  DOCUMENT_TYPE_NAMES.map((type) => [type, translationSchema(type)]),
) as Record<DocumentType, z.ZodObject>;
