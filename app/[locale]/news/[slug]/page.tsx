import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/ArticleBody";
import { ArticleFigure } from "@/components/ArticleFigure";
import { DocumentList } from "@/components/DocumentList";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CategoryLabel } from "@/components/CategoryLabel";
import { ContactList } from "@/components/ContactList";
import { DateText } from "@/components/DateText";
import { ItemDate } from "@/components/ItemDate";
import { SourceLine } from "@/components/SourceLine";
import { FactList } from "@/components/FactList";
import { JsonLd } from "@/components/JsonLd";
import { PageHeader } from "@/components/PageHeader";
import { Section } from "@/components/Section";
import { ShareControls } from "@/components/ShareControls";
import { UntranslatedNotice } from "@/components/UntranslatedNotice";
import { SignatoryList } from "@/components/SignatoryList";
import { UnpublishedBanner } from "@/components/UnpublishedBanner";
import { defaultCorpus } from "@/lib/corpus";
import { countryName } from "@/lib/format";
import { langAttribute } from "@/lib/i18n/config";
import { newsPreview } from "@/lib/metadata";
import { getInitiativesOf, getSignatoriesOf } from "@/lib/news";
import { metadataOfFound, resolvePage } from "@/lib/page-scope";
import { prerenderedArticles, slugParamsIn } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { unpublishedNotice } from "@/lib/publication-notice";
import { resolveArticle } from "@/lib/routing";
import { countryPath, initiativePath, newsPath, tagPath } from "@/lib/urls";
import { getRelatedNews } from "@/lib/related";
import { topicOf } from "@/lib/browse";
import { LinkList } from "@/components/LinkList";
import { NewsList } from "@/components/NewsList";
import { absoluteUrl } from "@/lib/site";
import { newsArticleJsonLd } from "@/lib/structured-data";
import { articleDocuments, articlePicture } from "@/lib/media/article";

// Public articles are prerendered; a scheduled one renders on demand once its date has
// come (proxy.ts answers unknown and unpublished slugs with the prebuilt 404 page).
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; slug: string }> };

// The newest articles are prerendered (in the languages that fall back, the translated ones);
// the rest of the archive renders on first request.
export function generateStaticParams({ params }: { params: { locale: string } }) {
  return slugParamsIn(params, (locale) =>
    prerenderedArticles(defaultCorpus(), publicationContext(), locale),
  );
}

const resolve = (params: Props["params"]) =>
  resolvePage(params, ({ corpus, context }, { slug }) => resolveArticle(corpus, context, slug));

export const generateMetadata = metadataOfFound(
  resolve,
  ({ locale, dict, corpus, found: item }) => ({
    text: { lang: item.lang, languages: item.languages },
    path: newsPath(locale, item.slug),
    title: item.title,
    description: item.summary,
    image: newsPreview(item, locale, dict),
    article: {
      published: item.date,
      modified: item.updated,
      section: dict.categories[item.category],
      tags: item.tags?.map((tag) => topicOf(corpus, tag).label),
    },
  }),
);

export default async function ArticlePage({ params }: Props) {
  const page = (await resolve(params)) ?? notFound();
  const { locale, dict, corpus, context, found: item } = page;
  const initiatives = getInitiativesOf(corpus, item);
  const signatories = getSignatoriesOf(corpus, item);
  const related = getRelatedNews(corpus, context, item);
  const url = absoluteUrl(newsPath(locale, item.slug));
  const lang = langAttribute(item.lang, locale);
  const topics = (item.tags ?? []).map((tag) => topicOf(corpus, tag));
  const picture = articlePicture(item);
  const documents = articleDocuments(item);

  return (
    <article className="mx-auto max-w-3xl">
      <UnpublishedBanner notice={unpublishedNotice(item, context)} />
      <JsonLd
        data={[
          newsArticleJsonLd({
            locale,
            dict,
            url,
            headline: item.title,
            description: item.summary,
            language: item.lang,
            date: item.date,
            updated: item.updated,
            section: dict.categories[item.category],
            keywords: topics.map((topic) => topic.label),
            image: absoluteUrl(newsPreview(item, locale, dict).url),
            source: item.source,
          }),
        ]}
      />
      <Breadcrumbs
        locale={locale}
        dict={dict}
        section="news"
        current={{ label: item.title, href: newsPath(locale, item.slug) }}
      />
      <PageHeader
        title={item.title}
        intro={item.summary}
        lang={lang}
        eyebrow={<CategoryLabel category={item.category} dict={dict} />}
      />
      <UntranslatedNotice lang={item.lang} locale={locale} dict={dict} />
      {picture && item.image ? (
        <ArticleFigure
          picture={picture}
          alt={item.image.alt}
          caption={item.image.caption}
          credit={item.image.credit}
          lang={lang}
          dict={dict}
        />
      ) : null}

      <FactList
        facts={[
          { label: dict.news.date, value: <ItemDate item={item} locale={locale} /> },
          item.updated
            ? { label: dict.news.updated, value: <DateText date={item.updated} locale={locale} /> }
            : undefined,
          item.location
            ? { label: dict.news.location, value: <span lang={lang}>{item.location}</span> }
            : undefined,
          item.countries?.length
            ? {
                label: dict.news.countries,
                value: (
                  <LinkList
                    links={item.countries.map((code) => ({
                      href: countryPath(locale, code),
                      label: countryName(code, locale),
                    }))}
                  />
                ),
              }
            : undefined,
          initiatives.length > 0 && {
            label: dict.news.initiatives,
            value: (
              <LinkList
                links={initiatives.map((initiative) => ({
                  href: initiativePath(locale, initiative.slug),
                  label: initiative.shortName ?? initiative.title,
                  lang: langAttribute(initiative.lang, locale),
                }))}
              />
            ),
          },
          topics.length > 0 && {
            label: dict.news.tags,
            value: (
              <LinkList
                links={topics.map((topic) => ({
                  href: tagPath(locale, topic.slug),
                  label: topic.label,
                  lang: langAttribute(topic.lang, locale),
                }))}
              />
            ),
          },
        ]}
      />

      <div className="mt-8">
        <ArticleBody html={item.html} lang={lang} sourcePath={item.sourcePath} />
      </div>

      {item.source ? (
        <SourceLine source={item.source} lang={item.lang} locale={locale} dict={dict} />
      ) : null}

      {documents.length > 0 ? (
        <div className="mt-12">
          <Section id="documents" title={dict.news.documents}>
            <div className="pt-2">
              <DocumentList documents={documents} lang={lang} locale={locale} dict={dict} />
            </div>
          </Section>
        </div>
      ) : null}

      <ShareControls item={{ url, title: item.title, summary: item.summary }} dict={dict} />

      {signatories.length > 0 ? (
        <div className="mt-12">
          <Section id="signatories" title={dict.news.signatories}>
            <p className="text-muted mt-3 mb-4">{dict.news.signatoriesIntro(signatories.length)}</p>
            <SignatoryList signatories={signatories} locale={locale} dict={dict} ordered />
          </Section>
        </div>
      ) : null}

      {item.contacts?.length ? (
        <div className="mt-12">
          <Section id="contacts" title={dict.news.contacts}>
            <div className="pt-4" lang={lang}>
              <ContactList contacts={item.contacts} />
            </div>
          </Section>
        </div>
      ) : null}
      {related.length > 0 ? (
        <div className="mt-12">
          <Section id="related" title={dict.news.related}>
            <NewsList items={related} locale={locale} dict={dict} headingLevel={3} />
          </Section>
        </div>
      ) : null}
    </article>
  );
}
