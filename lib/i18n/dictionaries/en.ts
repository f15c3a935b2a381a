/** English interface text. Every other language's dictionary has exactly this shape. */
const en = {
  site: {
    name: "Ending Gender-Based Violence in Central Asia",
    shortName: "End GBV Central Asia",
    tagline:
      "News, joint statements and initiatives of the EU–UN Spotlight Initiative and its partners in Central Asia.",
    skipToContent: "Skip to main content",
    primaryNavigation: "Main",
    footerNote:
      "An information service on ending violence against women and girls in Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. No cookies, no tracking.",
    breadcrumb: "Breadcrumb",
    follow: "Follow our news",
  },
  feeds: {
    title: "Ending Gender-Based Violence in Central Asia — News",
    description:
      "Press releases, news and joint statements on ending violence against women and girls in Central Asia, newest first.",
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
  nav: { home: "Home", news: "News", initiatives: "Initiatives", signatories: "Signatories" },
  home: {
    title: "Ending gender-based violence in Central Asia",
    intro:
      "Press releases, news and joint statements on the work of governments, diplomatic missions, UN agencies and civil society to end violence against women and girls in the region.",
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
    pageTitle: (page: number, total: number) => `News — page ${page} of ${total}`,
    empty: "Nothing has been published yet.",
    published: "Published",
    updated: "Updated",
    location: "Location",
    category: "Type",
    countries: "Countries",
    tags: "Topics",
    initiatives: "Initiatives",
    signatories: "Signatories",
    signatoriesIntro: (count: number) =>
      `This statement was signed by ${count} ${count === 1 ? "organisation" : "organisations"}, in this order:`,
    contacts: "Media contacts",
    firstPublishedBy: "First published by",
    readMore: (title: string) => `Read “${title}”`,
  },
  categories: {
    "press-release": "Press release",
    news: "News",
    statement: "Joint statement",
  },
  initiatives: {
    title: "Initiatives",
    intro:
      "Programmes, coalitions and campaigns working to end violence against women and girls in Central Asia.",
    started: "Started",
    shortName: "Also known as",
    partOf: "Part of",
    programmes: "Programmes and coalitions within it",
    partners: "Partners",
    website: "Website",
    news: "News and statements",
    noNews: "No news names this initiative yet.",
  },
  signatories: {
    title: "Signatories",
    intro:
      "Embassies, delegations, UN agencies and other organisations that have signed joint statements or partner in initiatives.",
    country: "Country represented",
    website: "Website",
    statements: "Statements signed",
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
};

export default en;
export type Dictionary = typeof en;
