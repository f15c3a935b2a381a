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
    placeholder: "Search news and statements",
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
    tagIntro: (tag: string) => `Everything published on “${tag}”, newest first.`,
    year: (year: number) => `News from ${year}`,
    yearIntro: (year: number) => `Press releases, news and statements published in ${year}.`,
    page: (title: string, page: number, total: number) => `${title} — page ${page} of ${total}`,
    nothingYet: "Nothing has been published here yet.",
  },
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
      "Programmes, coalitions and campaigns working to end violence against women and girls in Central Asia.",
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
