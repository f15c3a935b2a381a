import { SiteLink } from "./SiteLink";

/** A short inline list of links, e.g. an article's countries or topics. */
export function LinkList({
  links,
}: {
  /** `lang`: the label's language where it is not the page's. */
  links: ReadonlyArray<{ href: string; label: string; lang?: string }>;
}) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1">
      {links.map((link) => (
        <li key={link.href}>
          <SiteLink
            lang={link.lang}
            className="text-brand underline underline-offset-4"
            href={link.href}
          >
            {link.label}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
