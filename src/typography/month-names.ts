/**
 * The names of the months by language, as ICU writes them in a date: the form after a day
 * ("5 września", "1 сентября"), the form alone ("wrzesień") and the short form with its dot
 * ("Dec.", "janv.", Hindi "सित॰"; without the dot some are words: Polish "lis", Croatian
 * "pro"). A name of several words has them joined by "_" here: Irish "Meán_Fómhair", Catalan
 * "de_març" (ICU counts the "de" or "d’" as the name's). A day and its month are tied
 * (tie-spaces.ts). Why a table and not Intl at run time:
 * the first Intl object of a process costs more than a letter's typography
 * (src/compose/date-shape.ts); tests/typography/month-names.test.ts holds the table to ICU.
 */
export const MONTHS_BY_LANGUAGE: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    en: "January Jan. February Feb. March Mar. April Apr. May June Jun. July Jul. August Aug. September Sep. October Oct. November Nov. December Dec.",
    de: "Januar Jan. Februar Feb. März April Apr. Mai Juni Juli August Aug. September Sept. Oktober Okt. November Nov. Dezember Dez.",
    fr: "janvier janv. février févr. mars avril avr. mai juin juillet juil. août septembre sept. octobre oct. novembre nov. décembre déc.",
    es: "enero ene. febrero feb. marzo mar. abril abr. mayo may. junio jun. julio jul. agosto ago. septiembre sept. octubre oct. noviembre nov. diciembre dic.",
    it: "gennaio gen. febbraio feb. marzo mar. aprile apr. maggio mag. giugno giu. luglio lug. agosto ago. settembre set. ottobre ott. novembre nov. dicembre dic.",
    pt: "janeiro jan. fevereiro fev. março mar. abril abr. maio mai. junho jun. julho jul. agosto ago. setembro set. outubro out. novembro nov. dezembro dez.",
    nl: "januari jan. februari feb. maart mrt. april apr. mei juni jun. juli jul. augustus aug. september sep. oktober okt. november nov. december dec.",
    pl: "stycznia styczeń sty. lutego luty lut. marca marzec mar. kwietnia kwiecień kwi. maja maj czerwca czerwiec cze. lipca lipiec lip. sierpnia sierpień sie. września wrzesień wrz. października październik paź. listopada listopad lis. grudnia grudzień gru.",
    cs: "ledna leden února únor března březen dubna duben května květen června červen července červenec srpna srpen září října říjen listopadu listopad prosince prosinec",
    sk: "januára január februára február marca marec apríla apríl mája máj júna jún júla júl augusta august septembra september októbra október novembra november decembra december",
    ru: "января январь янв. февраля февраль февр. марта март мар. апреля апрель апр. мая май июня июнь июн. июля июль июл. августа август авг. сентября сентябрь сент. октября октябрь окт. ноября ноябрь нояб. декабря декабрь дек.",
    uk: "січня січень січ. лютого лютий лют. березня березень бер. квітня квітень квіт. травня травень трав. червня червень черв. липня липень лип. серпня серпень серп. вересня вересень вер. жовтня жовтень жовт. листопада листопад лист. грудня грудень груд.",
    el: "Ιανουαρίου Ιαν. Φεβρουαρίου Φεβ. Μαρτίου Μαρ. Απριλίου Απρ. Μαΐου Μαΐ. Ιουνίου Ιουν. Ιουλίου Ιουλ. Αυγούστου Αυγ. Σεπτεμβρίου Σεπ. Οκτωβρίου Οκτ. Νοεμβρίου Νοε. Δεκεμβρίου Δεκ.",
    sv: "januari jan. februari feb. mars april apr. maj juni juli augusti aug. september sep. oktober okt. november nov. december dec.",
    da: "januar jan. februar feb. marts mar. april apr. maj juni jun. juli jul. august aug. september sep. oktober okt. november nov. december dec.",
    nb: "januar jan. februar feb. mars april apr. mai juni juli august aug. september sep. oktober okt. november nov. desember des.",
    cy: "Ionawr Ion. Chwefror Chwef. Mawrth Maw. Ebrill Ebr. Mai Mehefin Meh. Gorffennaf Gorff. Awst Medi Hydref Hyd. Tachwedd Tach. Rhagfyr Rhag.",
    nn: "januar jan. februar feb. mars april apr. mai juni juli august aug. september sep. oktober okt. november nov. desember des.",
    no: "januar jan. februar feb. mars april apr. mai juni juli august aug. september sep. oktober okt. november nov. desember des.",
    fi: "tammikuuta tammikuu helmikuuta helmikuu maaliskuuta maaliskuu huhtikuuta huhtikuu toukokuuta toukokuu kesäkuuta kesäkuu heinäkuuta heinäkuu elokuuta elokuu syyskuuta syyskuu lokakuuta lokakuu marraskuuta marraskuu joulukuuta joulukuu",
    hu: "január jan. február febr. március márc. április ápr. május máj. június jún. július júl. augusztus aug. szeptember szept. október okt. november nov. december dec.",
    ro: "ianuarie ian. februarie feb. martie mar. aprilie apr. mai iunie iun. iulie iul. august aug. septembrie sept. octombrie oct. noiembrie nov. decembrie dec.",
    hr: "siječnja siječanj sij. veljače veljača velj. ožujka ožujak ožu. travnja travanj tra. svibnja svibanj svi. lipnja lipanj lip. srpnja srpanj srp. kolovoza kolovoz kol. rujna rujan ruj. listopada listopad lis. studenoga studeni stu. prosinca prosinac pro.",
    sl: "januar jan. februar feb. marec mar. april apr. maj junij jun. julij jul. avgust avg. september sep. oktober okt. november nov. december dec.",
    tr: "Ocak Oca. Şubat Şub. Mart Mar. Nisan Nis. Mayıs May. Haziran Haz. Temmuz Tem. Ağustos Ağu. Eylül Eyl. Ekim Eki. Kasım Kas. Aralık Ara.",
    ga: "Eanáir Ean. Feabhra Feabh. Márta Aibreán Aib. Bealtaine Beal. Meitheamh Meith. Iúil Lúnasa Lún. Meán_Fómhair MFómh. Deireadh_Fómhair DFómh. Samhain Samh. Nollaig Noll.",
    ca: "de_gener gener de_gen. de_febrer febrer de_febr. de_març març d’abril abril d’abr. de_maig maig de_juny juny de_juliol juliol de_jul. d’agost agost d’ag. de_setembre setembre de_set. d’octubre octubre d’oct. de_novembre novembre de_nov. de_desembre desembre de_des.",
    hi: "जनवरी जन॰ फ़रवरी फ़र॰ मार्च अप्रैल मई जून जुलाई जुल॰ अगस्त अग॰ सितंबर सित॰ अक्टूबर अक्टू॰ नवंबर नव॰ दिसंबर दिस॰",
  }).map(([lang, names]) => [lang, names.split(" ").map((name) => name.replaceAll("_", " "))]),
);

/**
 * The words ICU writes between a day and its month's name, by language ("5 de enero"): tied
 * with them. tests/typography/month-names.test.ts holds them to ICU too.
 */
export const DAY_MONTH_LINKS: ReadonlyMap<string, readonly string[]> = new Map([
  ["es", ["de"]],
  ["pt", ["de"]],
]);
