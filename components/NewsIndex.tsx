import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { listText, type NewsListPage } from "@/lib/page-scope";
import { NewsList } from "./NewsList";
import { PageHeader } from "./PageHeader";
import { Pagination } from "./Pagination";

/** One page of a list of news: the archive, a country, a topic or a year. */
export function NewsIndex({
  list,
  locale,
  dict,
  eyebrow,
  lang,
  children,
}: {
  /** The list: its name (pages after the first add "page N of M"), intro, items and addresses. */
  list: NewsListPage;
  /** A label above the title, e.g. "Topic". */
  eyebrow?: ReactNode;
  /** The language of the title and intro, where it is not the page's. */
  lang?: string;
  locale: Locale;
  dict: Dictionary;
  /** Shown under the header, e.g. links to related lists. */
  children?: ReactNode;
}) {
  const { page, hrefFor } = list;
  const { title, description } = listText(dict, list);
  return (
    <>
      <PageHeader title={title} intro={description} eyebrow={eyebrow} lang={lang}>
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
