import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { preload } from "react-dom";
import { SiteChrome } from "@/components/SiteChrome";
import {
  DEFAULT_LOCALE,
  LOCALES,
  OG_LOCALE,
  TEXT_DIRECTION,
  localeFromParam,
} from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { fontPreloads } from "@/lib/fonts/preload";
import { feedAlternates, sitePreview } from "@/lib/metadata";
import { absoluteUrl, siteUrl } from "@/lib/site";
import "../globals.css";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = localeFromParam((await params).locale);
  if (!locale) return {};
  const dict = getDictionary(locale);
  const image = sitePreview(locale, dict);
  // Defaults for pages that describe themselves no further (the 404 page); every other
  // page replaces them whole with lib/metadata.ts pageMetadata().
  return {
    metadataBase: siteUrl(),
    title: { default: dict.site.name, template: `%s · ${dict.site.shortName}` },
    description: dict.site.tagline,
    applicationName: dict.site.name,
    alternates: { types: feedAlternates(locale, dict) },
    openGraph: {
      type: "website",
      siteName: dict.site.name,
      locale: OG_LOCALE[locale],
      alternateLocale: LOCALES.filter((other) => other !== locale).map((other) => OG_LOCALE[other]),
      images: [{ ...image, url: absoluteUrl(image.url) }],
    },
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#faf9f7" },
    { media: "(prefers-color-scheme: dark)", color: "#131118" },
  ],
};

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  // Next renders its prebuilt 404 page (/_not-found) through this layout without a
  // locale; the default language is used then, so the 404 page is rendered on the server.
  const locale = localeFromParam((await params).locale) ?? DEFAULT_LOCALE;
  const dict = getDictionary(locale);
  for (const href of fontPreloads(locale)) {
    preload(href, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  }
  return (
    <html lang={locale} dir={TEXT_DIRECTION[locale]}>
      <SiteChrome locale={locale} dict={dict}>
        {children}
      </SiteChrome>
    </html>
  );
}
