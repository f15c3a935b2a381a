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
  kk: {
    title: "Бұл бетті көрсету мүмкін болмады",
    body: "Біз жақта бірдеңе дұрыс болмады. Бірнеше минуттан кейін қайталап көріңіз немесе басты беттен қайта бастаңыз.",
    home: "Басты бетке өту",
    exit: "Бұл беттен шығу",
  },
  ky: {
    title: "Бул баракты көрсөтүү мүмкүн болгон жок",
    body: "Биздин тарапта ката кетти. Бир нече мүнөттөн кийин кайталап көрүңүз же башкы барактан кайра баштаңыз.",
    home: "Башкы баракка өтүү",
    exit: "Тез чыгуу",
  },
  uz: {
    title: "Bu sahifani koʻrsatib boʻlmadi",
    body: "Bizning tomonda nimadir notoʻgʻri ketdi. Bir necha daqiqadan keyin qayta urinib koʻring yoki bosh sahifadan qaytadan boshlang.",
    home: "Bosh sahifaga oʻtish",
    exit: "Tezkor chiqish",
  },
  tg: {
    title: "Ин саҳифаро нишон додан муяссар нашуд",
    body: "Дар тарафи мо хатое рух дод. Баъд аз чанд дақиқа бори дигар кӯшиш кунед ё аз саҳифаи асосӣ аз нав оғоз кунед.",
    home: "Ба саҳифаи асосӣ гузаштан",
    exit: "Баромади фаврӣ",
  },
  tk: {
    title: "Bu sahypany görkezip bolmady",
    body: "Biziň tarapymyzda näsazlyk ýüze çykdy. Birnäçe minutdan täzeden synanyşyň ýa-da baş sahypadan täzeden başlaň.",
    home: "Baş sahypa geçmek",
    exit: "Bu sahypadan çykmak",
  },
};
