import type { NewsItem } from "@/lib/content/model";
import { langAttribute, type Locale } from "@/lib/i18n/config";

/** How an item's date is known (`dateNote`), under the date in lists and search results. */
export function DateNote({
  item,
  locale,
}: {
  item: Pick<NewsItem, "dateNote" | "lang">;
  locale: Locale;
}) {
  if (!item.dateNote) return null;
  return (
    <p
      lang={langAttribute(item.lang, locale)}
      className="date-note text-muted mt-1 text-xs leading-snug"
    >
      {item.dateNote}
    </p>
  );
}
