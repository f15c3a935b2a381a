/**
 * `npm run dev` shows drafts and scheduled items (lib/publication.ts); their pages say so, in
 * English like every message for editors. Readers never see these items, so never the notice.
 */
import { formatDate } from "./format";
import type { PublicationContext } from "./publication";

export function unpublishedNotice(
  item: { date: string; draft?: boolean },
  context: Pick<PublicationContext, "today">,
): string | undefined {
  if (item.draft) return "Draft: not public";
  if (item.date > context.today) return `Scheduled: public on ${formatDate(item.date, "en")}`;
  return undefined;
}
