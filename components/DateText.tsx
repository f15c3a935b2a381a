import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

export function DateText({ date, locale }: { date: string; locale: Locale }) {
  return <time dateTime={date}>{formatDate(date, locale)}</time>;
}
