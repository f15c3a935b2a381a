import { notFound } from "next/navigation";
import { metadataOf, pageScope } from "@/lib/page-scope";
import { PAGE_TEXTS } from "@/lib/page-texts";
import { PageHeader } from "@/components/PageHeader";

// The text lives in the dictionaries (lib/i18n/messages/): it is part of the safety feature,
// is translated with the interface, and every language must have all of it.
export const revalidate = 3600;

export const generateMetadata = metadataOf(PAGE_TEXTS.safety);

export default async function StayingSafeOnlinePage({ params }: PageProps<"/[locale]">) {
  const { dict } = (await pageScope(params)) ?? notFound();
  const { safety } = dict;

  return (
    <article className="mx-auto max-w-3xl">
      <PageHeader title={safety.title} intro={safety.intro} />

      <nav
        aria-labelledby="on-this-page"
        className="border-line mb-10 border-s-4 ps-4 print:hidden"
      >
        <h2 id="on-this-page" className="text-muted text-sm font-semibold">
          {safety.onThisPage}
        </h2>
        <ul className="mt-2 space-y-1.5">
          {safety.sections.map((section) => (
            <li key={section.id}>
              <a className="text-brand underline underline-offset-4" href={`#${section.id}`}>
                {section.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {safety.sections.map((section) => (
        <section
          key={section.id}
          id={section.id}
          aria-labelledby={`${section.id}-title`}
          className="border-line mt-10 border-t pt-8 first-of-type:mt-0"
        >
          <h2
            id={`${section.id}-title`}
            className="text-ink font-serif text-2xl leading-snug font-bold"
          >
            {section.title}
          </h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph} className="mt-4 max-w-prose text-lg leading-relaxed">
              {paragraph}
            </p>
          ))}
          {section.points ? (
            <ul className="marker:text-muted mt-4 max-w-prose list-disc space-y-2 ps-6 leading-relaxed">
              {section.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          ) : null}
          {section.browsers ? (
            <div className="mt-6 grid gap-4 sm:grid-cols-2">
              {section.browsers.map((browser) => (
                <div key={browser.name} className="bg-surface border-line rounded-lg border p-4">
                  <h3 className="text-ink font-semibold">{browser.name}</h3>
                  <ol className="marker:text-muted mt-2 list-decimal space-y-1.5 ps-5 leading-relaxed">
                    {browser.steps.map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ol>
                </div>
              ))}
            </div>
          ) : null}
        </section>
      ))}
    </article>
  );
}
