/**
 * `npm run dev` only (readers never see a draft or a scheduled item): says on the item's page
 * that it is not public yet, in English like every message for editors.
 */
export function UnpublishedBanner({ notice }: { notice: string | undefined }) {
  if (!notice) return null;
  return (
    <p
      lang="en"
      dir="ltr"
      role="status"
      data-unpublished
      className="border-accent bg-surface text-ink mb-6 border-4 px-4 py-3 font-semibold"
    >
      {notice}
    </p>
  );
}
