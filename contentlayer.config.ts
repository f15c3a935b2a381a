import { defineDocumentType, makeSource } from "contentlayer2/source-files";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { contentlayerFields } from "./lib/content/contentlayer-fields";
import { contentDir } from "./lib/content/paths";
import { sanitizeSchema } from "./lib/content/sanitize";
import { DOCUMENT_TYPES } from "./lib/content/schema";

const News = defineDocumentType(() => ({
  name: "News",
  filePathPattern: `${DOCUMENT_TYPES.news.folder}/*.md`,
  contentType: "markdown",
  fields: contentlayerFields(DOCUMENT_TYPES.news.schema),
}));

const Initiative = defineDocumentType(() => ({
  name: "Initiative",
  filePathPattern: `${DOCUMENT_TYPES.initiative.folder}/*.md`,
  contentType: "markdown",
  fields: contentlayerFields(DOCUMENT_TYPES.initiative.schema),
}));

const Signatory = defineDocumentType(() => ({
  name: "Signatory",
  filePathPattern: `${DOCUMENT_TYPES.signatory.folder}/*.md`,
  contentType: "markdown",
  fields: contentlayerFields(DOCUMENT_TYPES.signatory.schema),
}));

export default makeSource({
  contentDirPath: contentDir(),
  documentTypes: [News, Initiative, Signatory],
  // Never skip a document silently: a bad file fails the build (the content check
  // explains the mistake precisely before Contentlayer ever runs).
  onUnknownDocuments: "fail",
  onMissingOrIncompatibleData: "fail",
  onExtraFieldData: "fail",
  disableImportAliasWarning: true,
  markdown: {
    remarkPlugins: [remarkGfm],
    // Raw HTML is already rejected by the content check; sanitising again at render
    // time is defence in depth.
    rehypePlugins: [[rehypeSanitize, sanitizeSchema]],
  },
});
