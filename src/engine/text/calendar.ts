/**
 * Words that only date a claim: numbers and month names. A claim's text often carries its date
 * ("… survived an assassination attempt on 14 September 2022") and news retelling it rarely repeats
 * it: such words must not count as words the article fails to state. The article's own date and
 * the claim's event dates are the temporal evidence (verdict.ts), not the claim's wording.
 */
import { MONTH_KEYS, TIME_KEYS } from './calendar-keys';

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

export const MONTH_WORDS: readonly string[] = MONTHS.split(/\s+/).filter(Boolean);

/**
 * Words that place a claim in time relative to when it was said: "next season", "from early 2023",
 * "this summer", "on Tuesday". A retelling restates them in its own terms ("this summer" for "next
 * season", "from January" for "from early 2023") or leaves them out, so an anchored claim's time
 * words missing from a sentence are not held against it, dated or not; present, they still count
 * (score.ts). npm run eval:articles, dev, curated: recall en/ru/uk 0.762 → 0.810, other 0.712 →
 * 0.758 (Messi "next season" retold as "this summer" or not at all).
 */
const TIME = `next last coming upcoming season seasons summer winter spring autumn year week month today tomorrow
yesterday tonight weekend monday tuesday wednesday thursday friday saturday sunday early late soon
следующий следующем следующего следующей будущем будущий сезон сезоне сезона летом зимой весной осенью году
неделе месяце сегодня завтра вчера понедельник вторник среду четверг пятницу субботу воскресенье начале конце
наступного наступному наступному сезоні влітку році тижні місяці сьогодні завтра вчора початку кінці
nachste nachsten kommende kommenden saison sommer fruhjahr herbst jahres woche monat heute gestern montag
dienstag mittwoch donnerstag freitag samstag sonntag anfang
prochaine prochain saison ete hiver printemps automne annee semaine mois aujourd hui demain hier lundi mardi
mercredi jeudi vendredi samedi dimanche debut
proxima proximo siguiente temporada verano invierno primavera otono semana hoy manana ayer lunes martes
miercoles jueves viernes sabado domingo principios
epoca verao inverno semana hoje amanha ontem
prossima prossimo stagione estate inverno anno settimana mese oggi domani ieri lunedi martedi mercoledi
giovedi venerdi sabato domenica
volgend volgende seizoen zomer vandaag gisteren
gelecek sezon hafta bugun yarin
الموسم المقبل القادم الصيف العام الأسبوع الشهر اليوم غدا أمس`;

export const TIME_WORDS: readonly string[] = TIME.split(/\s+/).filter(Boolean);

/**
 * The words' keys as every analyser keys them (aliasWordKeys: the folded word and its stems in each
 * language of its script), computed ahead in calendar-keys.ts: stemming the four hundred words in
 * some twenty languages took ~90 ms of a worker's first match (npm run bench:browser, cold).
 */
let timeKeys: Set<string> | undefined;
let monthKeys: Set<string> | undefined;

/** Whether an index key only places a claim in relative time (see TIME), as any analyser keys it. */
export function isTimeKey(key: string): boolean {
  timeKeys ??= new Set(TIME_KEYS.split(' '));
  return timeKeys.has(key);
}

/**
 * Whether an index key only dates or counts: a number, or a month name as any of our analysers
 * keys it (alias-style keys: the folded word and its stems).
 */
export function isCalendarKey(key: string): boolean {
  const c = key.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  monthKeys ??= new Set(MONTH_KEYS.split(' '));
  return monthKeys.has(key);
}

const calendarOf = new WeakMap<readonly string[], Uint8Array>();

/** A key that only dates or counts (isCalendarKey). */
export const CALENDAR = 1;
/** A key that only places a claim in relative time (isTimeKey). */
export const RELATIVE_TIME = 2;

/** CALENDAR or RELATIVE_TIME for each key id of the dictionary, 0 for the rest; built once per index. */
export function calendarKeys(keys: readonly string[]): Uint8Array {
  let flags = calendarOf.get(keys);
  if (!flags) {
    flags = new Uint8Array(keys.length);
    for (let k = 0; k < keys.length; k++)
      if (isCalendarKey(keys[k]!)) flags[k] = CALENDAR;
      else if (isTimeKey(keys[k]!)) flags[k] = RELATIVE_TIME;
    calendarOf.set(keys, flags);
  }
  return flags;
}
