import type { Lexicon } from './lexicon';
import { confirm, debunk, denial, hedge, reference } from './make';

/**
 * Turkish negates inside the word (yalanla-ma-dı), so there is no negation guard: the patterns end
 * where a negative suffix would begin. Written in lower case; lexicon.ts widens i and ı to both capitals.
 */
export const TR: Lexicon = {
  lang: 'tr',
  entries: [
    denial(
      /yalanla(?:dı|dılar|ndı|nmıştı|nmış|yan|yarak|mış|mıştı|ması|ma)|yalanlıyor\p{L}*/u,
      'İletişim Başkanlığı iddiaları ⟦yalanladı⟧.',
      "Can Ataklı'nın iddiasına merkezden ⟦yalanlama⟧ geldi.",
      'İLETİŞİM BAŞKANLIĞI İDDİALARI ⟦YALANLADI⟧',
    ),
    denial(
      /gerçeği yansıtm(?:amaktadır|adığ\p{L}*|ıyor|az)/u,
      'Merkez, iddiaların ⟦gerçeği yansıtmadığını⟧ duyurdu.',
      'Söz konusu haberler ⟦gerçeği yansıtmamaktadır⟧.',
    ),
    denial(/gerçek dışı/u, 'Sosyal medyada yayılan iddiaların ⟦gerçek dışı⟧ olduğu açıklandı.'),
    denial(/asılsız/u, 'Bakanlık, haberin ⟦asılsız⟧ olduğunu bildirdi.'),
    denial(
      /doğru değil(?:dir)?|doğru olmadığ\p{L}*/u,
      'Açıklamada iddiaların "kesinlikle ⟦doğru değildir⟧" denildi.',
    ),
    denial(/iddia\p{L}* yanıt\p{L}*/u, 'Dezenformasyonla Mücadele Merkezi ⟦iddiaya yanıt⟧ verdi.'),
    denial(
      /redd(?:etti|ettiler|edildi|etmiş|eden|ederek)/u,
      'İddialar "doğru değildir" ifadesiyle ⟦reddedildi⟧.',
    ),
    denial(/dayanaksız/u, 'Merkez, iddiaların ⟦dayanaksız⟧ olduğunu vurguladı.'),
    denial(
      /itibar (?:etmeyin|edilmemeli\p{L}*|edilmemesi\p{L}*)/u,
      'Kamuoyundan asılsız iddialara ⟦itibar edilmemesi⟧ istendi.',
    ),

    debunk(/yalan(?: haber\p{L}*)?/u, 'Paylaşılan haber tamamen ⟦yalan⟧.'),
    debunk(/dezenformasyon(?!la mücadele)\p{L}*/u, 'Bu paylaşım açık bir ⟦dezenformasyon⟧ örneği.'),
    debunk(/sahte/u, 'Sosyal medyada ⟦sahte⟧ bir görüntü dolaşıyor.'),

    hedge(/iddia\p{L}*/u, "Ataklı, Erdoğan'ın ameliyat olacağını ⟦iddia⟧ etti."),
    hedge(/öne sür\p{L}*/u, "Erdoğan'ın ameliyata hazırlandığını ⟦öne süren⟧ isim bir gazeteci oldu."),
    hedge(/ileri sür\p{L}*/u, 'Muhalefet lideri, cumhurbaşkanının hastaneye kaldırıldığını ⟦ileri sürdü⟧.'),
    hedge(/söylenti\p{L}*/u, 'Sağlığıyla ilgili ⟦söylentiler⟧ hızla yayıldı.'),
    hedge(
      /(?:haberlere|habere|kaynaklara|bilgiye|bilgilere|iddiaya|iddialara|raporlara|rapora|iddialarına) göre/u,
      '⟦İddiaya göre⟧ cumhurbaşkanı kalp krizi geçirdi.',
    ),

    reference(
      /(?:bu|söz konusu|sözkonusu|ilgili|şu) iddia\p{L}*/u,
      '⟦Bu iddialara⟧ İletişim Başkanlığı cevap verdi.',
    ),
    reference(/(?:bu|söz konusu|sözkonusu|ilgili) haber\p{L}*/u, 'Bakanlık ⟦bu haberleri⟧ yalanladı.'),
    reference(/(?:bu|söz konusu) söylenti\p{L}*/u, 'Merkez ⟦bu söylentileri⟧ yalanladı.'),

    confirm(
      /doğrula(?:dı|ndı|mış|yan)|teyit (?:etti|edildi|ederek)/u,
      'Yardımcısı, cumhurbaşkanının rahatsızlandığını ⟦doğruladı⟧.',
    ),
  ],
};
