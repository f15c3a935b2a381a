import { LinkList } from "./LinkList";
import { PageHeader } from "./PageHeader";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { homePath, newsListPath } from "@/lib/urls";

/** What the 404 page says, in one language, with the ways back into the site. */
export function NotFoundMessage({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  return (
    <>
      <PageHeader title={dict.notFound.title} intro={dict.notFound.body} />
      <div className="mt-4 font-semibold">
        <LinkList
          links={[
            { href: homePath(locale), label: dict.notFound.home },
            { href: newsListPath(locale), label: dict.notFound.news },
          ]}
        />
      </div>
    </>
  );
}
