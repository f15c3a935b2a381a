import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageScope } from "@/lib/page-scope";
import { PageHeader } from "@/components/PageHeader";
import { Section } from "@/components/Section";
import { SignatoryList } from "@/components/SignatoryList";
import { pageMetadata, sitePreview } from "@/lib/metadata";
import { getSignatoriesByKind } from "@/lib/signatories";
import { signatoriesPath } from "@/lib/urls";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scope = await pageScope(params);
  if (!scope) return {};
  const { locale, dict } = scope;
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
  const { locale, dict, corpus } = (await pageScope(params)) ?? notFound();
  return (
    <>
      <PageHeader title={dict.signatories.title} intro={dict.signatories.intro} />
      {getSignatoriesByKind(corpus, locale).map((group) => (
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
