import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { notFound } from "next/navigation";
import { NewsIndex } from "@/components/NewsIndex";
import { getCountryCodes, getNewsForCountry } from "@/lib/browse";
import { corpus } from "@/lib/corpus";
import { countryName } from "@/lib/format";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { pageMetadata, sitePreview } from "@/lib/metadata";
import { resolvePage } from "@/lib/page-scope";
import { prerenderedListPages } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { resolveCountry } from "@/lib/routing";
import { countryPath, signatoryPath } from "@/lib/urls";

// The first pages of each list are prerendered, later ones render on first request; all are
// rendered again at most hourly, so scheduled items appear without a rebuild. proxy.ts
// answers a list or page that does not exist with the prebuilt 404 page.
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; code: string; page?: string[] }> };

export function generateStaticParams() {
  const context = publicationContext();
  return getCountryCodes(corpus, DEFAULT_LOCALE).flatMap((code) =>
    prerenderedListPages(getNewsForCountry(corpus, context, code).length).map((page) => ({
      code: code.toLowerCase(),
      page,
    })),
  );
}

const resolve = (params: Props["params"]) =>
  resolvePage(params, ({ corpus, context }, { code, page }) =>
    resolveCountry(corpus, context, code, page),
  );

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolve(params);
  if (!resolved) return {};
  const {
    locale,
    dict,
    found: { code, page },
  } = resolved;
  const name = countryName(code, locale);
  const title = dict.browse.country(name);
  return pageMetadata({
    locale,
    dict,
    path: countryPath(locale, code, page.page),
    title: page.page === 1 ? title : dict.browse.page(title, page.page, page.totalPages),
    description: dict.browse.countryIntro(name),
    image: sitePreview(locale, dict),
  });
}

export default async function CountryPage({ params }: Props) {
  const {
    locale,
    dict,
    corpus,
    found: { code, page },
  } = (await resolve(params)) ?? notFound();
  const name = countryName(code, locale);
  const organisations = corpus.signatories.filter((signatory) => signatory.country === code);
  return (
    <NewsIndex
      title={dict.browse.country(name)}
      intro={dict.browse.countryIntro(name)}
      page={page}
      hrefFor={(number) => countryPath(locale, code, number)}
      locale={locale}
      dict={dict}
    >
      {organisations.length > 0 ? (
        <p className="text-muted mt-4 text-sm">
          {dict.browse.organisationsFrom(name)}:{" "}
          {organisations.map((signatory, index) => (
            <span key={signatory.slug}>
              {index > 0 ? ", " : null}
              <SiteLink
                className="text-brand underline underline-offset-4"
                href={signatoryPath(locale, signatory.slug)}
              >
                {signatory.name}
              </SiteLink>
            </span>
          ))}
        </p>
      ) : null}
    </NewsIndex>
  );
}
