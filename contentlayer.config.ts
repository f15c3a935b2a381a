import { defineDocumentType, makeSource } from "contentlayer2/source-files";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { contentlayerFields } from "./lib/content/contentlayer-fields";
import { contentDir } from "./lib/content/paths";
import { sanitizeSchema } from "./lib/content/sanitize";
import { DOCUMENT_TYPES, TRANSLATION_SCHEMAS, type DocumentType } from "./lib/content/schema";

/** A slug: what an original's file name is (news/alliance-launch.md). */
const SLUG = "+([a-z0-9-])";
/** A language code: what a translation adds before .md (news/alliance-launch.ru.md). */
const LANGUAGE = "+([a-z])";

const typeName = (type: string) => type[0]!.toUpperCase() + type.slice(1);

// Two document types per kind of content, with fields derived from the zod contract:
// the originals and their translations (lib/content/schema.ts, translation-rules.ts).
const documentTypes = Object.entries(DOCUMENT_TYPES).flatMap(([type, definition]) => [
  defineDocumentType(() => ({
    name: typeName(type),
    filePathPattern: `${definition.folder}/${SLUG}.md`,
    contentType: "markdown",
    fields: contentlayerFields(definition.schema),
  })),
  defineDocumentType(() => ({
    name: `${typeName(type)}Translation`,
    filePathPattern: `${definition.folder}/${SLUG}.${LANGUAGE}.md`,
    contentType: "markdown",
    fields: contentlayerFields(TRANSLATION_SCHEMAS[type as DocumentType]),
  })),
]);

export default makeSource({
  contentDirPath: contentDir(),
  documentTypes,
  // Never skip a document silently: a bad file fails the build (the content check
  // explains the mistake precisely before Contentlayer ever runs). Under `npm run dev`
  // (scripts/dev.ts) it is skipped with a warning, so the other files' records are still
  // made; the site shows the check's messages at the skipped file's address (lib/corpus.ts).
  ...(process.env.NODE_ENV === "development"
    ? ({
        onUnknownDocuments: "skip-warn",
        onMissingOrIncompatibleData: "skip-warn",
        onExtraFieldData: "warn",
      } as const)
    : ({
        onUnknownDocuments: "fail",
        onMissingOrIncompatibleData: "fail",
        onExtraFieldData: "fail",
      } as const)),
  disableImportAliasWarning: true,
  markdown: {
    remarkPlugins: [remarkGfm],
    // Raw HTML is already rejected by the content check; sanitising again at render
    // time is defence in depth.
    // Links to other sites tell them nothing about the page they were on.
    rehypePlugins: [
      [rehypeSanitize, sanitizeSchema],
      [rehypeExternalLinks, { rel: ["noopener", "noreferrer"], target: false }],
    ],
  },
});
