/** A section of the "Staying safe online" page: text, a list, and steps per browser. */
type SafetySection = {
  /** The section's anchor on the page. */
  id: string;
  title: string;
  paragraphs: string[];
  points?: string[];
  browsers?: { name: string; steps: string[] }[];
};
const safetySections = (...sections: SafetySection[]) => sections;

/** English interface text. Every other language's dictionary has exactly this shape. */
const en = {
  site: {
    name: "Ending Gender-Based Violence in Central Asia",
    shortName: "End GBV Central Asia",
    tagline:
      "News, joint statements and initiatives on ending gender-based violence in Central Asia and Afghanistan.",
    skipToContent: "Skip to main content",
    primaryNavigation: "Main",
    footerNavigation: "Site",
    footerNote:
      "An information service on ending violence against women and girls in Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Afghanistan. No cookies, no tracking.",
    breadcrumb: "Breadcrumb",
    follow: "Follow our news",
  },
  feeds: {
    title: "Ending Gender-Based Violence in Central Asia — News",
    description:
      "Press releases, news and joint statements on ending violence against women and girls in Central Asia and Afghanistan, newest first.",
    rss: "RSS",
    atom: "Atom",
    json: "JSON Feed",
    linkTitle: { rss: "News (RSS)", atom: "News (Atom)", json: "News (JSON Feed)" },
    copyright: "Ending Gender-Based Violence in Central Asia",
  },
  share: {
    title: "Share this article",
    copy: "Copy link",
    copied: "Link copied",
    copiedStatus: "The link to this article is copied: paste it wherever you like.",
    copyFailed: "The link could not be copied. Select it in the address bar and copy it.",
    share: "Share…",
    newTab: "(opens in a new tab)",
    targets: {
      telegram: "Telegram",
      whatsapp: "WhatsApp",
      facebook: "Facebook",
      x: "X",
      linkedin: "LinkedIn",
      email: "E-mail",
    },
  },
  preview: {
    articleAlt: (title: string, category: string, date: string) =>
      `${category}, ${date}: “${title}”`,
    initiativeAlt: (title: string) => `Initiative: ${title}`,
    signatoryAlt: (name: string, kind: string) => `${kind}: ${name}`,
    siteAlt: "Ending Gender-Based Violence in Central Asia: news, joint statements and initiatives",
    initiative: "Initiative",
    started: (year: number) => `Started ${year}`,
    statementsSigned: (count: number) =>
      `${count} joint ${count === 1 ? "statement" : "statements"} signed`,
  },
  nav: {
    home: "Home",
    news: "News",
    initiatives: "Initiatives",
    signatories: "Signatories",
    search: "Search",
  },
  search: {
    title: "Search",
    resultsTitle: (query: string) => `Search results for “${query}”`,
    intro:
      "Find news, statements, initiatives and organisations by word, country, initiative or year.",
    label: "Search the site",
    /** A hint inside the search field: short enough for a 320-pixel screen. */
    placeholder: "Word, country, year",
    submit: "Search",
    filters: "Filters",
    apply: "Apply",
    clear: "Clear all",
    any: "Any",
    category: "Type",
    country: "Country",
    initiative: "Initiative",
    signatory: "Signed by",
    year: "Year",
    count: (count: number) => `${count} ${count === 1 ? "result" : "results"}`,
    none: "Nothing matches your search.",
    noneHelp: "Check the spelling, use fewer or more general words, or remove a filter.",
    browseCountries: "Browse by country",
    browseYears: "Browse by year",
    browseTopics: "Browse by topic",
    truncated: (max: number) => `Your search was shortened to its first ${max} characters.`,
    ignored: (param: string, value: string) =>
      `“${value}” is not a known ${param} and was ignored.`,
    pageOutOfRange: "There are no results on this page.",
    firstPage: "Go to the first page of results",
    types: { news: "News", initiative: "Initiative", signatory: "Organisation" },
    /** Names of the query parameters, in notices about values that were ignored. */
    params: {
      category: "type",
      country: "country",
      initiative: "initiative",
      signatory: "organisation",
      year: "year",
      page: "page number",
    },
  },
  browse: {
    country: (name: string) => `News about ${name}`,
    countryIntro: (name: string) =>
      `Press releases, news and statements concerning ${name}, newest first.`,
    organisationsFrom: (name: string) => `Organisations representing ${name}`,
    tag: (tag: string) => `Topic: ${tag}`,
    /** Above a topic's name on its page. */
    topic: "Topic",
    tagIntro: (tag: string) => `Everything published on “${tag}”, newest first.`,
    year: (year: number) => `News from ${year}`,
    yearIntro: (year: number) => `Press releases, news and statements published in ${year}.`,
    page: (title: string, page: number, total: number) => `${title} — page ${page} of ${total}`,
    nothingYet: "Nothing has been published here yet.",
  },
  quickExit: {
    /** Name of the bar that holds the quick exit (a navigation landmark). */
    region: "Quick exit",
    label: "Exit this page",
    /** Read by screen readers with the button once the page's script is running. */
    description:
      "Replaces this page straight away with an everyday website. Shortcut: press the Shift key 3 times.",
    safetyLink: "Staying safe online",
    /** Shown, and announced, while the other website loads: deliberately neutral. */
    activated: "Loading.",
    pressTwoMoreTimes: "Shift, press 2 more times to exit.",
    pressOneMoreTime: "Shift, press 1 more time to exit.",
    timedOut: "Exit this page expired.",
  },
  home: {
    title: "Ending gender-based violence in Central Asia",
    intro:
      "Press releases, news and joint statements on the work of governments, diplomatic missions, UN agencies and civil society to end violence against women and girls in Central Asia and Afghanistan.",
    latestNews: "Latest news",
    allNews: "All news",
    latestStatement: "Latest joint statement",
    initiatives: "Initiatives",
    allInitiatives: "All initiatives",
    signedBy: (count: number) =>
      `Signed by ${count} ${count === 1 ? "organisation" : "organisations"}`,
  },
  news: {
    title: "News",
    intro: "Press releases, news and joint statements, newest first.",
    empty: "Nothing has been published yet.",
    /** The date of the event or statement the item reports. */
    date: "Date",
    updated: "Updated on this site",
    location: "Location",
    category: "Type",
    countries: "Countries",
    tags: "Topics",
    initiatives: "Initiatives",
    signatories: "Signatories",
    signatoriesIntro: (count: number) =>
      `This statement was signed by ${count} ${count === 1 ? "organisation" : "organisations"}, in this order:`,
    contacts: "Media contacts",
    /** The line naming the original an item comes from: publisher, headline, date. */
    source: "Source",
    sourcePublished: (date: string) => `published ${date}`,
    readMore: (title: string) => `Read “${title}”`,
    related: "Related",
  },
  categories: {
    "press-release": "Press release",
    news: "News",
    statement: "Joint statement",
  },
  initiatives: {
    title: "Initiatives",
    intro:
      "Programmes, coalitions and campaigns to end violence against women and girls that our news and statements report on.",
    started: "Started",
    shortName: "Also known as",
    partOf: "Part of",
    programmes: "Programmes and coalitions within it",
    partners: "Partners",
    website: "Website",
    news: "News and statements",
    newsCount: (count: number) => `News and statements (${count})`,
    noNews: "No news names this initiative yet.",
  },
  signatories: {
    title: "Signatories",
    intro:
      "Embassies, delegations, UN agencies and other organisations that have signed joint statements or partner in initiatives.",
    country: "Country represented",
    website: "Website",
    statements: "Statements signed",
    statementsCount: (count: number) => `Statements signed (${count})`,
    noStatements: "No published statement lists this organisation yet.",
    partnerIn: "Partner in",
  },
  kinds: {
    embassy: { one: "Embassy", many: "Embassies" },
    delegation: { one: "Delegation", many: "Delegations" },
    "un-agency": { one: "UN agency", many: "UN agencies" },
    intergovernmental: {
      one: "Intergovernmental organisation",
      many: "Intergovernmental organisations",
    },
    government: { one: "Government body", many: "Government bodies" },
    "civil-society": { one: "Civil society organisation", many: "Civil society organisations" },
  },
  pagination: {
    label: "Pages",
    previous: "Previous page",
    next: "Next page",
    page: (page: number) => `Page ${page}`,
  },
  safety: {
    title: "Staying safe online",
    onThisPage: "On this page",
    description:
      "How to leave this website quickly, how browsing history and private browsing work, and how to delete your history.",
    intro:
      "If someone might check your phone or computer, or walk in while you are reading, these steps can help you use this website more safely. No step removes every risk, so choose what is safe for you.",
    sections: safetySections(
      {
        id: "leave-quickly",
        title: "Leave this website quickly",
        paragraphs: [
          "Every page has an “Exit this page” button at the top. It stays in view while you scroll.",
          "Select it, or press the Shift key 3 times in a row, and this page is hidden and replaced straight away with a weather website.",
        ],
        points: [
          "The Back button will not bring the page back. Other pages of this website that you opened earlier can still be in your browser’s history: see “Deleting your history” below.",
          "On a phone, you can also switch to another app or close the browser tab.",
          "It is a good idea to have another website open in a second tab, so that it is what someone sees if you close this one.",
        ],
      },
      {
        id: "what-your-browser-remembers",
        title: "What your browser remembers",
        paragraphs: [
          "Your browser keeps a history of the pages you visit. Anyone who uses your phone or computer can look at it, and the browser may suggest this website when they start typing in the address bar.",
          "This website sets no cookies, uses no tracking or analytics and loads nothing from other websites. Your browser still keeps its own record of your visit.",
        ],
        points: [
          "If you are signed in to your browser, for example with a Google, Apple, Microsoft or Samsung account, your history may also show on your other devices, such as a shared tablet or computer.",
          "Someone who controls your device or your internet connection, for example through a spying app or a shared work network, may see more than your history. If you think your device is being watched, use one the person cannot reach, such as a trusted friend’s phone or a computer in a library.",
        ],
      },
      {
        id: "private-browsing",
        title: "Private browsing",
        paragraphs: [
          "In a private window or tab, the browser does not keep the pages you visit in its history after you close it. It is called Incognito in Chrome, InPrivate in Edge, Private Browsing in Firefox and Safari, and Secret mode in Samsung Internet.",
          "Private browsing does not hide what you do from your internet provider, from an employer’s or school’s network, or from spying apps on the device. Close every private window or tab when you have finished.",
        ],
        browsers: [
          {
            name: "Chrome",
            steps: [
              "Open the menu (three dots, ⋮).",
              "Choose New Incognito tab (on a computer: New Incognito window, or press Ctrl+Shift+N).",
            ],
          },
          {
            name: "Firefox",
            steps: [
              "On a computer, open the menu (three lines, ☰) and choose New private window, or press Ctrl+Shift+P.",
              "On a phone, tap the tabs button, then the mask icon, and open a new tab there.",
            ],
          },
          {
            name: "Safari on iPhone",
            steps: [
              "Tap the tabs button (two squares).",
              "Swipe to Private, then tap the plus button.",
            ],
          },
          {
            name: "Samsung Internet",
            steps: ["Tap the tabs button.", "Tap Turn on Secret mode."],
          },
          {
            name: "Microsoft Edge",
            steps: [
              "Open the menu (three dots, …).",
              "Choose New InPrivate window (on a computer you can also press Ctrl+Shift+N).",
            ],
          },
        ],
      },
      {
        id: "delete-history",
        title: "Deleting your history",
        paragraphs: [
          "Deleting all of your history at once can itself make someone suspicious. If that is a risk for you, delete only the pages of this website and leave the rest.",
          "The steps below are for the current versions of each browser. The words may be slightly different in yours.",
        ],
        browsers: [
          {
            name: "Chrome",
            steps: [
              "Open the menu (three dots, ⋮) and choose History.",
              "To delete one page: on a phone, tap the ✕ next to it; on a computer, open the three dots next to it and choose Remove from history.",
              "To delete everything: open the menu, choose Delete browsing data, choose a time range, tick Browsing history and tap Delete data.",
            ],
          },
          {
            name: "Firefox",
            steps: [
              "On a computer, open the menu (☰), choose History and then Manage history. Right-click a page and choose Delete Page. To delete everything, choose History and then Clear recent history.",
              "On a phone, open the menu (⋮) and tap History. Tap the bin icon to choose how much to delete.",
            ],
          },
          {
            name: "Safari on iPhone",
            steps: [
              "Tap the bookmarks button (an open book), then the History tab (a clock).",
              "To delete one page, swipe left on it and tap Delete.",
              "To delete everything, tap Clear and choose All history.",
            ],
          },
          {
            name: "Samsung Internet",
            steps: [
              "Tap the menu (three lines, ☰) and choose History.",
              "To delete one page, touch and hold it, then tap Delete.",
              "To delete everything, open the more options menu (⋮) on the History screen and choose to delete the history.",
            ],
          },
          {
            name: "Microsoft Edge",
            steps: [
              "Open the menu (three dots, …) and choose History, or press Ctrl+H on a computer.",
              "To delete one page, select the bin icon next to it (on a phone, touch and hold it first).",
              "To delete everything, press Ctrl+Shift+Delete on a computer, or tap the bin icon at the top of History on a phone, and choose All time.",
            ],
          },
        ],
      },
    ),
  },
  badRequest: {
    title: "This address is not valid",
    body: "The address contains characters that cannot be read. Check the link, or start again from the home page.",
  },
  notFound: {
    title: "Page not found",
    body: "There is no page at this address. It may have been mistyped, or the page may have moved.",
    home: "Go to the home page",
    news: "Browse all news",
  },
  /**
   * Country names that differ from Intl's for this language (by ISO code); every other
   * country is named by Intl.DisplayNames.
   */
  countries: {} as Partial<Record<string, string>>,
  language: {
    /** The language switcher's name (a navigation landmark). */
    label: "Language",
    /** Beside text shown in another language than the page's, e.g. "In English". */
    inLanguage: (language: string) => `In ${language}`,
    /** Above an item that is not translated into the page's language yet. */
    /** Suggested, in this language, to a reader whose browser asks for it. */
    suggestion: "This page is also available in English.",
    read: "Read in English",
    dismiss: "Close",
    untranslated: (language: string) =>
      `This item has not been translated into English yet. It is shown in its original language (${language}).`,
  },
};

export default en;
export type Dictionary = typeof en;
