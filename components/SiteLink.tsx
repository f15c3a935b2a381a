import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link to a page of the site: Next's client-side navigation, without prefetching. Next
 * would otherwise fetch every linked page that scrolls into view (about twenty on a list),
 * which readers on slow, metered phone connections pay for, and which multiplies requests
 * to the server; the page is fetched when the reader chooses it.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
