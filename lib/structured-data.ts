/**
 * JSON-LD (schema.org) for search engines and link previews: NewsArticle on articles,
 * Organization on signatory pages, BreadcrumbList on every page with breadcrumbs. Plain
 * objects; components/JsonLd.tsx writes them into the page with `serializeJsonLd`.
 */
import type { SignatoryKind } from "./content/schema";
import type { Locale } from "./i18n/config";
import type { Dictionary } from "./i18n/dictionary";
import { publicationMoment, siteTimeZone } from "./publication";
import { absoluteUrl } from "./site";
import { homePath } from "./urls";

export type JsonLd = { "@context": "https://schema.org"; "@type": string; [key: string]: unknown };
type Node = { "@type": string; [key: string]: unknown };

/** The organisation behind the site: author and publisher of every article. */
export function siteOrganization(
  locale: Locale,
  dict: Dictionary,
  env: NodeJS.ProcessEnv = process.env,
): Node {
  const url = absoluteUrl(homePath(locale), env);
  return {
    "@type": "Organization",
    "@id": `${url}#organization`,
    name: dict.site.name,
    alternateName: dict.site.shortName,
    url,
    logo: { "@type": "ImageObject", url: absoluteUrl("/icon.svg", env) },
  };
}

export type ArticleInput = {
  locale: Locale;
  dict: Dictionary;
  /** Absolute canonical URL of the article. */
  url: string;
  headline: string;
  description: string;
  /** The language the article's text is in (its original's, where it is not translated). */
  language?: Locale;
  /** YYYY-MM-DD */
  date: string;
  updated?: string;
  section: string;
  keywords?: readonly string[];
  /** Absolute URL of the preview image. */
  image: string;
  /** The original the article's facts come from (`source`). */
  source?: { name: string; title: string; published?: string; url?: string };
  timeZone?: string;
  env?: NodeJS.ProcessEnv;
};

export function newsArticleJsonLd(article: ArticleInput): JsonLd {
  const env = article.env ?? process.env;
  const timeZone = article.timeZone ?? siteTimeZone(env);
  const organization = siteOrganization(article.locale, article.dict, env);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${article.url}#article`,
    mainEntityOfPage: article.url,
    url: article.url,
    headline: article.headline,
    description: article.description,
    image: [article.image],
    datePublished: publicationMoment(article.date, timeZone),
    dateModified: publicationMoment(article.updated ?? article.date, timeZone),
    inLanguage: article.language ?? article.locale,
    articleSection: article.section,
    ...(article.keywords?.length ? { keywords: article.keywords.join(", ") } : {}),
    author: organization,
    publisher: organization,
    ...(article.source ? { isBasedOn: sourceWork(article.source) } : {}),
  };
}

/** The original an article is based on, as schema.org describes a creative work. */
function sourceWork(source: NonNullable<ArticleInput["source"]>): Node {
  return {
    "@type": "CreativeWork",
    headline: source.title,
    ...(source.url ? { url: source.url } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
    publisher: { "@type": "Organization", name: source.name },
  };
}

const SCHEMA_TYPE: Record<SignatoryKind, string> = {
  embassy: "GovernmentOrganization",
  delegation: "GovernmentOrganization",
  government: "GovernmentOrganization",
  "un-agency": "Organization",
  intergovernmental: "Organization",
  "civil-society": "NGO",
};

export type OrganizationInput = {
  /** Absolute URL of the organisation's page on this site. */
  url: string;
  name: string;
  kind: SignatoryKind;
  description: string;
  /** The organisation's own website. */
  website?: string;
  image: string;
};

export function organizationJsonLd(organization: OrganizationInput): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": SCHEMA_TYPE[organization.kind],
    "@id": `${organization.url}#organization`,
    name: organization.name,
    description: organization.description,
    mainEntityOfPage: organization.url,
    image: organization.image,
    ...(organization.website ? { url: organization.website, sameAs: [organization.website] } : {}),
  };
}

/** The trail from the home page to the current page (which is the last item). */
export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: characters that could end the script
 * element or start markup are escaped, so text from content can never break out of it.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
