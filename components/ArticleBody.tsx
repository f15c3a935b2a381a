import { bodyHtml } from "@/lib/media/body-pictures";

/**
 * A document's body. The HTML comes from Contentlayer's Markdown pipeline, which runs
 * rehype-sanitize, and the content check refuses raw HTML in the Markdown; it is sanitised
 * once more here, when the page is rendered (on the server: pages are static). Its pictures
 * (`./picture.jpg`, relative to the document's file `sourcePath`) become responsive pictures.
 */
export function ArticleBody({
  html,
  lang,
  sourcePath,
}: {
  html: string;
  lang?: string;
  sourcePath: string;
}) {
  const body = bodyHtml({ html, sourcePath });
  return (
    <div
      lang={lang}
      className="prose sm:prose-lg prose-headings:font-serif prose-a:underline-offset-4 prose-figcaption:text-sm max-w-none"
      dangerouslySetInnerHTML={{ __html: body }}
    />
  );
}
