import type { ReactNode } from "react";

/** Key facts of a page (date, location, countries …) as a description list. */
export function FactList({
  facts,
}: {
  facts: ReadonlyArray<{ label: string; value: ReactNode } | false | undefined>;
}) {
  const shown = facts.filter((fact): fact is { label: string; value: ReactNode } => Boolean(fact));
  return (
    <dl className="border-line grid grid-cols-[auto_1fr] gap-x-6 gap-y-2.5 border-y py-4 text-sm">
      {shown.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="text-muted font-semibold">{fact.label}</dt>
          <dd className="text-ink">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
