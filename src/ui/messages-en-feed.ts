/**
 * The English text of the strings about fact-checkers' feeds converted on the device (spread into
 * EN, messages-en.ts; strings.ts says how they are looked up).
 */
export const EN_FEED = {
  // The "Add a dataset" form: the address may also be a feed
  dsAddressFeedHint:
    'A fact-checker’s ClaimReview feed (JSON-LD) or a Fact Check Tools API response works too: Afterword converts it into a dataset on this device.',
  // A source's card: $1 the counts ("48 claims, 2 items left out or shortened")
  dsFeedClaimReview: 'Converted on this device from a fact-checker’s ClaimReview feed: $1.',
  dsFeedFactCheckApi: 'Converted on this device from a Fact Check Tools API response: $1.',
  dsFeedClaims_one: '$1 claim',
  dsFeedClaims_other: '$1 claims',
  dsFeedSkipped_one: '$1 item left out or shortened',
  dsFeedSkipped_other: '$1 items left out or shortened',
  dsFeedNothingSkipped: 'nothing left out',
  /** Followed by the importer's first reasons, in English as the importer gives them. */
  dsFeedReasons: 'Why (the converter’s words, in English):',
  // A refused feed: $1 "The file at …", $2 the problem
  errInvalidFeed: '$1 is a fact-checker’s feed that could not be converted into a dataset: $2',
} as const satisfies Record<string, string>;
