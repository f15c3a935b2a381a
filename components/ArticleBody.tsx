/**
 * A document's body. The HTML comes from Contentlayer's Markdown pipeline, which runs
 * rehype-sanitize; the content check also refuses raw HTML in the Markdown.
 */
export function ArticleBody({ html, lang }: { html: string; lang?: string }) {
  return (
    <div
      lang={lang}
      className="prose sm:prose-lg prose-headings:font-serif prose-a:underline-offset-4 max-w-none"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
