import { SiteLink } from "./SiteLink";
import type { Signatory } from "@/lib/content/model";
import { langAttribute, type Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { signatoryPath } from "@/lib/urls";

/** Organisations with links to their pages; `ordered` keeps the order in which they signed. */
export function SignatoryList({
  signatories,
  locale,
  dict,
  ordered = false,
  showKind = true,
}: {
  signatories: readonly Signatory[];
  locale: Locale;
  dict: Dictionary;
  ordered?: boolean;
  showKind?: boolean;
}) {
  const List = ordered ? "ol" : "ul";
  return (
    <List className="border-line grid gap-x-8 border-t sm:grid-cols-2">
      {signatories.map((signatory) => (
        <li key={signatory.slug} className="border-line border-b py-2.5">
          <SiteLink
            lang={langAttribute(signatory.lang, locale)}
            href={signatoryPath(locale, signatory.slug)}
            className="text-ink hover:text-brand font-medium underline decoration-1 underline-offset-4"
          >
            {signatory.name}
          </SiteLink>
          {showKind ? (
            <span className="text-muted block text-sm">{dict.kinds[signatory.kind].one}</span>
          ) : null}
        </li>
      ))}
    </List>
  );
}
