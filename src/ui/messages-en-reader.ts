/**
 * The English text of the strings of the first-run page and the legend, a claim shown in the
 * reader's language, and datasets that disagree (spread into EN, messages-en.ts; strings.ts says
 * how they are looked up).
 */
export const EN_READER = {
  // The legend (first-run page and the popup's "What the colours mean")
  legendToggle: 'What the colours mean',
  legendColourTitle: 'The colour: what became of the claim',
  legendGroupFalse: 'later shown to be untrue, or taken back',
  legendGroupMixed: 'fact-checkers found it partly true',
  legendGroupUnconfirmed: 'nobody has confirmed or denied it yet; the underline is dotted',
  legendGroupTrue: 'later confirmed, or rated true',
  legendStyleTitle: 'The style: what this article does with the claim',
  legendStyleSpreads:
    'Tinted, one underline: the article states the claim as fact or passes it on from others.',
  legendStyleAnswers: 'No tint, a double underline: the article reports the denial or debunks the claim.',
  legendSampleText: 'a claim',
  legendBadgeTitle: 'The toolbar badge',
  legendBadgeAlarm:
    'The number of claims the article states. Red only when it states or passes on a claim later denied, rated false or retracted.',
  legendBadgeAnswered:
    'Slate when the article reports the denial or debunks it; otherwise the colour of its most serious claim.',
  legendDisagree:
    'When your datasets disagree about a claim, the mark and the badge take the more serious status, and the card and the popup say “Datasets disagree” with what each one says.',
  legendWords:
    'Colour is never the only signal: the card and the popup say the status and what the article does in words.',
  // The first-run page
  welcomeTitle: 'Welcome to Afterword',
  welcomeIntro:
    'When a news article you read carries a claim that a fact-checking dataset tracks, Afterword marks the passage and tells you what became of the claim: denied, confirmed, rated, or still unconfirmed. Click a marked passage for the verdict; the toolbar button lists every claim on the page and searches them all.',
  welcomeLegendTitle: 'What the marks mean',
  welcomePrivacyTitle: 'What never leaves your browser',
  welcomePrivacy:
    'The pages you read, their addresses and what Afterword finds in them. Articles are read and matched inside the extension, and your settings, hidden hints and wrong-match reports stay on this device. Afterword goes online only to fetch the dataset sources you add, from their addresses.',
  welcomeDatasetsTitle: 'Add a dataset',
  welcomeDatasets:
    'Afterword comes with a small default dataset. To follow a fact-checker’s dataset, open the settings, choose “Add a dataset” and give its https address, or import a file.',
  welcomeOpenOptions: 'Open settings and datasets',
  // A claim in the reader's language; datasets that disagree
  claimOriginal: 'Original wording ($1)',
  disagreeHeadline: 'Datasets disagree: $1',
  disagreePart: '$1 in “$2”',
} as const satisfies Record<string, string>;
