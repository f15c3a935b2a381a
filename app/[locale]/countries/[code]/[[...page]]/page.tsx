import { SiteLink } from "@/components/SiteLink";
import { notFound } from "next/navigation";
import { NewsIndex } from "@/components/NewsIndex";
import { defaultCorpus } from "@/lib/corpus";
import { countryName } from "@/lib/format";
import { listMetadata, resolvePage, type NewsListPage, type Resolved } from "@/lib/page-scope";
import { prerenderedBrowsePages } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { resolveCountry } from "@/lib/routing";
import { countryPath, signatoryPath } from "@/lib/urls";

// Rendered again at most hourly (lib/prerender.ts says which pages are built ahead).
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; code: string; page?: string[] }> };

export function generateStaticParams() {
  const pages = prerenderedBrowsePages(defaultCorpus(), publicationContext(), "country");
  return pages.map(({ key, page }) => ({ code: key, page }));
}

const resolve = (params: Props["params"]) =>
  resolvePage(params, ({ corpus, context }, { code, page }) =>
    resolveCountry(corpus, context, code, page),
  );

const describe = ({
  locale,
  dict,
  found: { code, page },
}: Resolved<typeof resolve>): NewsListPage => ({
  title: dict.browse.country(countryName(code, locale)),
  intro: dict.browse.countryIntro(countryName(code, locale)),
  page,
  hrefFor: (number) => countryPath(locale, code, number),
});

export const generateMetadata = listMetadata(resolve, describe);

export default async function CountryPage({ params }: Props) {
  const page = (await resolve(params)) ?? notFound();
  const {
    locale,
    dict,
    corpus,
    found: { code },
  } = page;
  const organisations = corpus.signatories.filter((signatory) => signatory.country === code);
  return (
    <NewsIndex list={describe(page)} locale={locale} dict={dict}>
      {organisations.length > 0 ? (
        <p className="text-muted mt-4 text-sm">
          {dict.browse.organisationsFrom(countryName(code, locale))}:{" "}
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
