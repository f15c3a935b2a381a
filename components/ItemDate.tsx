import type { NewsItem } from "@/lib/content/model";
import { langAttribute, type Locale } from "@/lib/i18n/config";
import { DateText } from "./DateText";

/**
 * An item's date in full, with its `dateNote` (how the date is known, where the source does
 * not say it) beside it wherever the date is shown, so no inferred date reads as a fact.
 */
export function ItemDate({
  item,
  locale,
}: {
  item: Pick<NewsItem, "date" | "dateNote" | "lang">;
  locale: Locale;
}) {
  return (
    <>
      <DateText date={item.date} locale={locale} />
      {item.dateNote ? (
        <span
          className="date-note text-muted block text-xs leading-snug"
          lang={langAttribute(item.lang, locale)}
        >
          {item.dateNote}
        </span>
      ) : null}
    </>
  );
}
