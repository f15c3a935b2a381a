import type { YearGroup } from "@/lib/browse";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { NewsList } from "./NewsList";

/** Items by year, newest year first, each year with its count. */
export function Timeline({
  groups,
  locale,
  dict,
}: {
  groups: readonly YearGroup[];
  locale: Locale;
  dict: Dictionary;
}) {
  return (
    <ol className="mt-2">
      {groups.map((group) => (
        <li key={group.year} className="border-line relative mt-4 border-s-2 ps-5">
          <h3 className="text-ink -ms-[1.6rem] flex items-center gap-3 pt-2 font-serif text-lg font-bold">
            <span aria-hidden="true" className="bg-brand inline-block h-3 w-3 rounded-full" />
            {group.year}
            <span className="text-muted font-sans text-sm font-normal">({group.items.length})</span>
          </h3>
          <NewsList items={group.items} locale={locale} dict={dict} headingLevel={4} />
        </li>
      ))}
    </ol>
  );
}
