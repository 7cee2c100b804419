import type { Lexicon } from './lexicon';
import { confirm, debunk, denial, hedge, reference } from './make';

export const FR: Lexicon = {
  lang: 'fr',
  negBefore: String.raw`(?<![\p{L}])(?:ne|n['’]|pas|jamais|ni|sans|guère)\s*(?:(?:pas|jamais|formellement|officiellement|encore|l['’]|le|la|les)\s*){0,2}`,
  entries: [
    denial(
      /dément(?:i|ie|is|ies|ent|ir|ait|aient)?/u,
      'Moscou ⟦dément⟧ toute hospitalisation du ministre.',
      "Le Kremlin a ⟦démenti⟧ l'information dans la soirée.",
      'La Russie a opposé un ⟦démenti⟧ à toute hospitalisation.',
    ),
    denial(
      // "nie" is also German ("never") and Polish ("not"): only before what French puts after it.
      /nie(?=\s+(?:toute?s?|avoir|être|catégoriquement|formellement|fermement|en bloc|tout|les?|la|l['’]|cette|ces|que|qu['’]|d['’]|des|une?|absolument))|nié(?:e|s|es)?|niant|nient|nier/u,
      'La Russie ⟦nie⟧ toutefois cette information.',
      'Le gouvernement a ⟦nié⟧ les faits.',
    ),
    denial(/réfut\p{L}*/u, 'Le porte-parole ⟦réfute⟧ ces allégations.'),
    denial(/infirm(?:e|é|ée|és|ées|ent|er|ait)/u, 'Le ministère a ⟦infirmé⟧ ces informations lundi.'),
    denial(
      /rej(?:et(?:te|tent|ait)|eté(?:e|s|es)?|eter)(?=\s+(?:[\p{L}'’-]+\s+){0,3}?(?:rumeurs?|informations?|allégations?|affirmations?|accusations?|spéculations?|propos|infos?)(?![\p{L}]))/u,
      'Le secrétaire a ⟦rejeté⟧ les rumeurs diffusées en ligne.',
    ),
    denial(/pas vrai/u, '« Ce n’est ⟦pas vrai⟧ », a déclaré le porte-parole.'),
    denial(/(?:aucun|sans) fondement/u, 'Ces informations sont ⟦sans fondement⟧, selon le Kremlin.'),
    denial(/n['’]en est rien|rien de (?:tel|vrai)/u, '« Il n’y a ⟦rien de tel⟧ », a assuré le ministre.'),

    debunk(/infox/u, 'Cette ⟦infox⟧ a circulé sur les réseaux sociaux.'),
    debunk(/fausses? (?:informations?|nouvelles?)/u, "Il s'agit d'une ⟦fausse information⟧."),
    debunk(/intox/u, "C'est une ⟦intox⟧ venue de comptes anonymes."),
    debunk(/canulars?/u, "L'annonce de la fermeture de Gmail est un ⟦canular⟧."),
    debunk(
      /(?:c['’]est|est|sont|totalement|complètement|entièrement|archi) (?:faux|fausses?)/u,
      'Cette affirmation ⟦est fausse⟧.',
    ),
    debunk(
      /fau(?:x|sse) (?:entretien|interview)/u,
      'Le magazine a publié un ⟦faux entretien⟧ avec le pilote.',
    ),
    debunk(
      /(?<!(?:contre|lutte contre la)\s+)désinformation/u,
      "C'est une opération de ⟦désinformation⟧, selon les chercheurs.",
    ),
    debunk(
      /génér\p{L}* (?:par|avec|grâce à) (?:l['’]|une )?(?:IA|intelligence artificielle)/u,
      "L'interview avait été ⟦générée par l'intelligence artificielle⟧.",
    ),

    hedge(
      /aurai(?:t|ent)(?=\s+(?:été|eu|\p{L}+(?:é|ée|és|ées|i|is|u|us|it))(?![\p{L}]))(?!\s+fallu)/u,
      "Le ministre ⟦aurait⟧ été conduit à l'hôpital.",
    ),
    hedge(/selon/u, "⟦Selon⟧ l'agence AP, le ministre a été soigné à l'hôpital."),
    hedge(/d['’]après/u, "⟦D'après⟧ des sources indonésiennes, il souffrait du cœur."),
    hedge(/rumeurs?/u, 'Les ⟦rumeurs⟧ sur sa santé se multiplient.'),
    hedge(/de sources?/u, "⟦De source⟧ diplomatique, l'accord serait signé."),
    hedge(/supposée?s?|présumée?s?|prétendue?s?/u, 'Il a démenti la ⟦supposée⟧ crise cardiaque.'),
    hedge(/dit-on/u, "L'Arabie saoudite, ⟦dit-on⟧, lui déroulerait le tapis rouge."),
    hedge(/non confirmée?s?/u, 'Ces informations restent ⟦non confirmées⟧.'),

    reference(/(?:ces|cette|ces mêmes) informations?/u, 'Le Kremlin a démenti ⟦ces informations⟧.'),
    reference(/(?:ces|cette|les|de telles) rumeurs?/u, 'Le ministre a balayé ⟦ces rumeurs⟧ dans une vidéo.'),
    reference(
      /(?:ces|cette|de telles) (?:affirmations?|allégations?)/u,
      'Son père a démenti ⟦ces affirmations⟧.',
    ),

    confirm(
      /confirm(?:e|é|ée|és|ées|ent|ait|er)/u,
      'Quatre sources ont ⟦confirmé⟧ que le ministre avait été soigné.',
    ),
  ],
};
