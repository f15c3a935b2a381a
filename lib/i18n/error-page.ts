/**
 * The text of the page shown when a page fails to render (app/global-error.tsx). Next
 * bundles that page's code, as a client component, into the JavaScript of every page, so
 * its text lives here, small, rather than in the dictionaries, which would put every
 * language's whole interface into that script. Every language must have an entry.
 */
import type { Locale } from "./config";

export const ERROR_PAGE_TEXT: Record<
  Locale,
  { title: string; body: string; home: string; exit: string }
> = {
  en: {
    title: "This page could not be shown",
    body: "Something went wrong on our side. Try again in a few minutes, or start again from the home page.",
    home: "Go to the home page",
    exit: "Exit this page",
  },
  ru: {
    title: "Не удалось показать эту страницу",
    body: "Что-то пошло не так на нашей стороне. Попробуйте еще раз через несколько минут или начните заново с главной страницы.",
    home: "Перейти на главную страницу",
    exit: "Быстрый выход",
  },
};
