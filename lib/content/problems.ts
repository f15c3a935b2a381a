/**
 * Under `npm run dev`, a file with a problem is set aside (lib/content/corpus.ts) and its own
 * address shows the content check's messages instead of the page. These map a file to the
 * page it makes and a page's route to the problems of the files behind it.
 */
import path from "node:path";
import type { Locale } from "../i18n/config";
import type { Route } from "../routing";
import { formatIssue, type ContentIssue } from "./issues";
import { typeOfFolder, type DocumentType } from "./schema";
import { documentFileName } from "./source";

type Item = { type: DocumentType; slug: string; locale?: Locale };

/** The item a content file makes (content/news/foo.ru.md: news foo in Russian), if any. */
export function itemOfFile(file: string): Item | undefined {
  const type = typeOfFolder(path.posix.basename(path.posix.dirname(file.replaceAll("\\", "/"))));
  const name = documentFileName(path.posix.basename(file.replaceAll("\\", "/")));
  if (!type || "problem" in name) return undefined;
  return { type, slug: name.slug, ...(name.locale ? { locale: name.locale } : {}) };
}

/** The item a route shows, if it shows one. */
function itemOfRoute(route: Route): Item | undefined {
  switch (route.kind) {
    case "article":
      return { type: "news", slug: route.slug };
    case "initiative":
      return { type: "initiative", slug: route.slug };
    case "signatory":
      return { type: "signatory", slug: route.slug };
    case "tag":
      return { type: "tag", slug: route.slug };
    default:
      return undefined;
  }
}

/**
 * The problems behind a route, one line each as `npm run content:check` prints them: those
 * of the item's original and of its translation into the route's language.
 */
export function problemsAt(issues: readonly ContentIssue[], route: Route): string[] {
  const shown = itemOfRoute(route);
  if (!shown) return [];
  return issues
    .filter((issue) => {
      const item = itemOfFile(issue.file);
      return (
        item?.type === shown.type &&
        item.slug === shown.slug &&
        (item.locale === undefined || item.locale === route.locale)
      );
    })
    .map(formatIssue);
}
