/**
 * Hostile and odd article text of any length, one generator per kind: the unit tests check that
 * matching any of it neither throws nor misplaces a span, and the bench (test/bench/engine/growth.ts)
 * times how matching it grows with its length.
 */
export const SEED_SENTENCE =
  'Kazakhstan will suspend its membership in the CSTO from early 2023, a Telegram channel reported. ';

const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'ordinary news text': (n) => repeatTo(SEED_SENTENCE, n),
  'one sentence without a stop': (n) => repeatTo('Kazakhstan CSTO suspend membership word ', n),
  'only punctuation': (n) => repeatTo('!?.,;:—…-()[]"\'', n),
  'mixed scripts': (n) => repeatTo('Казахстан CSTO 哈萨克斯坦 ОДКБ Қазақстан kazakh ไทย ', n),
  'right-to-left': (n) =>
    repeatTo('كازاخستان ستعلق عضويتها في منظمة معاهدة الأمن الجماعي. קזחסטן תשעה את חברותה. ', n),
  'zero-width characters': (n) => repeatTo('Kazakh\u200bstan\u200d will\ufeff sus\u200cpend\u2060 CSTO. ', n),
  emoji: (n) => repeatTo('Kazakhstan 🇰🇿 will 😀 suspend 👍🏽 CSTO 🧑‍🤝‍🧑 membership. ', n),
  'combining marks': (n) => repeatTo('K\u0301a\u0300z\u0308akhstan w\u0303ill ', n),
  'lone surrogates': (n) => repeatTo('Kazakhstan \ud800 CSTO \udc00 suspend. ', n),
};
