import type { ReactNode } from "react";

/** A titled section of a page; the heading labels the region for screen readers. */
export function Section({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-12 first:mt-0">
      <div className="border-ink mb-2 flex items-baseline justify-between gap-4 border-b-2 pb-2">
        <h2 id={id} className="text-ink text-sm font-bold tracking-wider uppercase">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}
