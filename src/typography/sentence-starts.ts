/**
 * Words a sentence starts with, by language, capitalised as a sentence starts: after a letter
 * with a full stop they start a sentence ("Vitamin D. We", "Anlage B. Wir", "annexe C. Nous"),
 * which is no initial of a name tied to it (tie-spaces.ts). Why a list per language, and
 * short: every word here frees the initial before it, so a word that is also a surname or a
 * name's particle is left out, as an initial before it is more often a name's than a sentence's
 * end ("K. So", "Y. An", "S. Das", "T. Le", "J. De Smet", "M. Van Dyke"; Korean, Chinese,
 * Vietnamese and Indian surnames: So, An, He, Her, To, Do, Du, Au, Su, Ma, Li, Na, No, Um, Im,
 * Han, Das; in Cyrillic О, Ан, Ли, Ким, Пак, Ю, Тен, Хан, Цой). tests/typography checks that.
 */
const STARTS_NO = [
  ...["Vi", "Jeg", "Eg", "Det", "Den", "Dette", "Denne", "Disse", "Vennligst", "Takk", "Hvis"],
  ...["Når", "Som", "Med", "For", "Til", "På", "I", "En", "Et", "Men", "Og", "Etter"],
  ...["Vedlagt", "Dersom", "Vår", "Våre", "Deres"],
];

export const SENTENCE_STARTS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    en: [
      ...["A", "And", "As", "At", "But", "For", "His", "I", "If", "In", "It", "Its", "My"],
      ...["Our", "Please", "She", "The", "Their", "Then", "There", "These", "They", "This"],
      ...["Those", "We", "When", "You", "Your"],
    ],
    de: [
      ...["Der", "Die", "Dem", "Den", "Ein", "Eine", "Einen", "Es", "Er", "Sie", "Wir", "Ich"],
      ...["Ihr", "Ihre", "Unser", "Unsere", "Bitte", "Dies", "Diese", "Dieser", "Dieses"],
      ...["Dazu", "Daher", "Damit", "Dann", "Deshalb", "Aber", "Auch", "Auf", "Aus", "Für"],
      ...["Mit", "Nach", "Wenn", "Als", "Wie", "Zum", "Zur", "In", "Vielen", "Hiermit"],
    ],
    fr: [
      ...["Il", "Ils", "Elle", "Elles", "Nous", "Vous", "Je", "On", "Les", "Un", "Une", "Ce"],
      ...["Cette", "Ces", "Cet", "Dans", "Pour", "Par", "Avec", "Sans", "Mais", "Puis"],
      ...["Ainsi", "Notre", "Votre", "Nos", "Vos", "Merci", "Veuillez", "Aux", "En"],
      ...["Toutefois", "Cependant"],
    ],
    es: [
      ...["El", "Los", "Las", "Un", "Una", "Unos", "En", "Por", "Para", "Con", "Sin"],
      ...["Nosotros", "Les", "Este", "Esta", "Estos", "Estas", "Como", "Cuando", "Pero"],
      ...["Además", "Asimismo", "Muchas", "Quedamos", "Adjunto", "Agradecemos", "Se"],
    ],
    it: [
      ...["Il", "Gli", "I", "Un", "Una", "Uno", "Non", "Per", "Con", "Siamo", "Vi", "Ci"],
      ...["Questo", "Questa", "Questi", "Nel", "Nella", "In", "Ringraziamo", "Cordiali"],
      ...["Restiamo", "Inoltre", "Pertanto", "Tuttavia"],
    ],
    nl: [
      ...["Het", "Een", "Wij", "We", "Ik", "Uw", "Dit", "Dat", "Deze", "Die", "Er", "Om"],
      ...["In", "Op", "Als", "Met", "Voor", "Graag", "Hierbij", "Zij", "Ze", "Bij", "Door"],
      ...["Ook", "Wanneer", "Indien", "Namens", "Mocht", "Daarom", "Daarnaast"],
    ],
    pt: [
      ...["O", "A", "Os", "As", "Uma", "Em", "Para", "Por", "Com", "Não", "Se", "Nós", "Eu"],
      ...["Este", "Esta", "Estes", "Neste", "Nesse", "Caso", "Conforme", "Agradecemos"],
      ...["Solicitamos", "Informamos", "Vimos", "Aos", "Pelo", "Pela", "Sem", "Mas"],
    ],
    pl: [
      ...["W", "Z", "We", "Ze", "Nie", "Jest", "Proszę", "Prosimy", "Uprzejmie", "Dziękuję"],
      ...["Dziękujemy", "Ta", "Te", "Jak", "Jeśli", "Zgodnie", "Od", "Po", "Przy"],
      ...["Dla", "Ponieważ", "Niniejszym", "My", "Ja", "Jednocześnie", "Informujemy"],
    ],
    ru: [
      ...["Мы", "Я", "Это", "Просим", "Прошу", "В", "С", "К", "У", "На", "По", "Для", "При"],
      ...["Так", "Также", "Как", "Если", "Однако", "Поэтому", "Он", "Она", "Они", "Все"],
      ...["Наш", "Наша", "Ваш", "Ваша", "Благодарим", "Сообщаем", "Но", "И", "А", "Не"],
      ...["Прилагаем", "Настоящим", "Согласно"],
    ],
    uk: [
      ...["Ми", "Я", "Це", "Просимо", "Прошу", "У", "В", "З", "На", "По", "Для", "При"],
      ...["Також", "Як", "Якщо", "Однак", "Тому", "Він", "Вона", "Вони", "Всі", "Наш"],
      ...["Наша", "Ваш", "Ваша", "Дякуємо", "Повідомляємо", "Але", "І", "А", "Не", "До"],
      ...["Відповідно", "Згідно"],
    ],
    // Norwegian, in Bokmål and Nynorsk alike (tag nb, nn or no).
    nb: STARTS_NO,
    nn: STARTS_NO,
    no: STARTS_NO,
  }),
);
