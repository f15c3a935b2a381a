import { SiteLink } from "@/components/SiteLink";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/ArticleBody";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { FactList } from "@/components/FactList";
import { InitiativeTree } from "@/components/InitiativeTree";
import { Timeline } from "@/components/Timeline";
import { UntranslatedNotice } from "@/components/UntranslatedNotice";
import { groupByYear } from "@/lib/browse";
import { PageHeader } from "@/components/PageHeader";
import { Section } from "@/components/Section";
import { WebsiteLink } from "@/components/WebsiteLink";
import { SignatoryList } from "@/components/SignatoryList";
import { defaultCorpus } from "@/lib/corpus";
import { langAttribute } from "@/lib/i18n/config";
import { getInitiativeTree, getParentInitiative, getPartnersOf } from "@/lib/initiatives";
import { initiativePreview } from "@/lib/metadata";
import { getNewsForInitiative } from "@/lib/news";
import { metadataOfFound, resolvePage } from "@/lib/page-scope";
import { prerenderedInitiatives, slugParamsIn } from "@/lib/prerender";
import { resolveInitiative } from "@/lib/routing";
import { initiativePath } from "@/lib/urls";

// Every initiative is prerendered (there are few, and they structure the site; in the
// languages that fall back, the translated ones); a new one renders on its first request. proxy.ts answers an unknown slug with the prebuilt 404 page.
// Rendered again at most hourly, so items whose date has come appear without a rebuild.
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return slugParamsIn(params, (locale) => prerenderedInitiatives(defaultCorpus(), locale));
}

const resolve = (params: Props["params"]) =>
  resolvePage(params, ({ corpus }, { slug }) => resolveInitiative(corpus, slug));

export const generateMetadata = metadataOfFound(resolve, ({ locale, dict, found: initiative }) => ({
  text: { lang: initiative.lang, languages: initiative.languages },
  path: initiativePath(locale, initiative.slug),
  title: initiative.title,
  description: initiative.summary,
  image: initiativePreview(initiative, locale, dict),
}));

export default async function InitiativePage({ params }: Props) {
  const {
    locale,
    dict,
    corpus,
    context,
    found: initiative,
  } = (await resolve(params)) ?? notFound();
  const parent = getParentInitiative(corpus, initiative);
  const children = getInitiativeTree(corpus, initiative.slug);
  const partners = getPartnersOf(corpus, initiative);
  const news = getNewsForInitiative(corpus, context, initiative.slug);
  const lang = langAttribute(initiative.lang, locale);

  return (
    <>
      <div className="mx-auto max-w-3xl">
        <Breadcrumbs
          locale={locale}
          dict={dict}
          section="initiatives"
          current={{ label: initiative.title, href: initiativePath(locale, initiative.slug) }}
        />
        <PageHeader title={initiative.title} intro={initiative.summary} lang={lang} />
        <UntranslatedNotice lang={initiative.lang} locale={locale} dict={dict} />
        <FactList
          facts={[
            initiative.shortName
              ? {
                  label: dict.initiatives.shortName,
                  value: <span lang={lang}>{initiative.shortName}</span>,
                }
              : undefined,
            initiative.started
              ? { label: dict.initiatives.started, value: String(initiative.started) }
              : undefined,
            parent && {
              label: dict.initiatives.partOf,
              value: (
                <SiteLink
                  className="text-brand underline underline-offset-4"
                  href={initiativePath(locale, parent.slug)}
                  lang={langAttribute(parent.lang, locale)}
                >
                  {parent.title}
                </SiteLink>
              ),
            },
            initiative.website
              ? {
                  label: dict.initiatives.website,
                  value: <WebsiteLink url={initiative.website} />,
                }
              : undefined,
          ]}
        />
        <div className="mt-8">
          <ArticleBody html={initiative.html} lang={lang} sourcePath={initiative.sourcePath} />
        </div>
      </div>

      <div className="mx-auto mt-12 max-w-3xl">
        {children.length > 0 ? (
          <Section id="programmes" title={dict.initiatives.programmes}>
            <div className="pt-4">
              <InitiativeTree nodes={children} locale={locale} dict={dict} headingLevel={3} />
            </div>
          </Section>
        ) : null}

        {partners.length > 0 ? (
          <Section id="partners" title={dict.initiatives.partners}>
            <div className="pt-4">
              <SignatoryList signatories={partners} locale={locale} dict={dict} />
            </div>
          </Section>
        ) : null}

        <Section id="news" title={dict.initiatives.newsCount(news.length)}>
          {news.length > 0 ? (
            <Timeline groups={groupByYear(news)} locale={locale} dict={dict} />
          ) : (
            <p className="text-muted py-6">{dict.initiatives.noNews}</p>
          )}
        </Section>
      </div>
    </>
  );
}
