/**
 * Function words that carry no claim. Kept short on purpose: negations ("not", "не", "ні") and
 * modal verbs are NOT here, because stance detection and claim wording need them.
 */
import type { Language } from './language';

const EN = `a an the and or but if then than so of to in on at by for from with without into onto over under
about as is are was were be been being am do does did doing have has had having it its it's this that these those
there here which who whom whose what when where while also just very too such own same other another each both
all any some most more much many few he she they them his her their our we us you your i me my mine yours
ours theirs himself herself itself themselves would should shall can will may might must could up down out off
again further once only after before during through between against above below since until per via
s t says said say according`;

const RU = `и в во на с со к ко по о об обо от до из у за над под при про для без через между а но или либо
же ли бы то это этот эта эти тот та те что чтобы как так также тоже уже еще ещё его ее её их он она оно они
мы вы я ты себя свой своя свои который которая которые которое быть был была были было есть будет будут
является являются сказал сказала заявил заявила по словам`;

const UK = `і й та в у на з зі із до від по про для без через між а але або чи ж же б би це цей ця ці той та
ті що щоб як так також теж вже ще його її їх він вона воно вони ми ви я ти себе свій своя свої який яка які
яке бути був була були було є буде будуть сказав сказала заявив заявила за словами`;

const build = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

const LISTS: Record<Language, ReadonlySet<string>> = {
  en: build(EN),
  ru: build(RU),
  uk: build(UK),
  und: new Set(),
};

export function isStopword(folded: string, language: Language): boolean {
  return LISTS[language].has(folded);
}
