import type { ReactNode } from "react";

export function PageHeader({
  title,
  intro,
  eyebrow,
  lang,
  children,
}: {
  title: string;
  intro?: string;
  eyebrow?: ReactNode;
  /** The language of the title and intro where it is not the page's (untranslated text). */
  lang?: string;
  children?: ReactNode;
}) {
  return (
    <header className="mb-8 sm:mb-10">
      {eyebrow ? <div className="mb-3">{eyebrow}</div> : null}
      <h1
        lang={lang}
        className="text-ink font-serif text-[1.75rem] leading-tight font-bold text-balance sm:text-4xl"
      >
        {title}
      </h1>
      {intro ? (
        <p lang={lang} className="text-muted mt-4 max-w-2xl text-lg leading-relaxed">
          {intro}
        </p>
      ) : null}
      {children}
    </header>
  );
}
