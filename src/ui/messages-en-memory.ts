/**
 * The English text of the reading memory's strings: "Since you read it", "Your claims", Follow,
 * Copy, and their settings (spread into EN, messages-en.ts; strings.ts says how they are looked up).
 */
export const EN_MEMORY = {
  // Toolbar and notification: changes to claims read, not yet seen
  toolbarChanges_one: '$1 claim you read has changed since. Open Afterword to see it.',
  toolbarChanges_other: '$1 claims you read have changed since. Open Afterword to see them.',
  notifyChangesTitle: 'Claims you read have changed',
  notifyChanges_one: 'An update changed $1 claim you read. Click to see it in Your claims.',
  notifyChanges_other: 'An update changed $1 claims you read. Click to see them in Your claims.',

  // "Since you read it": $1 the status now, $2 when; then where and who
  sinceTitle: 'Since you read it',
  sinceVerbWhen: '$1 $2',
  sinceSameDay: 'the same day you read it',
  sinceDaysAfter_one: '$1 day after you read it',
  sinceDaysAfter_other: '$1 days after you read it',
  sinceMonthsAfter_one: '$1 month after you read it',
  sinceMonthsAfter_other: '$1 months after you read it',
  sinceYearsAfter_one: '$1 year after you read it',
  sinceYearsAfter_other: '$1 years after you read it',
  sinceBeforeRead: '$1, before you read it',
  sinceSinceRead: 'since you read it',
  sinceWhereWho: '$1 on $2 — by $3.',
  sinceWhere: '$1 on $2.',
  sinceWho: '$1 — by $2.',
  sinceAlone: '$1.',
  sinceUnavailable: 'No dataset in use holds this claim any more.',
  sinceNew: 'New',
  sinceAllClaims: 'See all your claims',

  // "Your claims": then → now
  thenReadWhere: 'Read on $1 on $2. Then: $3.',
  thenRead: 'Read on $1. Then: $2.',
  thenFollowed: 'Followed on $1. Then: $2.',
  claimsTitle: 'Your claims',
  claimsIntro:
    'The tracked claims you read in articles or chose to follow, with what you were shown then and how they stand now. Kept on this device only: nothing of it leaves your browser.',
  claimsSearch: 'Search your claims',
  claimsFilterChanged: 'Only claims that changed',
  claimsEmpty:
    'No claims remembered yet. When an article you read states a tracked claim, it is listed here.',
  claimsNoResults: 'No remembered claim matches.',
  claimsCount_one: '$1 claim remembered',
  claimsCount_other: '$1 claims remembered',
  claimsShown_one: '$1 shown',
  claimsShown_other: '$1 shown',
  claimsThen: 'Then',
  claimsNow: 'Now',
  claimsChanged: 'Changed',
  claimsGone: 'No longer in your datasets',
  claimsFollowed: 'Followed',
  claimsDisagree: '“$1” says: $2.',
  claimsArticleLink: 'Open the article',
  claimsForget: 'Forget',
  claimsForgetLabel: 'Forget this claim: $1',
  claimsForgetAll: 'Forget everything',
  claimsForgetAllConfirm: 'Forget every claim you read or followed? This cannot be undone.',
  claimsForgotten: 'Forgotten.',
  claimsForgottenAll: 'Everything is forgotten.',
  claimsSettings: 'Settings for the claims you read',

  // Follow and Copy on a claim
  follow: 'Follow',
  followLabel: 'Follow this claim: $1',
  unfollow: 'Stop following',
  unfollowLabel: 'Stop following this claim: $1',
  followed: 'Following: Afterword will tell you when its status changes.',
  copyCitation: 'Copy',
  copyCitationLabel: 'Copy a citation of this claim: $1',
  copied: 'Citation copied.',
  copyFailed: 'The citation could not be copied.',
  citationSource: 'Source: $1',
  citationDataset: 'Dataset: “$1”, version $2, data as of $3.',

  // Options: the reading memory
  memoryTitle: 'Claims you read',
  memoryIntro:
    'Afterword remembers, on this device only, the tracked claims stated in the articles you read: the claim, the status you were shown, the date, the article’s title and outlet. Never in private windows, never on paused sites.',
  memoryRetention: 'Keep them for',
  memoryKeep30: '30 days',
  memoryKeep90: '3 months',
  memoryKeep365: '1 year',
  memoryKeep730: '2 years',
  memoryKeepUrl: 'Also keep each article’s address',
  memoryNotify: 'Show a notification when an update changes claims I read',
  memoryNotifyRefused: 'Notifications were not allowed. Everything else works without them.',
  memoryOpen: 'Open Your claims',
  permNotificationsName: 'Notifications (optional)',
  permNotifications:
    'Asked for only when you turn on notifications: one notification when an update changes claims you read.',
} as const satisfies Record<string, string>;
