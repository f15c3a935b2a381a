import { SiteLink } from "@/components/SiteLink";
import { notFound } from "next/navigation";
import { metadataOf, pageScope } from "@/lib/page-scope";
import { PAGE_TEXTS } from "@/lib/page-texts";
import { InitiativeTree } from "@/components/InitiativeTree";
import { NewsCard } from "@/components/NewsCard";
import { NewsList } from "@/components/NewsList";
import { PageHeader } from "@/components/PageHeader";
import { Section } from "@/components/Section";
import { SignatoryList } from "@/components/SignatoryList";
import { firstOfTree, getInitiativeTree } from "@/lib/initiatives";
import { getLatestStatement, getPublishedNews, getSignatoriesOf } from "@/lib/news";
import { initiativesPath, newsListPath } from "@/lib/urls";

// Rendered again at most hourly, so items whose date has come appear without a rebuild.
export const revalidate = 3600;

const LATEST_NEWS_COUNT = 6;
/** Initiatives on the home page; the initiatives page has them all. */
const INITIATIVE_COUNT = 8;

export const generateMetadata = metadataOf(PAGE_TEXTS.home);

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, dict, corpus, context } = (await pageScope(params)) ?? notFound();
  const latest = getPublishedNews(corpus, context).slice(0, LATEST_NEWS_COUNT);
  const statement = getLatestStatement(corpus, context);
  const signatories = statement ? getSignatoriesOf(corpus, statement) : [];
  const moreLink = (href: string, label: string) => (
    <SiteLink href={href} className="text-brand text-sm font-semibold underline underline-offset-4">
      {label}
    </SiteLink>
  );

  return (
    <>
      <PageHeader title={dict.home.title} intro={dict.home.intro} />

      <Section
        id="latest-news"
        title={dict.home.latestNews}
        action={moreLink(newsListPath(locale), dict.home.allNews)}
      >
        {latest.length > 0 ? (
          <NewsList items={latest} locale={locale} dict={dict} headingLevel={3} />
        ) : (
          <p className="text-muted py-6">{dict.news.empty}</p>
        )}
      </Section>

      {statement ? (
        <Section id="latest-statement" title={dict.home.latestStatement}>
          <div className="bg-brand-soft mt-4 rounded-xl px-5 pb-5 sm:px-8 sm:pb-8">
            <NewsCard item={statement} locale={locale} dict={dict} headingLevel={3} />
            <p className="text-ink mt-6 mb-3 font-semibold">
              {dict.home.signedBy(signatories.length)}
            </p>
            <SignatoryList
              signatories={signatories}
              locale={locale}
              dict={dict}
              ordered
              showKind={false}
            />
          </div>
        </Section>
      ) : null}

      <Section
        id="initiatives"
        title={dict.home.initiatives}
        action={moreLink(initiativesPath(locale), dict.home.allInitiatives)}
      >
        <div className="pt-4">
          <InitiativeTree
            nodes={firstOfTree(getInitiativeTree(corpus), INITIATIVE_COUNT)}
            locale={locale}
            dict={dict}
            headingLevel={3}
          />
        </div>
      </Section>
    </>
  );
}
