import type { NewsItem } from "@/lib/content/model";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { NewsCard } from "./NewsCard";

export function NewsList({
  items,
  locale,
  dict,
  headingLevel = 2,
}: {
  items: readonly NewsItem[];
  locale: Locale;
  dict: Dictionary;
  headingLevel?: 2 | 3 | 4;
}) {
  return (
    <ul className="divide-line divide-y">
      {items.map((item) => (
        <li key={item.slug}>
          <NewsCard item={item} locale={locale} dict={dict} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
