import type { ReactNode } from "react";
import type { NewsItem } from "@/lib/content/model";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Page } from "@/lib/pagination";
import { NewsList } from "./NewsList";
import { PageHeader } from "./PageHeader";
import { Pagination } from "./Pagination";

/** One page of a list of news: the archive, a country, a topic or a year. */
export function NewsIndex({
  title,
  intro,
  page,
  hrefFor,
  locale,
  dict,
  eyebrow,
  lang,
  children,
}: {
  /** The list's name; pages after the first add "page N of M". */
  title: string;
  intro: string;
  /** A label above the title, e.g. "Topic". */
  eyebrow?: ReactNode;
  /** The language of the title and intro, where it is not the page's. */
  lang?: string;
  page: Page<NewsItem>;
  hrefFor: (page: number) => string;
  locale: Locale;
  dict: Dictionary;
  /** Shown under the header, e.g. links to related lists. */
  children?: ReactNode;
}) {
  return (
    <>
      <PageHeader
        title={page.page === 1 ? title : dict.browse.page(title, page.page, page.totalPages)}
        intro={intro}
        eyebrow={eyebrow}
        lang={lang}
      >
        {children}
      </PageHeader>
      {page.items.length > 0 ? (
        <NewsList items={page.items} locale={locale} dict={dict} />
      ) : (
        <p className="text-muted">{dict.browse.nothingYet}</p>
      )}
      <Pagination page={page.page} totalPages={page.totalPages} hrefFor={hrefFor} dict={dict} />
    </>
  );
}
