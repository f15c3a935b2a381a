/** An article's own picture and documents, as the media build made them. */
import type { NewsItem } from "../content/model";
import { DEFAULT_LOCALE } from "../i18n/config";
import { documentFor, pictureFor } from "./manifest";
import type { MediaDocument, Picture } from "./variants";

/** The article's picture (front matter `image`), where it has one. */
export function articlePicture(item: Pick<NewsItem, "image" | "sourcePath">): Picture | undefined {
  return item.image ? pictureFor(item.sourcePath, item.image.src) : undefined;
}

export type ArticleDocument = {
  title: string;
  /** The language the file is in: its own `language`, else the original's. */
  language: string;
  file: MediaDocument;
};

/** The documents the article offers (front matter `documents`), in their order. */
export function articleDocuments(
  item: Pick<NewsItem, "documents" | "sourcePath">,
): ArticleDocument[] {
  return (item.documents ?? []).flatMap((entry) => {
    const file = documentFor(item.sourcePath, entry.src);
    return file ? [{ title: entry.title, language: entry.language ?? DEFAULT_LOCALE, file }] : [];
  });
}
