/**
 * Share links for an article: plain addresses of each service's own share page, so they
 * work without JavaScript and tell a third party nothing until the reader clicks one.
 */
export const SHARE_TARGETS = [
  "telegram",
  "whatsapp",
  "facebook",
  "x",
  "linkedin",
  "email",
] as const;
export type ShareTarget = (typeof SHARE_TARGETS)[number];

export type Shareable = {
  /** The page's absolute canonical URL. */
  url: string;
  title: string;
  /** One or two sentences; used as the body of an e-mail. */
  summary: string;
};

export type ShareLink = { target: ShareTarget; href: string };

const encode = encodeURIComponent;

function hrefFor(target: ShareTarget, { url, title, summary }: Shareable): string {
  switch (target) {
    case "telegram":
      return `https://t.me/share/url?url=${encode(url)}&text=${encode(title)}`;
    case "whatsapp":
      // WhatsApp takes a single text; the link goes last so it unfurls.
      return `https://wa.me/?text=${encode(`${title} ${url}`)}`;
    case "facebook":
      return `https://www.facebook.com/sharer/sharer.php?u=${encode(url)}`;
    case "x":
      return `https://x.com/intent/post?text=${encode(title)}&url=${encode(url)}`;
    case "linkedin":
      return `https://www.linkedin.com/sharing/share-offsite/?url=${encode(url)}`;
    case "email":
      // RFC 6068: percent-encoded, line breaks as CRLF.
      return `mailto:?subject=${encode(title)}&body=${encode(`${summary}\r\n\r\n${url}`)}`;
  }
}

/** One link per service, in the order they are shown. */
export function shareLinks(item: Shareable): ShareLink[] {
  return SHARE_TARGETS.map((target) => ({ target, href: hrefFor(target, item) }));
}
