import { SiteLink } from "./SiteLink";
import type { Dictionary } from "@/lib/i18n/dictionary";

/** Previous/next and numbered page links; plain links, so it works without JavaScript. */
export function Pagination({
  page,
  totalPages,
  hrefFor,
  dict,
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  dict: Dictionary;
}) {
  if (totalPages <= 1) return null;
  const pages = Array.from({ length: totalPages }, (_, index) => index + 1).filter(
    (number) => number === 1 || number === totalPages || Math.abs(number - page) <= 2,
  );
  const linkClass =
    "border-line text-ink hover:border-brand hover:text-brand inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3";
  return (
    <nav aria-label={dict.pagination.label} className="mt-10 print:hidden">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <SiteLink href={hrefFor(page - 1)} rel="prev" className={linkClass}>
              <Arrow>←</Arrow> {dict.pagination.previous}
            </SiteLink>
          </li>
        ) : null}
        {pages.map((number, index) => (
          <li key={number} className="flex items-center gap-2">
            {index > 0 && number - pages[index - 1]! > 1 ? (
              <span aria-hidden="true" className="text-muted">
                …
              </span>
            ) : null}
            {number === page ? (
              <span
                aria-current="page"
                className="bg-brand text-on-brand inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 font-semibold"
              >
                <span className="sr-only">{dict.pagination.page(number)}</span>
                <span aria-hidden="true">{number}</span>
              </span>
            ) : (
              <SiteLink
                href={hrefFor(number)}
                className={linkClass}
                aria-label={dict.pagination.page(number)}
              >
                {number}
              </SiteLink>
            )}
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <SiteLink href={hrefFor(page + 1)} rel="next" className={linkClass}>
              {dict.pagination.next} <Arrow>→</Arrow>
            </SiteLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** An arrow that points the way the text reads: mirrored in a right-to-left language. */
function Arrow({ children }: { children: string }) {
  return (
    <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
      {children}
    </span>
  );
}
