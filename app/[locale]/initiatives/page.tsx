import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageScope } from "@/lib/page-scope";
import { InitiativeTree } from "@/components/InitiativeTree";
import { PageHeader } from "@/components/PageHeader";
import { getInitiativeTree } from "@/lib/initiatives";
import { pageMetadata, sitePreview } from "@/lib/metadata";
import { initiativesPath } from "@/lib/urls";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scope = await pageScope(params);
  if (!scope) return {};
  const { locale, dict } = scope;
  return pageMetadata({
    locale,
    dict,
    path: initiativesPath(locale),
    title: dict.initiatives.title,
    description: dict.initiatives.intro,
    image: sitePreview(locale, dict),
  });
}

export default async function InitiativesPage({ params }: Props) {
  const { locale, dict, corpus } = (await pageScope(params)) ?? notFound();
  return (
    <>
      <PageHeader title={dict.initiatives.title} intro={dict.initiatives.intro} />
      <InitiativeTree nodes={getInitiativeTree(corpus)} locale={locale} dict={dict} />
    </>
  );
}
