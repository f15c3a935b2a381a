import { sanitizeHtml } from "@/lib/content/sanitize-html";

/**
 * A document's body. The HTML comes from Contentlayer's Markdown pipeline, which runs
 * rehype-sanitize, and the content check refuses raw HTML in the Markdown; it is sanitised
 * once more here, when the page is rendered (on the server: pages are static).
 */
export function ArticleBody({ html, lang }: { html: string; lang?: string }) {
  return (
    <div
      lang={lang}
      className="prose sm:prose-lg prose-headings:font-serif prose-a:underline-offset-4 max-w-none"
      dangerouslySetInnerHTML={{ __html: sanitizeHtml(html) }}
    />
  );
}
