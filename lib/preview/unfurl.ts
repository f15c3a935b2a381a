/**
 * A mock of a shared link as a messenger unfurls it — site name, title, description and
 * picture in a chat bubble — drawn only from what the page's Open Graph tags say, with the
 * cuts messengers make (two lines of title, three of description, the picture cropped to
 * 1.91 : 1). The preview opens it in the browser and takes a picture of `#mock`.
 */

/** The mock's width in CSS pixels; its screenshot is twice that (device scale factor 2). */
export const MOCK_WIDTH = 440;

/** What link-preview crawlers read from a page: og:title, og:description, og:image … */
export type OpenGraph = {
  title?: string;
  description?: string;
  siteName?: string;
  url?: string;
  image?: { url: string; width?: number; height?: number; alt?: string; type?: string };
};

export type UnfurlMock = {
  og: OpenGraph;
  /** The picture's bytes as a data: URL (the mock page may not load from the site). */
  imageData?: string;
  /** A marking such as "Preview — draft", shown above the bubble. */
  banner?: string;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).host : "";
  } catch {
    return "";
  }
}

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; background: #dfe8ee; font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
#mock { width: ${MOCK_WIDTH}px; padding: 16px; margin: 0; background: #dfe8ee; }
figcaption { font-size: 12px; color: #4a5963; margin: 0 0 10px; }
.banner { background: #ffd600; color: #000; font-weight: 700; font-size: 13px; padding: 6px 10px; border: 2px solid #000; margin: 0 0 10px; }
.bubble { background: #fff; border-radius: 14px; padding: 8px 10px 6px; box-shadow: 0 1px 1px rgba(0,0,0,.15); }
.link { color: #2678b6; font-size: 14px; word-break: break-all; text-decoration: underline; }
.preview { margin-top: 6px; border-left: 3px solid #3a8dd0; padding: 2px 0 2px 9px; }
.site { color: #3a8dd0; font-weight: 700; font-size: 13.5px; }
.title { font-weight: 700; font-size: 14px; line-height: 1.3; color: #111; margin-top: 2px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.description { font-size: 13.5px; line-height: 1.35; color: #222; margin-top: 2px; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.picture { margin-top: 7px; width: 100%; aspect-ratio: 1200 / 630; border-radius: 8px; overflow: hidden; background: #c9d3da; }
.picture img { width: 100%; height: 100%; object-fit: cover; display: block; }
.missing { font-size: 12px; color: #8a1f11; margin-top: 6px; }
.time { text-align: right; font-size: 11px; color: #8a9aa6; margin-top: 2px; }
`;

/** The mock as a complete HTML document (no scripts, nothing loaded from elsewhere). */
export function unfurlMockHtml({ og, imageData, banner }: UnfurlMock): string {
  const part = (className: string, text: string | undefined) =>
    text ? `<div class="${className}">${escapeHtml(text)}</div>` : "";
  const picture = imageData
    ? `<div class="picture"><img src="${escapeHtml(imageData)}" alt="${escapeHtml(og.image?.alt ?? "")}"></div>`
    : `<div class="missing">No picture: og:image is missing or could not be loaded.</div>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Link preview</title><style>${STYLE}</style></head>
<body><figure id="mock">
<figcaption>A shared link as a messenger shows it (drawn from the page's Open Graph tags, ${escapeHtml(hostOf(og.url))})</figcaption>
${banner ? `<div class="banner">${escapeHtml(banner)}</div>` : ""}
<div class="bubble">
<div class="link">${escapeHtml(og.url ?? "")}</div>
<div class="preview">${part("site", og.siteName)}${part("title", og.title)}${part("description", og.description)}${picture}</div>
<div class="time">12:00</div>
</div>
</figure></body></html>`;
}
