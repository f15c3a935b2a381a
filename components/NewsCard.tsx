import Link from "next/link";
import type { NewsItem } from "@/lib/content/model";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { newsPath } from "@/lib/urls";
import { CategoryLabel } from "./CategoryLabel";
import { DateText } from "./DateText";

export function NewsCard({
  item,
  locale,
  dict,
  headingLevel = 2,
}: {
  item: NewsItem;
  locale: Locale;
  dict: Dictionary;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <article className="group relative py-6">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <CategoryLabel category={item.category} dict={dict} />
        <span className="text-muted">
          <DateText date={item.date} locale={locale} />
          {item.location ? ` · ${item.location}` : null}
        </span>
      </p>
      <Heading className="mt-2 font-serif text-xl leading-snug font-bold text-balance sm:text-2xl">
        <Link
          href={newsPath(locale, item.slug)}
          className="text-ink group-hover:text-brand decoration-brand/40 underline-offset-4 after:absolute after:inset-0 hover:underline"
        >
          {item.title}
        </Link>
      </Heading>
      <p className="text-muted mt-2 max-w-3xl leading-relaxed">{item.summary}</p>
    </article>
  );
}
