import type { Segment } from "@/lib/text";

/** Text with the words that matched a search marked (React escapes every segment). */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index} className="bg-brand-soft text-ink rounded-sm px-0.5 font-semibold">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
