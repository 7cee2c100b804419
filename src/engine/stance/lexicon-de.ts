import type { Lexicon } from './lexicon';
import { confirm, debunk, denial, hedge, opt, reference } from './make';

export const DE: Lexicon = {
  lang: 'de',
  negBefore: String.raw`(?<![\p{L}])(?:nicht|nie|niemals|weder|noch nicht|bislang nicht|bisher nicht|kein(?:e|en|em|er|es)?)\s+(?:(?:offiziell|ausdrücklich|direkt|sofort|explizit|öffentlich)\s+)?`,
  // "dementierte die Berichte nicht" (but not "nicht nur"): the negation follows in a main clause.
  negAfter: String.raw`(?:\s+[\p{L}-]+){0,3}\s+nicht(?![\p{L}])(?!\s+nur)`,
  entries: [
    denial(
      /dementier(?:t|te|ten|en|e|end)/u,
      'Die türkische Regierung ⟦dementierte⟧ die Berichte über einen Herzinfarkt.',
      'Ankara ⟦dementiert⟧ Gerüchte über Erdogans Gesundheit.',
    ),
    denial(/dementis?/u, 'Kurz darauf folgte ein ⟦Dementi⟧ aus Ankara.'),
    denial(
      /bestr(?:eit(?:et|en|e)|itt(?:en)?|itten)/u,
      'Ein Sprecher ⟦bestreitet⟧, dass Kim operiert wurde.',
    ),
    denial(
      /(?:wies|weist|wiesen|weisen) (?:[\p{L}\p{N}„“"'»«-]+ ){0,10}?zurück/u,
      'Sein Sprecher ⟦wies die Berichte jedoch sofort zurück⟧.',
      '„Wir ⟦weisen solche unbegründeten Behauptungen bezüglich der Gesundheit des Präsidenten kategorisch zurück⟧.“',
    ),
    denial(/unbegründet\p{L}*/u, 'Die Regierung nannte die Berichte ⟦unbegründet⟧.'),
    denial(
      /(?:lägen|liegen|lagen) (?:[\p{L}-]+ ){0,2}?nicht vor/u,
      'Hinweise auf ernste gesundheitliche Probleme ⟦lägen nicht vor⟧, erklärte das Präsidialamt.',
    ),
    denial(
      /zurückgewiesen|zurückweis(?:en|t)|zurückzuweisen/u,
      'Die Berichte wurden umgehend ⟦zurückgewiesen⟧.',
    ),
    denial(/nicht wahr(?!\s*\?)/u, '„Das ist ⟦nicht wahr⟧“, sagte der Sprecher des Präsidenten.'),
    denial(/entbehr\p{L}* jeder Grundlage/u, 'Die Meldung ⟦entbehrt jeder Grundlage⟧, hieß es aus Ankara.'),
    denial(/haltlos\p{L}*/u, 'Das Ministerium nannte die Gerüchte ⟦haltlos⟧.'),
    denial(/unwahr\p{L}*/u, 'Der Sender verbreitete eine ⟦unwahre⟧ Behauptung, erklärte die Regierung.'),
    denial(
      /widersprochen|widersprach(?:en)?|widerspricht/u,
      'Südkorea hat den Mutmaßungen über Kims Gesundheit ⟦widersprochen⟧.',
    ),
    denial(
      /keinerlei (?:Anzeichen|Hinweise)/u,
      'Seoul sieht ⟦keinerlei Anzeichen⟧ für eine Erkrankung Kims.',
    ),

    debunk(/falschmeldung(?:en)?/u, 'Bei dem Tweet handelt es sich um eine ⟦Falschmeldung⟧.'),
    debunk(
      /falschnachricht(?:en)?|falschbehauptung(?:en)?/u,
      'Die ⟦Falschnachricht⟧ verbreitete sich rasend schnell.',
    ),
    debunk(/stimmt nicht/u, 'Doch das ⟦stimmt nicht⟧: Gmail bleibt bestehen.'),
    debunk(/(?:frei |glatt |völlig )?erfunden(?:e[nrms]?)?/u, 'Das Interview war ⟦frei erfunden⟧.'),
    opt(
      debunk(
        /Zeitungsente|(?:eine|die|als|reine|glatte) Ente/u,
        'Die Meldung entpuppte sich als ⟦eine Ente⟧.',
      ),
      { caseSensitive: true },
    ),
    debunk(
      /(?<!(?:gegen|Bekämpfung von|Kampf gegen)\s+)desinformation(?:en)?/u,
      'Die Behauptung ist gezielte ⟦Desinformation⟧.',
    ),
    debunk(/faktencheck\p{L}*/u, 'Ein ⟦Faktencheck⟧ zeigt: Google schließt Gmail nicht.'),
    debunk(/gefälscht\p{L}*/u, 'Wegen des ⟦gefälschten⟧ Interviews muss die Chefredakteurin gehen.'),
    debunk(
      /KI-generiert\p{L}*|(?:mit|von) (?:einer )?(?:KI|künstlicher Intelligenz) (?:erzeugt|erstellt|generiert)/u,
      'Das Gespräch war ⟦mit künstlicher Intelligenz erzeugt⟧ worden.',
      'Die Zeitschrift druckte ein ⟦KI-generiertes⟧ Interview.',
    ),

    hedge(
      // Reportive "soll": with a perfect or a state ("soll … erlitten haben", "soll … sein"), not "soll … in Kraft treten".
      /soll(?:en|te|ten)?(?=[^.!?;:]{0,80}?(?<![\p{L}])(?:haben|sein|befinden|aufhalten|leiden|liegen|schweben)(?![\p{L}]))/u,
      'Er ⟦soll⟧ sogar einen Herzinfarkt erlitten haben.',
      'Kim ⟦soll⟧ nach einer Operation in kritischem Zustand sein.',
    ),
    hedge(
      /in (?:den )?sozialen (?:Medien|Netzwerken)/u,
      'Dann war ⟦in sozialen Medien⟧ zu lesen, der Präsident habe einen Herzinfarkt erlitten.',
    ),
    hedge(/angeblich\p{L}*/u, 'Der Machthaber sei ⟦angeblich⟧ lebensbedrohlich erkrankt.'),
    hedge(/zufolge/u, 'Berichten ⟦zufolge⟧ liegt der Präsident im Krankenhaus.'),
    opt(
      hedge(
        /[Ll]aut(?=\s+(?:[A-ZÄÖÜ]|eine[mnrs]?\s|de[mnrs]\s|diese[mnrs]?\s|übereinstimmende\p{L}*))/u,
        '⟦Laut⟧ CNN schwebt Kim in ernsthafter Gefahr.',
        'Kim ist ⟦laut⟧ einem Bericht in Wonsan.',
      ),
      { caseSensitive: true },
    ),
    hedge(/hie(?:ß|ss) es|hei(?:ß|ss)t es/u, 'Der Präsident sei wohlauf, ⟦hieß es⟧ aus Regierungskreisen.'),
    hedge(/gerücht\p{L}*/u, 'Seit Mitte April ranken sich ⟦Gerüchte⟧ um Kim Jong Un.'),
    hedge(/spekulation(?:en)?|spekuliert/u, 'Seither gibt es ⟦Spekulationen⟧ über seine Gesundheit.'),
    hedge(
      /mutma(?:ß|ss)lich\p{L}*|mutma(?:ß|ss)ung(?:en)?|gemutma(?:ß|ss)t/u,
      'Über die Gesundheit wird viel ⟦gemutmaßt⟧.',
    ),
    hedge(/vermeintlich\p{L}*/u, 'Das ⟦vermeintliche⟧ Interview stammt aus dem Computer.'),
    hedge(/unbestätigt\p{L}*/u, 'Nach ⟦unbestätigten⟧ Berichten liegt er im Krankenhaus.'),
    hedge(
      /wie (?:[\p{L}„“"-]+ ){1,4}(?:berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb)/u,
      'Die Entscheidung fällt im Juli, ⟦wie die Agentur Reuters berichtete⟧.',
    ),
    hedge(/unter Berufung auf/u, 'CNN meldete ⟦unter Berufung auf⟧ einen Regierungsbeamten, Kim sei krank.'),
    hedge(/kolportiert\p{L}*/u, 'Was Medien seit Wochen ⟦kolportiert⟧ hatten, ist nun amtlich.'),
    hedge(
      /(?:nicht|noch nicht|bislang nicht|bisher nicht) (?:offiziell |unabhängig )?bestätigt/u,
      'Die Berichte sind ⟦bislang nicht bestätigt⟧.',
    ),

    reference(
      /(?:diese|die|solche|entsprechende|derartige) Berichte/u,
      'Ein Sprecher wies ⟦diese Berichte⟧ zurück.',
    ),
    reference(
      /(?:diese|die|eine solche|solche) Meldung(?:en)?/u,
      'Ankara dementierte ⟦die Meldung⟧ umgehend.',
    ),
    reference(
      /(?:diese|die|solche|derartige) Gerüchte/u,
      'Der Präsident reagierte auf ⟦die Gerüchte⟧ mit einem Video.',
    ),
    reference(
      /(?:diese|die) Information(?:en)?/u,
      'Das Ministerium wollte ⟦diese Information⟧ nicht kommentieren.',
    ),
    reference(
      /(?:diese|die|solche|derartige) Spekulationen/u,
      'Seoul versuchte, ⟦diese Spekulationen⟧ zu beenden.',
    ),
    reference(
      /(?:diese|die|solche) Behauptung(?:en)?/u,
      'Der Verlag entschuldigte sich für ⟦diese Behauptung⟧.',
    ),

    confirm(/bestätig(?:t|te|ten|en|end)/u, 'Ein Sprecher ⟦bestätigte⟧ den Krankenhausaufenthalt.'),
  ],
};

/** Luxembourgish: close to German, with its own spelling of the denial words. */
export const LB: Lexicon = {
  lang: 'lb',
  negBefore: String.raw`(?<![\p{L}])(?:net|ni|nach net)\s+`,
  entries: [
    denial(/dementéier\p{L}*/u, "Südkorea ⟦dementéiert⟧ d'Meldungen iwwer den Doud vum Leader."),
    denial(/net wouer/u, 'Dat wier ⟦net wouer⟧, sot de Spriecher vun der Regierung.'),
    hedge(/spekulatioun(?:en)?/u, 'Seoul äntwert op ⟦Spekulatiounen⟧ iwwer seng Gesondheet.'),
    hedge(/no Informatiounen? vu[nm]?/u, "⟦No Informatioune vun⟧ der Zeitung wier d'Chefin entlooss ginn."),
    hedge(/rumeuren/u, 'Et ginn ⟦Rumeuren⟧ iwwer en Häerzinfarkt.'),
    reference(/(?:d['’]|dës |déi )Meldungen/u, "D'Regierung dementéiert ⟦dës Meldungen⟧ kategoresch."),
    confirm(/bestäteg\p{L}*/u, "D'Famill huet d'Plainte ⟦bestätegt⟧."),
  ],
};
