import type { NewsCategory } from "@/lib/content/schema";
import type { Dictionary } from "@/lib/i18n/dictionary";

export function CategoryLabel({ category, dict }: { category: NewsCategory; dict: Dictionary }) {
  return (
    <span className="text-accent text-xs font-semibold tracking-wider uppercase">
      {dict.categories[category]}
    </span>
  );
}
