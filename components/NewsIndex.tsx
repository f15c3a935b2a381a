import { NewsList } from "./NewsList";
import { PageHeader } from "./PageHeader";
import { Pagination } from "./Pagination";
import type { NewsItem } from "@/lib/content/model";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Page } from "@/lib/pagination";
import { newsListPath } from "@/lib/urls";

/** One page of the news archive (shared by /news and /news/page/N). */
export function NewsIndex({
  page,
  locale,
  dict,
}: {
  page: Page<NewsItem>;
  locale: Locale;
  dict: Dictionary;
}) {
  return (
    <>
      <PageHeader
        title={page.page === 1 ? dict.news.title : dict.news.pageTitle(page.page, page.totalPages)}
        intro={dict.news.intro}
      />
      {page.items.length > 0 ? (
        <NewsList items={page.items} locale={locale} dict={dict} />
      ) : (
        <p className="text-muted">{dict.news.empty}</p>
      )}
      <Pagination
        page={page.page}
        totalPages={page.totalPages}
        hrefFor={(number) => newsListPath(locale, number)}
        dict={dict}
      />
    </>
  );
}
