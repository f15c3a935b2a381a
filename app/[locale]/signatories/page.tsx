import { notFound } from "next/navigation";
import { metadataOf, pageScope } from "@/lib/page-scope";
import { PAGE_TEXTS } from "@/lib/page-texts";
import { PageHeader } from "@/components/PageHeader";
import { Section } from "@/components/Section";
import { SignatoryList } from "@/components/SignatoryList";
import { getSignatoriesByKind } from "@/lib/signatories";

export const generateMetadata = metadataOf(PAGE_TEXTS.signatories);

export default async function SignatoriesPage({ params }: PageProps<"/[locale]">) {
  const scope = (await pageScope(params)) ?? notFound();
  const { locale, dict, corpus } = scope;
  const { title, description } = PAGE_TEXTS.signatories(scope);
  return (
    <>
      <PageHeader title={title} intro={description} />
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
