import { SiteLink } from "./SiteLink";

export type Crumb = { href: string; label: string };

export function Breadcrumbs({ items, label }: { items: readonly Crumb[]; label: string }) {
  return (
    <nav aria-label={label} className="mb-6 text-sm print:hidden">
      <ol className="text-muted flex flex-wrap items-center gap-x-2">
        {items.map((item, index) => (
          <li key={item.href} className="flex items-center gap-x-2">
            {index > 0 ? <span aria-hidden="true">/</span> : null}
            <SiteLink href={item.href} className="hover:text-brand underline underline-offset-4">
              {item.label}
            </SiteLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
