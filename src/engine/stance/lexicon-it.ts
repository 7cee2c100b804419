import type { Lexicon } from './lexicon';
import { confirm, debunk, denial, hedge, opt, reference } from './make';

export const IT: Lexicon = {
  lang: 'it',
  negBefore: String.raw`(?<![\p{L}])(?:non|né|mai|senza)\s*(?:(?:l['’]|lo|la|li|le|ha|hanno|aveva|avevano|è|sono|ancora|ancora ha)\s*){0,2}`,
  entries: [
    denial(
      /sment(?:isc\p{L}*|it[oaie]|ire|endo|iamo)/u,
      'Il padre del calciatore ha ⟦smentito⟧ le voci su un accordo.',
      'Il club ⟦smentisce⟧ qualsiasi trattativa.',
    ),
    denial(/neg(?:ano|ato|ata|are|ando)/u, 'Il portavoce ha ⟦negato⟧ ogni accordo con il club saudita.'),
    denial(/non è vero/u, '«⟦Non è vero⟧ niente», ha detto il procuratore.'),
    denial(
      /(?:privo|prive|priva|privi) di (?:ogni )?fondamento|nessun fondamento|infondat[eoia]/u,
      'Le notizie sono ⟦prive di fondamento⟧, ha spiegato il club.',
    ),

    debunk(/bufal[ae]/u, "L'intervista era una ⟦bufala⟧ costruita al computer."),
    debunk(
      /(?:è|sono|era|completamente|totalmente) fals[oaie]/u,
      'La notizia ⟦è falsa⟧, ha chiarito Google.',
    ),
    debunk(
      /notizi[ae] fals[ae]|intervist[ae] (?:finta|finte|falsa|false|inventata|inventate)/u,
      "Nessuno era mai arrivato a pubblicare un'⟦intervista finta⟧.",
    ),
    debunk(/disinformazione/u, 'Si tratta di ⟦disinformazione⟧ diffusa sui social.'),
    debunk(
      /(?:generat|prodott|realizzat)[aoie] (?:con l['’]|dall['’]|dalla |tramite l['’])(?:IA|intelligenza artificiale)/u,
      "L'intervista era ⟦generata dall'intelligenza artificiale⟧.",
    ),

    opt(
      hedge(
        // Not the ordinal ("il secondo posto", "arrivato secondo nella gara"): before a source or a name.
        /(?<!(?:[iI]l|[aA]l|[dD]el|[nN]el|[uU]n|[iI]n|[pP]er|[sS]uo|[sS]ul|[dD]al|[lL]o|[dD]i)\s+)[sS]econdo(?=\s+(?:(?:fonti|indiscrezioni|quanto|la|il|le|i|gli|lo|alcun\p{L}*)(?!\p{L})|l['’]|\p{Lu}))/u,
        "⟦Secondo⟧ la stampa francese, l'accordo era fatto.",
        'Il contratto è pronto, ⟦secondo⟧ Reuters.',
      ),
      { caseSensitive: true },
    ),
    hedge(/presunt[oaie]/u, 'Il padre ha smentito il ⟦presunto⟧ accordo con il club.'),
    hedge(/indiscrezion[ei]/u, 'Secondo alcune ⟦indiscrezioni⟧, il contratto sarebbe già pronto.'),
    hedge(
      /voci(?=\s+(?:su|sul|sulla|sui|sugli|di|del|della|secondo|che|insistenti|circolate|incontrollate)(?![\p{L}]))/u,
      'Il padre ha smentito le ⟦voci⟧ su un presunto accordo.',
    ),
    hedge(
      /(?:sarebbe|sarebbero|avrebbe|avrebbero)(?=\s+(?:stat[oaie]|\p{L}+(?:at|it|ut)[oaie])(?![\p{L}]))/u,
      'Il giocatore ⟦avrebbe⟧ firmato un contratto con il club saudita.',
    ),
    hedge(/stando a/u, "⟦Stando a⟧ fonti vicine al club, l'accordo è fatto."),
    hedge(/si dice|pare che/u, "⟦Si dice⟧ che l'offerta superi i 300 milioni."),

    reference(/(?:queste|tali|quelle) voci/u, 'Il procuratore ha smentito ⟦queste voci⟧.'),
    reference(
      /(?:questa|la|tale) notizia|(?:queste|tali) notizie/u,
      'Il club ha commentato ⟦la notizia⟧ in serata.',
    ),
    reference(/(?:queste|tali|le) indiscrezioni/u, 'Il padre ha smentito ⟦queste indiscrezioni⟧.'),

    confirm(/conferm(?:a|ato|ata|ano|ando)/u, 'La famiglia ha ⟦confermato⟧ la causa contro il settimanale.'),
  ],
};
