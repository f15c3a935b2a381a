import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InitiativeTree } from "@/components/InitiativeTree";
import { PageHeader } from "@/components/PageHeader";
import { getCorpus } from "@/lib/corpus";
import { localeFromParam } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getInitiativeTree } from "@/lib/initiatives";
import { pageMetadata, sitePreview } from "@/lib/metadata";
import { initiativesPath } from "@/lib/urls";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale);
  if (!locale) return {};
  const dict = getDictionary(locale);
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
  const locale = localeFromParam((await params).locale);
  if (!locale) notFound();
  const dict = getDictionary(locale);
  return (
    <>
      <PageHeader title={dict.initiatives.title} intro={dict.initiatives.intro} />
      <InitiativeTree nodes={getInitiativeTree(getCorpus(locale))} locale={locale} dict={dict} />
    </>
  );
}
