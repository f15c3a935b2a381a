"use client";

import Link from "next/link";
import { PageHeader } from "@/components/PageHeader";
import { SiteChrome } from "@/components/SiteChrome";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { homePath } from "@/lib/urls";
import "./globals.css";

/**
 * Shown if rendering a page fails: the site's own frame (with the quick exit) instead of
 * Next's default page, whose inline styles the Content-Security-Policy would block.
 */
export default function GlobalError() {
  const locale = DEFAULT_LOCALE;
  const dict = getDictionary(locale);
  return (
    <html lang={locale}>
      <SiteChrome locale={locale} dict={dict}>
        <title>{`${dict.serverError.title} · ${dict.site.shortName}`}</title>
        <PageHeader title={dict.serverError.title} intro={dict.serverError.body} />
        <p>
          <Link
            className="text-brand font-semibold underline underline-offset-4"
            href={homePath(locale)}
          >
            {dict.notFound.home}
          </Link>
        </p>
      </SiteChrome>
    </html>
  );
}
