import { SiteLink } from "./SiteLink";
import type { InitiativeNode } from "@/lib/initiatives";
import { langAttribute, type Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { initiativePath } from "@/lib/urls";

/** Initiatives with their programmes nested beneath them. */
export function InitiativeTree({
  nodes,
  locale,
  dict,
  headingLevel = 2,
  nested = false,
}: {
  nodes: readonly InitiativeNode[];
  locale: Locale;
  dict: Dictionary;
  headingLevel?: 2 | 3 | 4;
  nested?: boolean;
}) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const childLevel = Math.min(headingLevel + 1, 4) as 3 | 4;
  return (
    <ul className={nested ? "border-line mt-4 space-y-4 border-s-2 ps-5" : "space-y-6"}>
      {nodes.map(({ initiative, children }) => (
        <li key={initiative.slug}>
          <Heading className="font-serif text-lg leading-snug font-bold sm:text-xl">
            <SiteLink
              lang={langAttribute(initiative.lang, locale)}
              href={initiativePath(locale, initiative.slug)}
              className="text-ink hover:text-brand underline decoration-1 underline-offset-4"
            >
              {initiative.title}
            </SiteLink>
          </Heading>
          <p className="text-muted mt-1 max-w-3xl leading-relaxed">
            <span lang={langAttribute(initiative.lang, locale)}>{initiative.summary}</span>
            {initiative.started ? (
              // The year stays with the word before it; the rest wraps, as some languages'
              // words are long for a 320-pixel screen.
              <span>
                {" "}
                · {dict.initiatives.started}
                {"\u00a0"}
                {initiative.started}
              </span>
            ) : null}
          </p>
          {children.length > 0 ? (
            <InitiativeTree
              nodes={children}
              locale={locale}
              dict={dict}
              headingLevel={childLevel}
              nested
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
