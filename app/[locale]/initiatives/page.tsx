import { notFound } from "next/navigation";
import { metadataOf, pageScope } from "@/lib/page-scope";
import { PAGE_TEXTS } from "@/lib/page-texts";
import { InitiativeTree } from "@/components/InitiativeTree";
import { PageHeader } from "@/components/PageHeader";
import { getInitiativeTree } from "@/lib/initiatives";

export const generateMetadata = metadataOf(PAGE_TEXTS.initiatives);

export default async function InitiativesPage({ params }: PageProps<"/[locale]">) {
  const scope = (await pageScope(params)) ?? notFound();
  const { locale, dict, corpus } = scope;
  const { title, description } = PAGE_TEXTS.initiatives(scope);
  return (
    <>
      <PageHeader title={title} intro={description} />
      <InitiativeTree nodes={getInitiativeTree(corpus)} locale={locale} dict={dict} />
    </>
  );
}
