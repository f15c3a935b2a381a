import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/PageHeader";
import { Section } from "@/components/Section";
import { SignatoryList } from "@/components/SignatoryList";
import { getCorpus } from "@/lib/corpus";
import { localeFromParam } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata, sitePreview } from "@/lib/metadata";
import { getSignatoriesByKind } from "@/lib/signatories";
import { signatoriesPath } from "@/lib/urls";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale);
  if (!locale) return {};
  const dict = getDictionary(locale);
  return pageMetadata({
    locale,
    dict,
    path: signatoriesPath(locale),
    title: dict.signatories.title,
    description: dict.signatories.intro,
    image: sitePreview(locale, dict),
  });
}

export default async function SignatoriesPage({ params }: Props) {
  const locale = localeFromParam((await params).locale);
  if (!locale) notFound();
  const dict = getDictionary(locale);
  return (
    <>
      <PageHeader title={dict.signatories.title} intro={dict.signatories.intro} />
      {getSignatoriesByKind(getCorpus(locale), locale).map((group) => (
        <Section
          key={group.kind}
          id={`kind-${group.kind}`}
          title={`${dict.kinds[group.kind].many} (${group.signatories.length})`}
        >
          <div className="pt-2">
            <SignatoryList
              signatories={group.signatories}
              locale={locale}
              dict={dict}
              showKind={false}
            />
          </div>
        </Section>
      ))}
    </>
  );
}
