/**
 * British and American spellings folded to one form before English stemming, because Porter keeps
 * them apart ("recognise" → recognis, "recognize" → recogn) and news outlets use both. Applied to
 * the index and the article alike, so an occasional over-fold ("exercise" → "exercize") is harmless.
 */
const ISE = /^(.{4,})is(e|ed|es|ing|ation|ations)$/;
const YSE = /^(.{3,})ys(e|ed|es|ing)$/;
const OUR = /^(.{3,})our(s|ed|ing|able)?$/;

export function americanise(word: string): string {
  if (word.length < 6) return word;
  return word.replace(ISE, '$1iz$2').replace(YSE, '$1yz$2').replace(OUR, '$1or$2');
}
