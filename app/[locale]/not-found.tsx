import Link from "next/link";
import { PageHeader } from "@/components/PageHeader";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { homePath, newsListPath } from "@/lib/urls";

// not-found.tsx receives no params; the default language's text is used.
export default function NotFound() {
  const locale = DEFAULT_LOCALE;
  const dict = getDictionary(locale);
  return (
    <>
      <PageHeader title={dict.notFound.title} intro={dict.notFound.body} />
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link
            className="text-brand font-semibold underline underline-offset-4"
            href={homePath(locale)}
          >
            {dict.notFound.home}
          </Link>
        </li>
        <li>
          <Link
            className="text-brand font-semibold underline underline-offset-4"
            href={newsListPath(locale)}
          >
            {dict.notFound.news}
          </Link>
        </li>
      </ul>
    </>
  );
}
