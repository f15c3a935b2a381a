import { formatFileSize, languageName } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { ArticleDocument } from "@/lib/media/article";

/**
 * The documents an article offers: each title links to the file (downloaded under a readable
 * name), followed by its type, size and language, e.g. "PDF, 240 KB · In English".
 */
export function DocumentList({
  documents,
  lang,
  locale,
  dict,
}: {
  documents: readonly ArticleDocument[];
  /** The language of the titles (the article's text). */
  lang?: string;
  locale: Locale;
  dict: Dictionary;
}) {
  return (
    <ul className="divide-line divide-y">
      {documents.map((document) => (
        <li key={document.file.url} className="py-3">
          <a
            href={document.file.url}
            type={document.file.type}
            hrefLang={document.language}
            lang={lang}
            className="text-brand font-medium underline underline-offset-4"
          >
            {document.title}
          </a>
          <span className="text-muted block text-sm">
            {document.file.format}, {formatFileSize(document.file.bytes, locale)}
            {" · "}
            {dict.language.inLanguage(languageName(document.language, locale))}
          </span>
        </li>
      ))}
    </ul>
  );
}
