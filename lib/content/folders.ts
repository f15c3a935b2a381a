/**
 * The folder of each document type under content/, which is also the first segment of its
 * pages' addresses (/news/…, /initiatives/…). Kept apart from the schemas (DOCUMENT_TYPES in
 * schema.ts names these) so that URL building, which runs in the browser too, carries no zod.
 */
export const FOLDERS = {
  news: "news",
  initiative: "initiatives",
  signatory: "signatories",
  tag: "tags",
} as const;
