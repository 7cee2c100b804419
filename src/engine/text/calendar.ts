/**
 * Words that only date a claim: numbers and month names. A claim's text often carries its date
 * ("… survived an assassination attempt on 14 September 2022") and news retelling it rarely repeats
 * it: such words must not count as words the article fails to state. The article's own date and
 * the claim's event dates are the temporal evidence (verdict.ts), not the claim's wording.
 */
import { aliasWordKeys } from './analyze';

/** Month names and their common abbreviations and inflections, folded (foldWord), in the languages news retell claims in. */
const MONTHS = `january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
январь января январе февраль февраля феврале март марта марте апрель апреля апреле мая мае июнь июня июне
июль июля июле август августа августе сентябрь сентября сентябре октябрь октября октябре ноябрь ноября ноябре
декабрь декабря декабре
січень січня лютий лютого березень березня квітень квітня травень травня червень червня липень липня серпень
серпня вересень вересня жовтень жовтня листопад листопада грудень грудня
januar februar marz april mai juni juli august september oktober november dezember
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
januari februari maart april mei juni juli augustus september oktober november december
ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik
styczen stycznia luty lutego marzec marca kwiecien kwietnia maj maja czerwiec czerwca lipiec lipca sierpien
sierpnia wrzesien wrzesnia pazdziernik pazdziernika listopad listopada grudzien grudnia
януари февруари март април май юни юли август септември октомври ноември декември`;

const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.split(/\s+/).filter(Boolean));

let monthKeys: Set<string> | undefined;

/**
 * Whether an index key only dates or counts: a number, or a month name as any of our analysers
 * keys it (alias-style keys: the folded word and its stems).
 */
export function isCalendarKey(key: string): boolean {
  const c = key.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (!monthKeys) {
    monthKeys = new Set();
    for (const m of MONTH_WORDS) for (const k of aliasWordKeys(m)) monthKeys.add(k);
  }
  return monthKeys.has(key);
}

const calendarOf = new WeakMap<readonly string[], Uint8Array>();

/** 1 for each key id of the dictionary that only dates or counts (see isCalendarKey); built once per index. */
export function calendarKeys(keys: readonly string[]): Uint8Array {
  let flags = calendarOf.get(keys);
  if (!flags) {
    flags = new Uint8Array(keys.length);
    for (let k = 0; k < keys.length; k++) if (isCalendarKey(keys[k]!)) flags[k] = 1;
    calendarOf.set(keys, flags);
  }
  return flags;
}
