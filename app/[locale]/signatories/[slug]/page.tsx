import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/ArticleBody";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { FactList } from "@/components/FactList";
import { InitiativeTree } from "@/components/InitiativeTree";
import { Timeline } from "@/components/Timeline";
import { UntranslatedNotice } from "@/components/UntranslatedNotice";
import { groupByYear } from "@/lib/browse";
import { JsonLd } from "@/components/JsonLd";
import { PageHeader } from "@/components/PageHeader";
import { Section } from "@/components/Section";
import { WebsiteLink } from "@/components/WebsiteLink";
import { defaultCorpus } from "@/lib/corpus";
import { countryName } from "@/lib/format";
import type { Signatory } from "@/lib/content/model";
import { langAttribute, type Locale } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getInitiativesWithPartner } from "@/lib/initiatives";
import { signatoryPreview } from "@/lib/metadata";
import { getStatementsSignedBy } from "@/lib/news";
import { prerenderedSignatories, slugParamsIn } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { metadataOfFound, resolvePage } from "@/lib/page-scope";
import { resolveSignatory } from "@/lib/routing";
import { absoluteUrl } from "@/lib/site";
import { organizationJsonLd } from "@/lib/structured-data";
import { signatoryPath } from "@/lib/urls";

// The organisations with the most statements are prerendered, the others render on their
// first request. proxy.ts answers an unknown slug with the prebuilt 404 page.
// Rendered again at most hourly, so items whose date has come appear without a rebuild.
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return slugParamsIn(params, (locale) =>
    prerenderedSignatories(defaultCorpus(), publicationContext(), locale),
  );
}

/** "Embassy · Canada": what the organisation is, for its description. */
function describe(signatory: Signatory, locale: Locale): string {
  const dict = getDictionary(locale);
  return `${dict.kinds[signatory.kind].one}${signatory.country ? ` · ${countryName(signatory.country, locale)}` : ""}`;
}

const resolve = (params: Props["params"]) =>
  resolvePage(params, ({ corpus }, { slug }) => resolveSignatory(corpus, slug));

export const generateMetadata = metadataOfFound(resolve, ({ locale, dict, found: signatory }) => ({
  text: { lang: signatory.lang, languages: signatory.languages },
  path: signatoryPath(locale, signatory.slug),
  title: signatory.name,
  description: describe(signatory, locale),
  image: signatoryPreview(signatory, locale, dict),
}));

export default async function SignatoryPage({ params }: Props) {
  const { locale, dict, corpus, context, found: signatory } = (await resolve(params)) ?? notFound();
  const statements = getStatementsSignedBy(corpus, context, signatory.slug);
  const initiatives = getInitiativesWithPartner(corpus, signatory.slug);
  const url = absoluteUrl(signatoryPath(locale, signatory.slug));
  const lang = langAttribute(signatory.lang, locale);

  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd
        data={[
          organizationJsonLd({
            url,
            name: signatory.name,
            kind: signatory.kind,
            description: describe(signatory, locale),
            website: signatory.website,
            image: absoluteUrl(signatoryPreview(signatory, locale, dict).url),
          }),
        ]}
      />
      <Breadcrumbs
        locale={locale}
        dict={dict}
        section="signatories"
        current={{ label: signatory.name, href: signatoryPath(locale, signatory.slug) }}
      />
      <PageHeader
        title={signatory.name}
        lang={lang}
        eyebrow={
          <span className="text-accent text-xs font-semibold tracking-wider uppercase">
            {dict.kinds[signatory.kind].one}
          </span>
        }
      />
      <UntranslatedNotice lang={signatory.lang} locale={locale} dict={dict} />
      <FactList
        facts={[
          signatory.country
            ? { label: dict.signatories.country, value: countryName(signatory.country, locale) }
            : undefined,
          signatory.website
            ? {
                label: dict.signatories.website,
                value: <WebsiteLink url={signatory.website} />,
              }
            : undefined,
          { label: dict.signatories.statements, value: String(statements.length) },
        ]}
      />
      <div className="mt-8">
        <ArticleBody html={signatory.html} lang={lang} sourcePath={signatory.sourcePath} />
      </div>

      <div className="mt-12">
        <Section id="statements" title={dict.signatories.statementsCount(statements.length)}>
          {statements.length > 0 ? (
            <Timeline groups={groupByYear(statements)} locale={locale} dict={dict} />
          ) : (
            <p className="text-muted py-6">{dict.signatories.noStatements}</p>
          )}
        </Section>
        {initiatives.length > 0 ? (
          <Section id="initiatives" title={dict.signatories.partnerIn}>
            <div className="pt-4">
              <InitiativeTree
                nodes={initiatives.map((initiative) => ({ initiative, children: [] }))}
                locale={locale}
                dict={dict}
                headingLevel={3}
              />
            </div>
          </Section>
        ) : null}
      </div>
    </div>
  );
}
