/**
 * The English text of every UI string (see strings.ts for how they are looked up and translated).
 * public/_locales/en/messages.json carries the same keys for translators; a unit test keeps them equal.
 */
export const EN = {
  messagesLocale: 'en',

  // Popup: page states
  popupLoading: 'Checking this page…',
  popupErrorTitle: "Afterword couldn't load the results for this tab.",
  popupErrorNoTab: 'There is no open tab to check.',
  popupRetry: 'Try again',
  popupNotArticleTitle: "This page doesn't look like a news article",
  popupNotArticle: "Afterword reads news articles. This page doesn't look like one, so nothing was checked.",
  popupIdleTitle: 'Nothing checked on this page yet.',
  popupIdleHint:
    'Afterword checks news articles once they have loaded. If this page was open before Afterword was installed, reload it.',
  popupNoMatchesTitle: 'No tracked claims in this article',
  popupNoDatasets: 'No datasets are installed, so there was nothing to check against.',
  popupCheckedAgainst: 'Checked against $1 from “$2”, data as of $3.',
  popupSectionMatches: 'In this article',
  popupSectionRelated: 'Related',
  popupPublished: 'Published $1',
  popupDateUnknownShort: 'Publication date unknown',

  // Claim card
  claimCount_one: '$1 claim',
  claimCount_other: '$1 claims',
  stanceAsserts: 'This article states it as fact',
  stanceHedged: 'This article reports it as unconfirmed',
  stanceReportsDenial: 'This article reports the denial',
  stanceDebunks: 'This article debunks it',
  relatedNote: 'This article discusses the subject but does not state the claim.',
  onThisPage: 'On this page:',
  timelineToggle: 'Timeline',
  timelineEvents_one: '$1 event',
  timelineEvents_other: '$1 events',
  timelineLabel: 'What happened to this claim, relative to this article',
  thisArticle: 'This article',
  articleDateUnknown: "The article's date is unknown",
  quoted: '“$1”',
  sourceLabel: 'Source:',
  sourceVia: 'via $1',
  opensInNewTab: '(opens in a new tab)',

  // Status of a claim (chip)
  statusDenied: 'Denied',
  statusConfirmed: 'Confirmed',
  statusRatedFalse: 'Rated false',
  statusRatedTrue: 'Rated true',
  statusRatedMixed: 'Mixed rating',
  statusRetracted: 'Retracted',
  statusUnconfirmed: 'Unconfirmed',

  // Event types
  eventReported: 'Reported',
  eventDenied: 'Denied',
  eventConfirmed: 'Confirmed',
  eventRated: 'Rated',
  eventRetracted: 'Retracted',
  eventCorrected: 'Corrected',

  // Offsets relative to the article being read
  relSameDay: 'the same day as this article',
  relDaysAfter_one: '$1 day after this article',
  relDaysAfter_other: '$1 days after this article',
  relDaysBefore_one: '$1 day before this article',
  relDaysBefore_other: '$1 days before this article',
  relMonthsAfter_one: '$1 month after this article',
  relMonthsAfter_other: '$1 months after this article',
  relMonthsBefore_one: '$1 month before this article',
  relMonthsBefore_other: '$1 months before this article',
  relYearsAfter_one: '$1 year after this article',
  relYearsAfter_other: '$1 years after this article',
  relYearsBefore_one: '$1 year before this article',
  relYearsBefore_other: '$1 years before this article',

  // Footer
  footerDataAsOf: 'data as of $1',
  footerPublisher: 'by $1',
  footerOptions: 'Settings and datasets',

  // Options page
  optionsTitle: 'Afterword settings',
  optionsIntro:
    'Afterword shows what happened to the claims in the news article you are reading: denied, confirmed, rated or still unconfirmed.',
  optionsDatasets: 'Installed datasets',
  optionsDatasetsLoading: 'Loading datasets…',
  optionsDatasetsError: "The list of datasets couldn't be loaded.",
  optionsNoDatasets: 'No datasets are installed.',
  optionsPublisher: 'Publisher',
  optionsLicence: 'Licence',
  optionsVersion: 'Version',
  optionsAsOf: 'Data as of',
  optionsClaims: 'Claims',
  optionsSourcesComing: 'Dataset sources and updates will be managed here.',
  optionsPrivacy: 'Privacy',
  optionsPrivacyText:
    'Nothing you read leaves your browser. Afterword makes no network requests unless you subscribe to a dataset source.',
  optionsPermissions: 'Permissions',
  optionsPermissionsIntro: 'What Afterword asks your browser for, and why:',
  permStorageName: 'Storage',
  permStorage: 'To remember results for open tabs and your settings.',
  permPagesName: 'Read pages on http and https sites',
  permPages:
    'To read the article you are viewing, locally. The text is checked inside your browser and never sent anywhere.',
  permUnexplained: 'Not explained yet.',
  optionsVersionLine: 'Afterword $1',
} as const satisfies Record<string, string>;
