/**
 * Former addresses of renamed files. A document lists its former slugs in `aliases`; the
 * old address answers with a permanent redirect to the current one, in every language
 * (proxy.ts, through `redirectFor` in lib/routing.ts). The corpus has already refused any
 * alias that is an existing page or is claimed twice (lib/content/alias-rules.ts), so a
 * former slug leads to exactly one document.
 */
import type { Corpus } from "./content/model";
import type { DocumentType } from "./content/schema";
import { isPublished, type PublicationContext } from "./publication";

type AliasTable = Record<DocumentType, ReadonlyMap<string, string>>;

const tables = new WeakMap<Corpus, AliasTable>();

function index(documents: readonly { slug: string; aliases?: string[] }[]) {
  return new Map(
    documents.flatMap((document) =>
      (document.aliases ?? []).map((alias) => [alias, document.slug] as const),
    ),
  );
}

/** Former slug → current slug, per type; built once per corpus (once per server process). */
function aliasTable(corpus: Corpus): AliasTable {
  let table = tables.get(corpus);
  if (!table) {
    table = {
      news: index(corpus.news),
      initiative: index(corpus.initiatives),
      signatory: index(corpus.signatories),
      tag: new Map(), // topics have no former names
    };
    tables.set(corpus, table);
  }
  return table;
}

/**
 * The current slug of the document formerly called `alias`, or undefined. Aliases of drafts
 * and scheduled news count only once the item is public, so an old address reveals nothing
 * early — and starts redirecting on the publication day, without a rebuild.
 */
export function currentSlugOf(
  corpus: Corpus,
  context: PublicationContext,
  type: DocumentType,
  alias: string,
): string | undefined {
  const slug = aliasTable(corpus)[type].get(alias);
  if (slug === undefined) return undefined;
  if (type === "news") {
    const item = corpus.newsBySlug.get(slug);
    return item && isPublished(item, context) ? slug : undefined;
  }
  return slug;
}
