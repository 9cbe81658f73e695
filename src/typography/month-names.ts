/**
 * The names of the months by language, as ICU writes them in a date: the form after a day
 * ("5 września", "1 сентября"), the form alone ("wrzesień") and the short form with its dot
 * ("Dec.", "janv.", Hindi "सित॰"; without the dot some are words: Polish "lis", Croatian
 * "pro"). A name of several words has them joined by "_" here: Irish "Meán_Fómhair", Catalan
 * "de_març" (ICU counts the "de" or "d’" as the name's). A day and its month are tied
 * (tie-spaces.ts). Why a table and not Intl at run time:
 * the first Intl object of a process costs more than a letter's typography
 * (src/compose/date-shape.ts); tests/typography/month-names.test.ts holds the table to ICU.
 * A language's names are those of its regions and scripts in MONTH_VARIANTS too.
 */
export const MONTHS_BY_LANGUAGE: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    en: "January Jan. February Feb. March Mar. April Apr. May June Jun. July Jul. August Aug. September Sep. October Oct. November Nov. December Dec. Sept.",
    de: "Januar Jan. Februar Feb. März April Apr. Mai Juni Juli August Aug. September Sept. Oktober Okt. November Nov. Dezember Dez. Jänner Jän. Sep.",
    fr: "janvier janv. février févr. mars avril avr. mai juin juillet juil. août septembre sept. octobre oct. novembre nov. décembre déc. juill.",
    es: "enero ene. febrero feb. marzo mar. abril abr. mayo may. junio jun. julio jul. agosto ago. septiembre sept. octubre oct. noviembre nov. diciembre dic. Enero Febrero Marzo Abril Mayo Junio Julio Agosto setiembre Setiembre set. Octubre Noviembre Diciembre",
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
    gl: "xaneiro xan. febreiro feb. marzo mar. abril abr. maio xuño xullo xul. agosto ago. setembro set. outubro out. novembro nov. decembro dec.",
    ast: "de_xineru xineru xin. de_febreru febreru feb. de_marzu marzu mar. d’abril abril abr. de_mayu mayu may. de_xunu xunu xun. de_xunetu xunetu xnt. d’agostu agostu ago. de_setiembre setiembre set. d’ochobre ochobre och. de_payares payares pay. d’avientu avientu avi.",
    et: "jaanuar jaan. veebruar veebr. märts aprill apr. mai juuni juuli august aug. september sept. oktoober okt. november nov. detsember dets.",
    lv: "janvāris janv. februāris febr. marts aprīlis apr. maijs jūnijs jūn. jūlijs jūl. augusts aug. septembris sept. oktobris okt. novembris nov. decembris dec.",
    lt: "sausio sausis vasario vasaris kovo kovas balandžio balandis gegužės gegužė birželio birželis liepos liepa rugpjūčio rugpjūtis rugsėjo rugsėjis spalio spalis lapkričio lapkritis gruodžio gruodis",
    is: "janúar jan. febrúar feb. mars mar. apríl apr. maí júní jún. júlí júl. ágúst ágú. september sep. október okt. nóvember nóv. desember des.",
    sq: "janar jan. shkurt shk. mars mar. prill pri. maj qershor qer. korrik korr. gusht gush. shtator sht. tetor tet. nëntor nën. dhjetor dhj.",
    bs: "januar jan. februar feb. mart mar. april apr. maj juni jun. juli jul. august aug. septembar sep. oktobar okt. novembar nov. decembar dec.",
    sr: "јануар јан. фебруар феб. март мар. април апр. мај јун јул август авг. септембар сеп. октобар окт. новембар нов. децембар дец. januar jan. februar feb. mart mar. april apr. maj jun jul avgust avg. septembar sep. oktobar okt. novembar nov. decembar dec.",
    mk: "јануари јан. февруари фев. март мар. април апр. мај јуни јун. јули јул. август авг. септември сеп. октомври окт. ноември ное. декември дек.",
    bg: "януари февруари март април май юни юли август септември октомври ноември декември",
    be: "студзеня студзень сту. лютага люты лют. сакавіка сакавік сак. красавіка красавік кра. мая май чэрвеня чэрвень чэр. ліпеня ліпень ліп. жніўня жнівень жні. верасня верасень вер. кастрычніка кастрычнік кас. лістапада лістапад ліс. снежня снежань сне.",
    id: "Januari Jan. Februari Feb. Maret Mar. April Apr. Mei Juni Jun. Juli Jul. Agustus Agu. September Sep. Oktober Okt. November Nov. Desember Des.",
    ms: "Januari Jan. Februari Feb. Mac April Apr. Mei Jun Julai Jul. Ogos Ogo. September Sep. Oktober Okt. November Nov. Disember Dis.",
    vi: "tháng_1 Tháng_1 thg_1 tháng_2 Tháng_2 thg_2 tháng_3 Tháng_3 thg_3 tháng_4 Tháng_4 thg_4 tháng_5 Tháng_5 thg_5 tháng_6 Tháng_6 thg_6 tháng_7 Tháng_7 thg_7 tháng_8 Tháng_8 thg_8 tháng_9 Tháng_9 thg_9 tháng_10 Tháng_10 thg_10 tháng_11 Tháng_11 thg_11 tháng_12 Tháng_12 thg_12",
    af: "Januarie Jan. Februarie Feb. Maart Mrt. April Apr. Mei Junie Jun. Julie Jul. Augustus Aug. September Sep. Oktober Okt. November Nov. Desember Des.",
    sw: "Januari Jan. Februari Feb. Machi Mac. Aprili Apr. Mei Juni Jun. Julai Jul. Agosti Ago. Septemba Sep. Oktoba Okt. Novemba Nov. Desemba Des.",
    fil: "Enero Ene. Pebrero Peb. Marso Mar. Abril Abr. Mayo May. Hunyo Hun. Hulyo Hul. Agosto Ago. Setyembre Set. Oktubre Okt. Nobyembre Nob. Disyembre Dis.",
    lb: "Januar Jan. Februar Feb. Mäerz Mäe. Abrëll Abr. Mee Juni Juli August Aug. September Sep. Oktober Okt. November Nov. Dezember Dez.",
    mt: "Jannar Jan. Frar Fra. Marzu Mar. April Apr. Mejju Mej. Ġunju Ġun. Lulju Lul. Awwissu Aww. Settembru Set. Ottubru Ott. Novembru Nov. Diċembru Diċ.",
    fo: "januar jan. februar feb. mars mar. apríl apr. mai juni jun. juli jul. august aug. september sep. oktober okt. november nov. desember des.",
    kk: "қаңтар Қаңтар қаң. ақпан Ақпан ақп. наурыз Наурыз нау. сәуір Сәуір сәу. мамыр Мамыр мам. маусым Маусым мау. шілде Шілде шіл. тамыз Тамыз там. қыркүйек Қыркүйек қыр. қазан Қазан қаз. қараша Қараша қар. желтоқсан Желтоқсан жел.",
    az: "yanvar yan. fevral fev. mart mar. aprel apr. may iyun iyn. iyul iyl. avqust avq. sentyabr sen. oktyabr okt. noyabr noy. dekabr dek.",
    uz: "yanvar Yanvar yan. fevral Fevral fev. mart Mart mar. aprel Aprel apr. may May iyun Iyun iyn. iyul Iyul iyl. avgust Avgust avg. sentabr Sentabr sen. oktabr Oktabr okt. noyabr Noyabr noy. dekabr Dekabr dek.",
    ka: "იანვარი იან. თებერვალი თებ. მარტი მარ. აპრილი აპრ. მაისი მაი. ივნისი ივნ. ივლისი ივლ. აგვისტო აგვ. სექტემბერი სექ. ოქტომბერი ოქტ. ნოემბერი ნოე. დეკემბერი დეკ.",
    hy: "հունվարի հունվար հնվ. փետրվարի փետրվար փտվ. մարտի մարտ մրտ. ապրիլի ապրիլ ապր. մայիսի մայիս մյս. հունիսի հունիս հնս. հուլիսի հուլիս հլս. օգոստոսի օգոստոս օգս. սեպտեմբերի սեպտեմբեր սեպ. հոկտեմբերի հոկտեմբեր հոկ. նոյեմբերի նոյեմբեր նոյ. դեկտեմբերի դեկտեմբեր դեկ.",
    ar: "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول ماي يوليوز غشت شتنبر نونبر دجنبر جانفي فيفري أفريل جوان جويلية أوت إبريل أغشت شتمبر دجمبر",
    fa: "دی بهمن اسفند فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر",
    ur: "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    // Assamese in the Bengali script: its own letters (ৰ, ৱ) and "মে’", whose ’ is the name's.
    as: "জানুৱাৰী জানু ফেব্ৰুৱাৰী ফেব্ৰু মাৰ্চ এপ্ৰিল মে’ জুন জুলাই আগষ্ট আগ. ছেপ্তেম্বৰ ছেপ্তে অক্টোবৰ অক্টো নৱেম্বৰ নৱে ডিচেম্বৰ ডিচে",
    bn: "জানুয়ারি জানু ফেব্রুয়ারি ফেব. মার্চ এপ্রিল এপ্রি মে জুন জুলাই জুল. আগস্ট আগ. সেপ্টেম্বর সেপ. অক্টোবর অক্টো নভেম্বর নভে ডিসেম্বর ডিসে",
    ta: "ஜனவரி ஜன. பிப்ரவரி பிப். மார்ச் மார். ஏப்ரல் ஏப். மே ஜூன் ஜூலை ஆகஸ்ட் ஆக. செப்டம்பர் செப். அக்டோபர் அக். நவம்பர் நவ. டிசம்பர் டிச.",
    te: "జనవరి జన. ఫిబ్రవరి ఫిబ్ర. మార్చి ఏప్రిల్ ఏప్రి మే జూన్ జులై ఆగస్టు ఆగ. సెప్టెంబర్ సెప్టెం అక్టోబర్ అక్టో నవంబర్ నవం డిసెంబర్ డిసెం",
    mr: "जानेवारी जाने फेब्रुवारी फेब्रु मार्च एप्रिल एप्रि मे जून जुलै ऑगस्ट ऑग. सप्टेंबर सप्टें ऑक्टोबर ऑक्टो नोव्हेंबर नोव्हें डिसेंबर डिसें",
    gu: "જાન્યુઆરી જાન્યુ ફેબ્રુઆરી ફેબ્રુ માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટેમ્બર સપ્ટે ઑક્ટોબર ઑક્ટો નવેમ્બર નવે ડિસેમ્બર ડિસે",
    kn: "ಜನವರಿ ಜನ. ಫೆಬ್ರವರಿ ಫೆಬ್ರ. ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಏಪ್ರಿ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಆಗ. ಸೆಪ್ಟೆಂಬರ್ ಸೆಪ್ಟೆಂ ಅಕ್ಟೋಬರ್ ಅಕ್ಟೋ ನವೆಂಬರ್ ನವೆಂ ಡಿಸೆಂಬರ್ ಡಿಸೆಂ",
    ml: "ജനുവരി ജനു ഫെബ്രുവരി ഫെബ്രു മാർച്ച് മാർ. ഏപ്രിൽ ഏപ്രി മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് ഓഗ. സെപ്റ്റംബർ സെപ്റ്റം ഒക്‌ടോബർ ഒക്ടോ നവംബർ നവം ഡിസംബർ ഡിസം",
    pa: "ਜਨਵਰੀ ਜਨ. ਫ਼ਰਵਰੀ ਫ਼ਰ. ਮਾਰਚ ਅਪ੍ਰੈਲ ਅਪ੍ਰੈ ਮਈ ਜੂਨ ਜੁਲਾਈ ਜੁਲਾ ਅਗਸਤ ਅਗ. ਸਤੰਬਰ ਸਤੰ ਅਕਤੂਬਰ ਅਕਤੂ ਨਵੰਬਰ ਨਵੰ ਦਸੰਬਰ ਦਸੰ",
    ne: "जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर",
    si: "දුරුතු නවම් මැදින් බක් වෙසක් පොසොන් ඇසළ නිකිණි බිනර වප් ඉල් උඳුවප්",
    th: "มกราคม ม.ค. กุมภาพันธ์ ก.พ. มีนาคม มี.ค. เมษายน เม.ย. พฤษภาคม พ.ค. มิถุนายน มิ.ย. กรกฎาคม ก.ค. สิงหาคม ส.ค. กันยายน ก.ย. ตุลาคม ต.ค. พฤศจิกายน พ.ย. ธันวาคม ธ.ค.",
    lo: "ມັງກອນ ມ.ກ. ກຸມພາ ກ.ພ. ມີນາ ມ.ນ. ເມສາ ມ.ສ. ພຶດສະພາ ພ.ພ. ມິຖຸນາ ມິ.ຖ. ກໍລະກົດ ກ.ລ. ສິງຫາ ສ.ຫ. ກັນຍາ ກ.ຍ. ຕຸລາ ຕ.ລ. ພະຈິກ ພ.ຈ. ທັນວາ ທ.ວ.",
    km: "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ",
    my: "ဇန်နဝါရီ ဇန် ဖေဖော်ဝါရီ ဖေ မတ် ဧပြီ ဧ. မေ ဇွန် ဇူလိုင် ဇူ ဩဂုတ် ဩ. စက်တင်ဘာ စက် အောက်တိုဘာ အောက် နိုဝင်ဘာ နို ဒီဇင်ဘာ ဒီ",
    am: "ጃንዋሪ ጃን. ፌብሩዋሪ ፌብ. ማርች ኤፕሪል ኤፕሪ. ሜይ ጁን ጁላይ ኦገስት ኦገስ. ሴፕቴምበር ሴፕቴ. ኦክቶበር ኦክቶ. ኖቬምበር ኖቬም. ዲሴምበር ዲሴም.",
    zu: "Januwari Jan. Februwari Feb. Mashi Mas. Ephreli Eph. Meyi Mey. Juni Jun. Julayi Jul. Agasti Aga. Septhemba Sep. Okthoba Okt. Novemba Nov. Disemba Dis.",
    xh: "Janyuwari Jan. Februwari Feb. Matshi Mat. Epreli Epr. Meyi Mey. Juni Jun. Julayi Jul. Agasti Aga. Septemba Sept. Okthobha Okthoba Okt. Novemba Nov. Disemba Dis.",
    yo: "Oṣù_Ṣẹ́rẹ́ Oṣù_Èrèlè Oṣù_Ẹrẹ̀nà Oṣù_Ìgbé Oṣù_Ẹ̀bibi Oṣù_Òkúdu Oṣù_Agẹmọ Oṣù_Ògún Oṣù_Owewe Oṣù_Ọ̀wàrà Oṣù_Bélú Oṣù_Ọ̀pẹ̀",
    ha: "Janairu Jan. Faburairu Fab. Maris Mar. Afirilu Afi. Mayu May. Yuni Yun. Yuli Yul. Agusta Agu. Satumba Sat. Oktoba Okt. Nuwamba Nuw. Disamba Dis.",
    ig: "Jenụwarị Jen. Febrụwarị Feb. Maachị Maa. Epreel Epr. Mee Jun Juu. Julaị Jul. Ọgọọst Ọgọ. Septemba Sep. Ọktoba Ọkt. Novemba Nov. Disemba Dis.",
    so: "Janaayo Jannaayo Jan. Febraayo Feb. Maarso Mar. Abriil Abr. Maayo May. Juun Jun. Luulyo Lul. Agosto Ogosto Ogs. Sebtembar Sebteembar Seb. Oktoobar Okt. Noofeembar Nof. Diseembar Dis.",
    br: "Genver Gen. Cʼhwevrer Cʼhwe. Meurzh Meur. Ebrel Ebr. Mae Mezheven Mezh. Gouere Goue. Eost Gwengolo Gwen. Here Du Kerzu Kzu.",
    oc: "de_genièr de_febrièr de_març d’abril de_mai de_junh de_julhet d’agost de_setembre d’octòbre de_novembre de_decembre",
    rm: "da_schaner schaner schan. da_favrer favrer favr. da_mars mars d’avrigl avrigl avr. da_matg matg da_zercladur zercladur zercl. da_fanadur fanadur fan. d’avust avust da_settember settember sett. d’october october oct. da_november november nov. da_december december dec.",
    fy: "Jannewaris Jan. Febrewaris Feb. Maart Mrt. April Apr. Maaie Mai. Juny Jun. July Jul. Augustus Aug. Septimber Sep. Oktober Okt. Novimber Nov. Desimber Des.",
    se: "ođđajagemánnu ođđj. guovvamánnu guov. njukčamánnu njuk. cuoŋománnu cuo. miessemánnu mies. geassemánnu geas. suoidnemánnu suoi. borgemánnu borg. čakčamánnu čakč. golggotmánnu golg. skábmamánnu skáb. juovlamánnu juov.",
    kl: "januaarip januaari jan. februaarip februaari febr. marsip marsi mar. apriilip apriili apr. maajip maaji maj. juunip juuni jun. juulip juuli jul. aggustip aggusti aug. septembarip septembari sept. oktobarip oktobari okt. novembarip novembari nov. decembarip decembari dec.",
    eu: "urtarrila urt. otsaila ots. martxoa mar. apirila api. maiatza mai. ekaina eka. uztaila uzt. abuztua abu. iraila ira. urria urr. azaroa aza. abendua abe.",
    eo: "Januaro Jan. Februaro Feb. Marto Mar. Aprilo Apr. Majo Maj. Junio Jun. Julio Jul. Aŭgusto Aŭg. Septembro Sep. Oktobro Okt. Novembro Nov. Decembro Dec.",
    // Santali in Ol Chiki, Tajik and Quechua (letters38: "᱑᱘ ᱢᱮ" broke after the day).
    sat: "ᱡᱟᱱᱣᱟᱨᱤ ᱡᱟᱱ. ᱯᱷᱟᱨᱣᱟᱨᱤ ᱯᱷᱟ. ᱢᱟᱨᱪ ᱢᱟᱨ. ᱟᱯᱨᱮᱞ ᱟᱯᱨ. ᱢᱮ ᱡᱩᱱ ᱡᱩᱞᱟᱭ ᱡᱩᱞ. ᱟᱜᱟᱥᱛ ᱟᱜᱟ. ᱥᱮᱯᱴᱮᱢᱵᱟᱨ ᱥᱮᱯ. ᱚᱠᱴᱚᱵᱟᱨ ᱚᱠᱴ. ᱱᱟᱣᱟᱢᱵᱟᱨ ᱱᱟᱣ. ᱫᱤᱥᱟᱢᱵᱟᱨ ᱫᱤᱥ.",
    tg: "Январ Янв. Феврал Фев. Март Мар. Апрел Апр. Май Июн Июл Август Авг. Сентябр Сен. Октябр Окт. Ноябр Ноя. Декабр Дек.",
    qu: "Enero Ene. Febrero Feb. Marzo Mar. Abril Abr. Mayo May. Junio Jun. Julio Jul. Agosto Ago. Setiembre Set. Octubre Oct. Noviembre Nov. Diciembre Dic.",
    // Tongan, Malagasy and Kinyarwanda (letters39: "ʻaho 23 Mē 2025" broke after the day).
    to: "Sānuali Sān. Fēpueli Fēp. Maʻasi Maʻa. ʻEpeleli ʻEpe. Mē Sune Sun. Siulai Siu. ʻAokosi ʻAok. Sēpitema Sepitema Sēp. ʻOkatopa ʻOka. Nōvema Nōv. Tīsema Tīs.",
    mg: "Janoary Jan. Febroary Feb. Martsa Mar. Aprily Apr. Mey Jona Jon. Jolay Jol. Aogositra Aog. Septambra Sep. Oktobra Okt. Novambra Nov. Desambra Des.",
    rw: "Mutarama Mut. Gashyantare Gas. Werurwe Wer. Mata Mat. Gicurasi Gic. Kamena Kam. Nyakanga Nya. Kanama Kan. Nzeri Nze. Ukwakira Ukw. Ugushyingo Ugu. Ukuboza Uku.",
  }).map(([lang, names]) => [lang, names.split(" ").map((name) => name.replaceAll("_", " "))]),
);

/**
 * The forms a language's grammar gives a month after its day where ICU writes another: ICU
 * writes Serbian's, Bosnian's and Slovenian's nominative ("18. фебруар", "5. januar"), but
 * their letters write the genitive in a sentence ("оштећено 18. фебруара", "do 5. januarja");
 * Latvian's long date has the nominative ("15. janvāris"), its sentences the locative ("2025.
 * gada 15. janvārī"); Basque's long date writes the month's genitive ending onto ICU's name
 * ("martxoaren 3a", ICU's "martxoa" + "ren"). Tied to their day as ICU's names are
 * (tie-spaces.ts); not held to ICU.
 */
export const MONTHS_IN_PROSE: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    sr: "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
    bs: "januara februara marta aprila maja juna jula augusta septembra oktobra novembra decembra",
    sl: "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    lv: "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    eu: "urtarrilaren otsailaren martxoaren apirilaren maiatzaren ekainaren uztailaren abuztuaren irailaren urriaren azaroaren abenduaren",
  }).map(([lang, names]) => [lang, names.split(" ")]),
);

/**
 * The regions and scripts whose month names a language's entry holds besides its own, as ICU
 * writes them: the language is all that the ties know of a text ("ar", not "ar-SY"), and a
 * letter in Arabic from Damascus or Baghdad writes "5 آذار", one from Algiers "5 جانفي", one
 * from Vienna "5. Jänner", one in Serbian "5. mart" as often as "5. март".
 */
export const MONTH_VARIANTS: ReadonlyMap<string, readonly string[]> = new Map([
  // The Levant's and Iraq's names (ar-LB, ar-JO, ar-PS and ar-IQ write ar-SY's), Morocco's,
  // Algeria's and Tunisia's, Mauritania's.
  ["ar", ["ar-SY", "ar-MA", "ar-DZ", "ar-MR"]],
  ["de", ["de-AT"]],
  ["en", ["en-GB"]],
  ["es", ["es-PE"]],
  ["fr", ["fr-CA"]],
  ["sr", ["sr-Latn"]],
]);

/**
 * What joins a range's two dates, or a day and a date ("15 July – 3 August", "1–5 May"), in
 * every language: a dash as typed (an en dash, a hyphen, "--"; not the em dash of a pause).
 */
export const DATE_RANGE_DASHES: readonly string[] = ["–", "-", "--"];

/**
 * What else joins them, by language. Russian and Ukrainian set a spaced em dash between words
 * ("15 июля — 3 августа": Мильчин, Справочник издателя и автора, the dash between words, an
 * en dash only between figures) and write a range of days with "по" or "до" ("с 1 по 5 мая",
 * "з 1 до 5 травня"): either is kept as one range as the dash elsewhere is.
 */
export const DATE_RANGE_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["ru", ["—", "по", "до"]],
  ["uk", ["—", "по", "до"]],
]);

/**
 * The words ICU writes between a day and its month's name, by language ("5 de enero"): tied
 * with them. tests/typography/month-names.test.ts holds them to ICU too.
 */
export const DAY_MONTH_LINKS: ReadonlyMap<string, readonly string[]> = new Map([
  ["es", ["de"]],
  ["gl", ["de"]],
  ["mt", ["ta’"]],
  ["pt", ["de"]],
]);

/**
 * The words for "day" and "year" (as ICU names the fields) of the languages whose month
 * names are a number after the word for month ("tháng 3", the third month). Why: after a
 * number that name also reads as a count, "5 tháng 3 ngày" (five months and three days), so
 * such a day and month are a date only with the day's word before the day ("ngày 5 tháng 3")
 * or a year after the month ("5 tháng 3 năm 2024", ICU's "5 tháng 3, 2024").
 * tests/typography/month-names.test.ts holds them to ICU.
 */
export const NUMBERED_MONTH_WORDS: ReadonlyMap<string, { day: string; year: string }> = new Map([
  ["vi", { day: "ngày", year: "năm" }],
]);

/**
 * The one-letter words a language writes onto the next word, and so onto a day's number, by
 * language: Arabic's proclitics wa- (and), fa- (then), bi- (in, on) and li- (for), "و5 آذار".
 * Why: the day is still a day, tied to its month as "5 آذار" is.
 */
export const DAY_PROCLITICS: ReadonlyMap<string, string> = new Map([["ar", "وفبل"]]);

/**
 * What ICU writes after the year of a long date written year first, by language: the marks
 * joined to the year and the words after it ("2025. július 15.", "2025 m. liepos 15 d.",
 * "2025. gada 15. jūlijs", "2025 ж. 15 шілде", "2025 ඇසළ 15"; a letter in parentheses is
 * written or not as the number's last sound has it: Basque "2025eko", "2024ko"). Why: such a date is the
 * year, those words and then a date of a day and month, and is kept together as that date is
 * (date-spaces.ts). tests/typography/month-names.test.ts holds them to ICU.
 */
export const YEAR_FIRST_MARKS: ReadonlyMap<string, string> = new Map([
  ["eu", "(e)ko"],
  ["hu", "."],
  ["kk", " ж."],
  ["kl", ""],
  ["lt", " m."],
  ["lv", ". gada"],
  ["ml", ""],
  ["my", ""],
  ["ne", ""],
  ["oc", ""],
  ["rw", ""],
  ["se", ""],
  ["si", ""],
]);

/**
 * The names of the days of the week by language, as ICU writes them long and short, with the
 * short ones also dotted and in the longer abbreviations style guides use ("Tues.", "Thurs.").
 * Why: a range of days typed with "--" ("Monday--Friday", "Mon--Fri") is a range, its dash an
 * en dash, as one of dates is (range-ends.ts); only American English reads "--" otherwise.
 */
export const WEEKDAYS_BY_LANGUAGE: ReadonlyMap<string, readonly string[]> = new Map([
  [
    "en",
    "Monday Mon Mon. Tuesday Tue Tue. Tues. Wednesday Wed Wed. Thursday Thu Thu. Thur. Thurs. Friday Fri Fri. Saturday Sat Sat. Sunday Sun Sun.".split(
      " ",
    ),
  ],
]);

/**
 * The endings a language writes onto a day after its month's name, by language: Basque's
 * article ("martxoaren 3a", ICU's "3(a)") and its cases ("3an", on the 3rd; "3ra", "3tik",
 * "3rako", until, from, for the 3rd; "3ko", of the 3rd), with the "e" a number ending in a
 * consonant's sound takes ("15ean"). Why: the day is still a day, tied to
 * its month as "March 3" is.
 */
export const DAY_ENDINGS: ReadonlyMap<string, readonly string[]> = new Map([
  [
    "eu",
    ["(a)", "a", ...["an", "ra", "rako", "raino", "tik", "ko", "ren"].flatMap((c) => [c, `e${c}`])],
  ],
]);
