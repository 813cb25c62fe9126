/**
 * The version of the anonymiser's rules and word lists. Every anonymised copy records the version
 * that made it; raise this number when detection changes in a way that should reach copies made
 * before, and the retention run (and any read of an older copy) makes them again.
 *
 * 1: the first anonymiser (issue 5). 2: structure over lists, open word lists, conversation memory (issue 13).
 * 3: issue 13 round 2: dates, addresses, postcodes and ID numbers of the victims' countries, plates and
 * handles in more forms, organisations by compound kind words and brands with a place, names by
 * initials and sentence position, more words that are never names.
 * 4: issue 13 round 3: mistyped IBANs after an account word and IBANs in any grouping, KvK and foreign
 * register numbers in any grouping, organisations by compound kind words, legal forms and capitalised
 * runs after "bij"/"voor", handles in camel case and after more platforms, more foreign plate forms.
 * 5: issue 13 round 4: IBANs by their country's BBAN structure and bare account numbers after an account
 * word, numbers typed with look-alikes (O for 0, Cyrillic plate letters), a month with its year as a
 * date, streets after an address cue or without a street word, more kind words and lower-case
 * organisations, double surnames, particles and lone initials as names.
 * 6: issue 13 round 5: BSNs in any grouping of nine digits, document numbers after more cues and by
 * shape (Spanish DNI/NIE, two capitals and six digits), handle-shaped words in a message that names a
 * platform, employers after more kind words and after working "in", plates after plural vehicle words;
 * a capitalised word after a known first name as its surname, "fam.", "noemt zichzelf", "echte naam"
 * and thanks in the chat's languages as name cues; streets named after a neighbourhood after a comma,
 * Turkish, Papiamento and quoted foreign street names, "No:" and flat numbers; phone numbers of other
 * countries in their national form; lower-case towns after a place word that only the gazetteer
 * calls a word; a name no longer runs on into "van Stichting …"; a first name, particle and surname in
 * lower case; a business set off by a comma after a kind word; a display name of several capitalised
 * words after a platform and a naming word.
 * 7: issue 13 round 6: the conversation's memory takes a learned name in lower case where it opens a
 * sentence, follows thanks or a greeting, or keeps its own letters ("gül"); remembers guessed names no
 * dictionary knows; finds a business of several words again in any case; reads "Jobs4U" as one word.
 * Names: a capitalised word after an English relation, a nickname's first word ("Little Mo"), a lone
 * capital after a naming word ("alias Q"), "call me", "naam" opening a message or field, a surname
 * after a double first name or after a function word and an initial, a particle before an unknown
 * capitalised word; streets after "op de"/"aan de" with a house number; no house number starts with 0.
 * Document numbers with slashes and a country's letters, spelled one character at a time, after
 * student and other register numbers, "w-document", "perso"; longer series numbers; a day, Roman month
 * and year as a date; a foreign postcode no longer read as a house number; an account list's cue
 * reaches further. Organisations: "by" inside a name, "&" and particles before a kind word after it,
 * more kind words (kapper, shop, zaak, pakhuis, -verhuur, Partners), a country or compass word after
 * the name, an adverb after "heet", roles before "bij" (contactpersoon, baas, eigenaar), two capitalised
 * words joined by "&", capitalised words a kind word describes after a comma, the words before "kvk".
 * A trailing initial after a name ("Dobre C."), an unknown word after a name and "en"/"of" (also with
 * letters typed three times), a first name opening a message and spoken to ("Joy, ben je …"),
 * Vietnamese words never function words, an unknown word before "en haar/zijn"; "V-nr" and a
 * lower-case dictionary word before "heet" are no names; a lower-case word only a name list knows,
 * between a conjunction and a verb or possessive, as a guess ("dat orhan haar …"). Places: Spanish "en" as a place word in a
 * Spanish message, a name written with accents its dictionary look-alike lacks, "station van X".
 * Dates written out in words ("twaalf maart negentienhonderd negentig", "de derde van juni").
 * 8: issue 13 round 7: names after a nickname's head in any case ("madam efe", "Dikke Hans"), a month
 * that is a given name after a first name ("Chen Mei"), the owner before a possessive ("shurandy zijn
 * insta"), a lower-case first name opening a sentence before a verb, lower-case initials before a
 * surname ("j.w. de groot"); organisations by an activity compound before a name ("Aspergeteelt Van
 * Rijswijk"), "bij De …", more kind words and legal forms (Lda, S.L., SARL, BVBA, VZW, ApS), a name
 * no longer running into "X & Y …"; IBANs with capitals inside the account part; plates in lower case
 * after "kenteken", in a message about plates, after Latin Bulgarian vehicle words; "errol" and other
 * folded foreign function words that are names no longer function words.
 * 9: issue 13 round 8: names in a comma list a name opens ("Ama, Esi en Abena"), before another
 * language's "and" and a name ("Andrii ta Maksym"), after "noemt hij" and "vraag naar"; capitals
 * after "op de" are no surname ("op de SEH"); a town after a street address and "in"/"te" or after a
 * postcode, also one the gazetteer lacks ("Hofstraat 19 in Vlijmen") or in Title Case, a compass word
 * joined to a place ("Woensel-West"), no place inside a province's name ("Noord-Brabant") or in a
 * lower-case word with accents the place lacks ("quitó"), Czech and Bulgarian "v" as a place word;
 * organisations by compound kind words (-boerderij, -hoeve, -super, -combinatie) before a name and
 * capitalised compounds (-kwekerij, -verwerking, …) or Verwerking, Recycling, Vleeswaren, Praca
 * after one, French "agence"; "work for free" names no employer. Addresses after "woonachtig" and
 * "woonadres", a street word written as a word of its own after the name ("Hagsche Straße 21", "Hoge Weg 12").
 * Plates beside Turkish vehicle words ("arabası 34 ABC 123 plakalı").
 * 10: issue 13 round 9: names after "noemen die gast", "gebruikt de naam", "iedereen zegt", "heet de
 * pooier", "vraag naar"/"ask for" (a dictionary word too), a month after a nickname's head ("auntie
 * Mei"), a dictionary word as surname after a listed name or as first name before an unknown one, an
 * unknown word before Polish "jestem"; a name ends before "van" after its own particle ("Gerrit ter
 * Beek van Ter Beek Agro B.V."). Organisations after a work cue with an adverb ("werk zelf bij"), a
 * role compound ("jeugdconsulent bij") or "namens"; a public service with a name of its own
 * ("Jeugdzorg De Bron"); more kinds of business (Drogisterij, -houderij, Grillroom, Asperges, …); a
 * kind word with a compass or country word ("Logistiek Zuidwest"); every name before "(kvk …)", not
 * after a person's role. Spanish plates after "coche", plates after a country's adjective; a flat after
 * Turkish and Portuguese house numbers; a lower-case postcode after a place; e-mail addresses typed with
 * spaces between the letters; Polish driving licences and Portuguese citizen cards; streets ending in "kant".
 * 11: issue 13 round 10: names by their place in the sentence ("laat zich X noemen", "ken … alleen als
 * X", "mijn naam X", a capitalised word before a verb of saying, any capitalised word after a relation
 * and an initial, the person spoken to after a greeting or thanks, the person to call before "on" and a
 * number, a lower-case first name after a relation before a pronoun or verb); the short form of a name
 * learned in the conversation ("Kim", "Aga"); a Dutch sentence with "er" and "die" is no longer German,
 * and a list of business and street names no longer Title Case. Organisations: a kind word after "van"
 * opens the business, compounds in -service/-bar/-pomp, foundations and shops in other languages, a
 * hyphenated kind word, a kind word before a surname with a capitalised particle, brands with digits,
 * legal forms written before the name, "noemen het X", money transfer services. BSN typed one digit at a
 * time or in odd groups after its cue, read from the start of a run of groups; T.C. Kimlik numbers,
 * British NI numbers, passports of one capital and eight digits. A town after a house number with an
 * addition, a hyphenated place name, a date listed after another; no lower-case town abroad without a
 * place word; countries in English, languages and regional accents are no names.
 * 12: issue 13 round 11: a particle and capitalised word after initials ("A.C. ter Haar"), a lone initial
 * after a relation, kunya heads (Abu, Umm), a capitalised month opening a name ("Mei Ling"), an unknown
 * word before a listed surname, naming phrases in Portuguese, Spanish and Italian, a quoted name after
 * "naam"; names in Arabic and Chinese script after a naming phrase or relation. Organisations: compounds
 * in -stichting/-corporatie/-vereniging, Maatschap and Coöperatie, "X, een uitzender", Club/Bar after a
 * name, capitalised words before a chain's name, camel-case brands after van/bij/via. Bulgarian and
 * Ukrainian plates over a postcode; a Dutch place in lower case where someone lives; Belgian street
 * words and lower-case joining words in foreign streets; two capitalised words after "aan de" with a number.
 * 13: issue 13 round 12 (tuning set L): organisations by kind and context (universities, school types,
 * housing and distribution words after a name; riding schools and beach pavilions before one; a chain
 * after "het" with its branch; a kind word in brackets; "X is gevestigd"), a one-word business guessed
 * from its context remembered for the conversation; "sc" and "tg" as platform words; a name after an
 * introduction and before "from"; a lower-case first name before "heet echt"; spelled phone numbers of
 * nine words or after "plus"; "arroba"/"punto" and spoken particles in e-mail addresses; capitalised words
 * before a street word of its own; a province's short form after a place; inflected and English
 * adjectives of nationality are no names; a plate after a car make in capitals, Serbian plates; a BSN
 * after a colon in the sentence that named it; the Bulgarian identity card ("личната ми карта").
 * 14: issue 13 round 13: a learned span tagger (models/anonymiser-tagger.json) for person names and
 * organisations beside the rules, by word shape, letters, position and the words around, with the word
 * lists as evidence; a span either finds is masked. The English names of the helpline's partners
 * ("Suicide Prevention", "Labour Authority", "Victim Support") and the Juridisch Loket are kept.
 * 15: issue 13 round 14: a business named in lower case after a kind word at a preposition ("bij de
 * nagelsalon beauty queen in tilburg", "van snackbar de kroket", "in een winkel, bella moda,"); a day,
 * month name and year joined by one mark ("3-jan-1999") and a holiday with its year ("1e kerstdag
 * 2023") as dates; given names and short forms of more communities (Surinamese, Hindustani, Moroccan,
 * Turkish, Polish, Bulgarian, Romanian, Ukrainian, Eritrean, Nigerian, Ghanaian, Iranian, Syrian);
 * more countries in Dutch and English are no names. Tuning set O: Ukrainian and Albanian given names,
 * a plate after "platen", fuel stations and banks as workplaces, the Darija "ana" ("I") and the Polish,
 * Romanian and Turkish names of the Netherlands no names; post-office boxes as addresses, newer top-level
 * domains in web addresses, "en"/"and" and a capitalised kind word or English "of" and a name after a
 * business's kind word ("Demir Schoonmaak en Onderhoud", "Victory Church of Christ"), a capitalised name
 * after a word for a neighbourhood or village ("in de wijk Kerckebosch"); a weekday before a day and month
 * in digits ("za 21/9"), a weekday with an ordinal day ("woensdag de 17e") and a short English month
 * with an ordinal day or year ("Feb 3rd, 2022") as dates; a Dutch town that is also a word, in lower
 * case, after "kom uit", "geboren in", "from" ("ik kom uit ede"); "hoog" and "sous" after a house number.
 * The tagger retrained with set O.
 * 16: issue 13 round 15 (tuning set Q): streets with Portuguese, Spanish and Italian particles ("Rua das
 * Flores", "Calle de los Olivos"), a lower-case street after a preposition and "de" that no dictionary
 * knows, capitalised words with a house number beside a known town ("Dronten, De Noord 12"), two words
 * joined by "en" before a street word, a second house number ("23 en 25", "3 t/m 7"), the number said
 * before the street ("nr 14 van de Dorpsstraat"), "v.d." and "'s-" before a street, a lower-case street
 * with any street ending and a number after "op de"/"aan het" or an address word ("op de molenhof 6"),
 * plot and flat numbers before an English street, a lone lower-case letter before a capitalised word no
 * house-number addition ("7 w Lublinie"); streets abroad in lower case or without the abbreviation's dot
 * ("ul. kwiatowej 3", "вул Садова 18"), Turkish streets named before "sokak"/"caddesi" in any case and
 * "Kat:2 Daire:5", Latvian "iela", an estate's block, entrance and flat without a house number, a quarter
 * or sector after the street ("Hay Al Matar", "sector 1"), a street named by a number ("Rue 14, N° 32"),
 * "No" before a number-first street.
 * Document numbers in odd groups after a document word, with series or country capitals and a check
 * letter ("RO 0481973 B", "NW 12 AB 34 5"), a series and number said with words between ("seria RX nr
 * 482917"), document words in Vietnamese, Arabic, Persian, Chinese, Albanian, Italian, Portuguese
 * and Arabic in Latin letters, the Italian tax code; payment card numbers in groups of four by their
 * Luhn check, and numbers after card, visa and Turkish residence-permit words. A year cut to two digits
 * after an apostrophe ("3-3-'98"). Phone numbers spelled in Polish, Romanian, Spanish, Portuguese,
 * French, German, Turkish and Bulgarian, one number word among digit groups, eleven-digit national
 * numbers spelled out, more words for a phone before a number; "is 6" before
 * more digit pairs is no age. Dutch plates spaced in lower case after "kenteken" (not "12 en 13");
 * mistyped IBANs after Turkish, Spanish, Portuguese, French, Italian, Lithuanian and Czech account
 * words; the first day of a range ("23 op 24 december") and foreign weekdays before a date. Given names
 * and surnames of more communities (faker locales ku_kmr_latin, uz_UZ_latin, fr_SN, sl_SI, mk, ar, fa, ur).
 * 17: issue 13 round 19 (anonrecall19, set R and the sets before it): names by their frame in more
 * cases and languages: a nickname's kinship head ("Uncle", "Big", "Papa", "oom") with any capitalised
 * word or a lone capital ("Uncle Sunday", "big T"); the name after "called himself"/"noemt zichzelf";
 * a lower-case first name that is a word too after "ik ben"/"im" when the clause goes on ("ik ben
 * jade en ik …"), introductions in Portuguese, French, Indonesian and Vietnamese ("eu sou", "je suis",
 * "nama saya", "tên tôi là"), a name in a signature ("gr. piet"), "genaamt"/"genoemt"; a first name
 * that is a word too opening a sentence before a person's verb ("Lily zegt") or an age ("sem is 15");
 * pet names said twice ("Jun-Jun"); a name only another language's function word shares ("Sam", "Li
 * Mei"), not in a message written in that language; a lone initial after an introduction before a
 * bracket; a quoted name after "naam,"; a lower-case name after a title closing its clause ("meneer
 * li,"); a name after a relation and a possessive that follows it ("шефът ми иван", "seful meu Ion"). No more: "ik ben moe" (a hand-kept Dutch word in lower case
 * after an introduction), "17 ans" (a lower-case word right after a number). A capitalised month after
 * a sentence-opening name is no kept month ("Li Mei heeft"). Conversation memory: a learned name with a
 * possessive or case ending after an apostrophe ("Destiny's", "hakan'ın"). Handles without "@": three
 * parts or more joined by dots, in brackets after a name, after another handle in a list, a trailing
 * underscore, a word shaped like a user name in a message about messages or followers ("stuurt berichten
 * als prince.ams"). Dates: Portuguese, Italian and Arabic months, a Polish day in words, a day in words
 * after a date word ("op drie maart"), a short month and bare day after one ("on Feb 12"), Chinese and
 * Vietnamese dates by their words ("2004年3月12日", "ngày 12 tháng 3"), a spaced birth date after
 * "geboortedatum is". Documents: Aadhaar, CPF, CNIC, NIDA, NRIC, PhilSys, UMID and Ghana card words.
 * 18: issue 13 round 20 (anonrecall20, set S and the sets before it): a lower-case street without a
 * street word right after "adres" ("adres is kraaiennest 88") or after "op" in a clause about where
 * someone lives ("flat op kortenhoef 7", no dictionary word, count or year); the four digits of a
 * postcode area where someone lives or stays ("ergens in 3514", "postcodegebied 2525", not a year or
 * an amount); plates of Slovakia (BA-123XY alone when dashed), Czechia (1AB 2345 too) and Hungary
 * (AA BC-123) with Czech, Slovak and Hungarian vehicle and plate words (ŠPZ, EČV, dodávka, kisbusz);
 * a legal form joined by a dash opens a code, not a company ("kenteken BV-JN-42"); a KvK number with
 * the register named further back in the sentence and "nummer" right before it; ID numbers after the
 * capitals that name them (RG, RUT, CPF, CIN, NIN, CNP, NIF) and a Brazilian CPF by its check digits;
 * relation words of Spanish, Portuguese, French, German, Italian, Czech/Slovak, Hungarian,
 * Lithuanian and Albanian and Vietnamese forms of address (ông, bà, anh, chị) before a capitalised
 * name; a lower-case pet name said twice after a relation ("mn broertje jay-jay"); after a naming
 * word a capitalised word that only another language calls a function word goes on with the name;
 * a lower-case first name that is a word too after a relation and its possessive ("seful meu ion").
 * A flat after the street and number ("22 Green Lane, Flat 4"), Spanish and Portuguese floors in
 * full or capitalised ("2º izquierda", "4º Esq."). Nine digits in threes not starting 0-3, in a
 * message with a phone word, as a mobile without its country code ("numer szefa: 601 234 567").
 * "huisnummer 14" (and "house number", "numer domu") as an address; a short or dictionary-word street
 * in lower case before "nummer 23"; lower-case streets after "bij/naar/langs/vanaf/via de"; an article
 * before a lower-case street after "adres:"; "woont op De Hoven 31"; a lower-case postcode right after
 * where someone lives ("zit in 3072 ap"). A lower-case listed first name after a relation of another
 * language that is no Dutch or English word ("minha irmã flor"); a first name after a nickname's head
 * that a cue opened ("vraag naar ome kees", which left "kees" bare). A Venezuelan "C.I." before a
 * number; a Portuguese citizen card's check characters ("30412298 4 ZX7"). 58 more given names of
 * communities the lists held thinly (Tigrinya and Amharic, Bulgarian, Edo and Urhobo, Surinamese,
 * Antillean and Hindustani, pinyin), in lexicons/firstNames.ts; lists and listed facts rebuilt.
 * 19: issue 13 round 21 (anonrecall21, set T and the sets before it): a greeting of another language
 * opening a message ("Merhaba,", "selam,", "Xin chào,") is kept, not a name, unless a question to
 * someone follows ("Selam, ben je …"); nickname tails ("Boy", "Man", "G") after a naming word or a
 * listed first name ("ze noemen hem Bigi Boy"); a relation opening a sentence is no part of the name
 * after it ("Kocam Murat"); after a cue a lower-case first name that is a word too before a listed
 * lower-case name ("i am precious osagie"); a first name that is a word too after a role word, now
 * also bestuurder, directeur, teamleider, beheerder, opzichter, ronselaar ("bestuurder Frans
 * Hendrikx"); "the name on the door is", "naam op de bel is", "noemen ze hem"; every item after "de
 * namen"/"the names", two capitals too ("BJ"); Persian names ("من … هستم", "آقای", "خانم", "شوهرم");
 * a clipped first name of three letters after a name and "en" ("samir en dyl"); an unknown word
 * opening a sentence before "gebruikt", "neemt", "dreigt", "rijdt"; in a conversation a learned name
 * of several words in any case ("bigi boy"). A Polish postcode right after a place a preposition opens
 * ("w Białymstoku, 15-424"); Papiamento and Italian "di" in dates ("15 di mei"); eight digits near a
 * lone "06" as the rest of a mobile; an 088 business line the writer calls the helpline's own
 * ("jullie nummer") is kept. Listed facts rebuilt. Tried and not kept: a foreign IBAN in one run with
 * a wrong checksum and an all-digit BBAN ("BE14…"), which round 5's rule refuses without an account word.
 * 20: issue 13 round 22 (anonrecall22, set U and the sets before it): places by their frame — a
 * lower-case Dutch town or neighbourhood right after a bare "in"/"uit"/"naar"/"vanuit" ("uit hoorn",
 * "in leiden called …", "in zuidoost"), not before a word that stands bare there itself ("in brand",
 * "uit eten", "in huizen", "in meer …"); a lower-case word no dictionary knows after a street
 * address and "in"/"te" ("dorpsstraat 7 in zevenbergen"); Tagalog "sa", Indonesian "di", Moroccan
 * "f"/"fi", Levantine "b", Vietnamese "ở" as place words, also before English "the" ("in the
 * Statenkwartier"); a capitalised name after a lower-case article ("in de Pijp"); a town with a Polish
 * case ending after a preposition ("do Tilburga", "w Rotterdamie", "koło Bredy"); a Dutch village
 * spelt like another language's name of a country ("America") in a Dutch message after a place word
 * or postcode; Bonaire, Sint Eustatius and Saba after a place word (Curaçao, Aruba and Sint Maarten
 * stay public as countries); "<town> Airport". Names: after a naming word, "or"/"of" and a capitalised
 * word give the person's other name ("called tyrell or T-Money"); a pronoun between "dat" and a name
 * before "heet" ("dat ze sara heet"); a lower-case first name that the Dutch dictionary has as a name
 * after "van"/"bij"/"met"/… closing its clause ("een locatie van sara gekregen"); plurals of public
 * words and country adjectives in "-n" on no name list are no names ("Sundays", "Colombian"). IBANs:
 * a code of the country's shape with a failed checksum takes one more short group typed after it.
 * Listed facts unchanged. Tried and not kept: a town abroad that a name list knows as a first name
 * ("Stanislav", "Amara") yielding to a person without a place word — it also turned "London" and
 * "Constanța" after an address into names.
 * 21: issue 13 round 23 (anonrecall23; tuned on the sets before V and on V's lines 1-100 only, V's
 * lines 101-229 kept as a held-out check whose misses were not read). Rules by structure, each tried
 * on lines made for it (tests/unit/anonymiser/round23.test.ts) and checked against the quiet texts
 * (bench/anonymiser-quiet.ts: no new span). Addresses: after a preposition that puts someone on a
 * street (op, aan, at, on, na, v, w, przy, pe, f, ở; an article may follow) one to three capitalised
 * words and a house number, not a counter ("op Kanaal 5", "at Gate 12"), a person's name and an
 * amount, a Polish postcode, one dictionary word, first name or town alone, or one word after "v"/"w";
 * street words abroad in Latin letters, without a dot or in lower case, with lower-case words inside
 * the name (ulitsa, vulytsia, bulevard/bulevar, prospekt, trg, rruga/Rr., carrer, calle, rua, largo,
 * estrada, derb, zanqat, shari3, bulevardul, "ul"/"str" without the dot; not "vul" or "via");
 * "ulica"/"cesta" after the name; Vietnamese đường/phố/ngõ/hẻm with the house number before or after
 * (not "thành phố"); a floor after the house number ("9 3hoog", "8, 2-hoog"); "Steenweg op Gent 123";
 * "op/aan het X 12"; two capitalised words, a number, a comma and a known town ("Hoge Ham 45, Dongen");
 * the house number before a Dutch street ("at 12 Kerkstraat"), after "bij nummer" and "#". Counts in
 * Vietnamese, Polish, Bulgarian, Ukrainian and Romanian are no house numbers. Names: a capitalised
 * month before "heet" or a verb only a person does is the name, not a month ("dat ze Mei heet"), and a
 * month after a capitalised preposition of time stays one ("In April we …"); Dutch pet forms of a
 * common first name ("henkie", "Keesje", "Willempje"); after a naming word a lower-case first name
 * goes on with a lower-case word no list or dictionary knows that closes the clause ("naam kevin
 * bloemhoff,"); names in Arabizi (detectors/arabizi.ts: "Mo7amed", "smito 3abdelkrim"); West African
 * word names, ambiguous like "Hope" (mercy, favour, godswill, wisdom, …; not lovely, peace, lucky,
 * sunshine, beauty, which chat and shops use); more person verbs after an unknown sentence-opening
 * name ("Mwajuma cried"); "X and/en <name>" before a found name ("Sonam and Pema"); the name others
 * give someone ("de man die ze Slang noemen"). Listed facts rebuilt.
 * Figures (`npx tsx bench/eval-anonymiser.ts --tuning`, before at 8d01acb+fbc5472, load 12-18):
 * required recall F 0.997 → 0.999, H 0.993 → 0.995, O 0.997 → 0.998, U 0.978 → 0.983, the others
 * as they were (original, dev, tune2, C, D 1.000; E, G, I, J, K, L, M, Q, R, S, T unchanged); quasi
 * unchanged everywhere; no span precision fell. V lines 1-100: 0.978 (176/180) before and after.
 * V lines 101-229, held out (`… --set tests/eval/anonymiser-dev-v.jsonl --lines 101-229`): required
 * 0.976 (205/210), names 89/94, quasi 0.978 (90/92), span precision 0.993 before and after: none of
 * these rules reached the held-out misses, so this round shows no gain on unseen text.
 * 22: issue 13 round 24 (anonrecall24; tuned on the sets before W and on W's lines 1-115 only, W's
 * lines 116-230 kept as a held-out check whose misses were not read). Rules by structure, each tried
 * on lines made for it (tests/unit/anonymiser/round24.test.ts) and on the quiet texts
 * (bench/anonymiser-quiet.ts: no new span). A town alone after another language's work verb and a
 * preposition that also says where ("pracuje w Venlo", "trabaja en Breda") is the place, not the
 * employer; "via" after a route's first place ("from Lagos via Milan") and "lângă", "koło", "cerca de",
 * "perto de", "près de" are place words, so a town that is also a given name is the town there; a
 * phone number said aloud after a phone word with a digit too many or too few; a national number in
 * two groups ("07911 123456", "0532 4182763") and "call me (on)", "bel me" as phone cues; the word for
 * an account in Turkish, Spanish, Portuguese, French ("hesabı", "cuenta", "conta") is no handle; a
 * capitalised greeting that is a given name after a relation ("Moja koleżanka Ola"); a neighbourhood
 * team written as a name with its area ("Wijkteam Kruiskamp", "Buurtteam Oosterpark") is one
 * organisation, the kind alone or in lower case stays public; a street that opens with its street word
 * after a preposition and an article, without a house number ("aan de Laan van Meerdervoort", "op de
 * Weg naar Rhoon"), is an address, not a person with a particle. Settling (resolve.ts): a name span
 * of several words that holds a capitalised kind of business (a kind word or a compound of one, never
 * a word the name lists hold: "Bakker", "Visser" stay surnames) is that business ("Demir Bakkerij",
 * "Restaurante El Rincón"); a person that ran on over "van" into a business is split into the person
 * and the business, which takes its whole name from a business found from the same word ("Anouk
 * Verbruggen | Kinderdagverblijf Het Vlindertje"), or is dropped when it is only a kind word ("Anna van
 * de Bakkerij"); after a title likewise ("meneer Özdemir | Özdemir Bouw & Sloop"). A guessed name (no
 * name list knows a word of it) right after a preposition of place (in, uit, vanuit, near, from, w, z,
 * din, în, em, na, v, iz) is a place the gazetteer lacks ("from Kerala", "in Niedersachsen", "uit Udon
 * Thani"), and the conversation's memory learns such a guessed place, in any case, as it learns a
 * guessed name (memory.ts). Where the tagger reads a business around names (or a town as its last
 * word) that the rules found, and the business holds a word for its kind, the whole is the business
 * ("Visserij Zeewind", "Nordic Hotels Amsterdam"); kinds of business in the chat's other languages
 * and trade compounds count as kind words there (Restaurante, Kuaför, Tekstil, -slachterij,
 * -verwerking, -kassenbouw, …), a Turkish case ending after the kind word too. A lower-case first name
 * right before an article and a relation or role ("piet de beheerder", "mike the driver"; a common
 * first name that is a word too only in a Dutch frame, so "said the boss" stays). A sports club by its
 * short form in any case with its capitalised name and founding year ("vv De Zwaluwen '30").
 * 23: issue 13 round 27 (anonrecall27; tuned on the sets before X and X's lines 1-115, X's lines
 * 116-230 held out, their misses not read). Built from the kinds of leak the last blind set showed,
 * each tried on seeded variants made for it (tests/unit/anonymiser/round27.test.ts). Phone numbers
 * said in words: English tens and teens ("forty-eight", "fifteen"), "o" and "double"/"dubbel" before
 * a digit, words joined by dashes ("nul-zes-een-…"), slashes, underscores and stars between the parts,
 * "nul zes" said apart from the rest; digit groups joined by one odd mark the same each time
 * ("06*12*34*56*78", "06,12,34,56,78", "06 x 12 x …"), keycap digits. E-mail: at and dot in any bracket
 * ("(apenstaartje)", "<at>", "{punt}", "[.]") or joined by dashes or underscores, a big provider's
 * name without its top-level domain in a message about mail ("mariaxx at gmail", "anna@gmail"),
 * "op"/"bij"/"on" for "@" before a provider and its domain, "vd" in a spoken local part, a spaced
 * top-level domain; a function or dictionary word is no local part. Documents: "no.", "nº", "num.",
 * "nro." as cues as "nr." is; capitals and digits in odd groups after a document word ("NX 4R8 1P2"),
 * not a sum with its unit; a BSN said in words after its cue. Handles: after a word for a user name
 * and "is" or a colon, any word ("her username is honeybee"); after an account or profile word and a
 * naming verb ("zijn account heet geldmaker"); "handle", "naar", "kanaal", "user" between a platform
 * and the name; more platforms (Wickr, Threema, …). Names: a listed given name before "en"/"and" and
 * another given name, even when a dictionary knows it ("Precious en Favour").
 * 24: issue 13 round 27 (anonnames27; names only, tuned on the sets before X and X's lines 1-115, X's
 * lines 116-230 held out, their misses not read), each rule tried on seeded variants with its guards
 * (tests/unit/anonymiser/names27.test.ts). Conversation memory: a dictionary word opening a sentence
 * that opens a learned name is its short form before a person's verb ("Ray heeft" after "Rayan"); a
 * short form of four letters or more that makes no word is the name in lower case too ("pls help
 * joce" after "Jocelyn"), not after an article; a month or other public word a rule found alone as a
 * name is that person again, capitalised, without an article, before a person's verb or addressed
 * ("waar Mei woont"), never "in Mei" or "Mei 2024"; a learned name in lower case between a form of
 * have or be and a past participle ("ik heb aga gesproken") or as the message's last word after a
 * comma ("btw, kim"). Names: Dutch short given names ch., th., ph., joh., sj. as initials before a
 * lower-case particle and surname ("ch. van den berg"); a capitalised word a first-name list and the
 * public words both hold (a language: "Frans") right before a surname the rules found is its first
 * name ("van Frans Claes"); a given name, a lineage word (bin, bint, ibn, ould) and a capitalised name
 * are one name ("Ahmed bin Laden", "Omar ibn Said"), not over a pronoun ("Ich bin Au-pair"); after
 * Dutch "ene" without an article a listed name in any case or a capitalised word no dictionary knows
 * ("haar pooier is ene rico"; "de ene jongen" stays); after a single given name found, "en" and a
 * listed given name that is a word too, closing the clause or before a verb, in any case ("samen met
 * quincy en romeo"). Tuning sets: name misses 26 to 19 (H, I, K, T,
 * U, V), no new spurious span, no category lower on any set; the quiet texts unchanged. X's held-out
 * lines 116-230 unchanged (names 98/102, required 0.977): these rules did not reach its misses.
 * 25: issue 13 round 37 (anonorg37; organisations as chat writes them). Every organisation of the
 * tuning sets' tuning parts written in lower case was caught 0.155 of the time (1614 spans; capitalised
 * 0.98): the rules read a capital as a name's start. detectors/lowerCaseOrganisations.ts reads a
 * lower-case business by where it stands: a kind word right after a preposition of a place of work
 * without an article ("bij kwekerij van der kraan", "at hotel blue harbour"; "bij de bakkerij" is any
 * bakery) and the words after it up to where the phrase closes, with a word no dictionary knows, two
 * words, or a particle or article opening the name; one to three words and a closing kind word
 * ("via euro pick logistics", "bij flexpro personeelsdiensten"; one dictionary word only before a kind
 * word no noun phrase ends in); words before a lower-case legal form ("… gmbh", "… s.r.l."); a school
 * after a preposition and an article ("op het da vinci college"); chains, banks and telephone
 * companies whose name is no word, after an article or preposition ("de lidl", "bij odido"). Its spans
 * only add, as the tagger's do, so a surer rule's part of a business ("schoonmaak bv") is joined, not
 * lost to.
 * Names (nameTails.ts): a lower-case surname right after a settled name joins it ("wilma schaap",
 * "mevrouw bianca vos", "kevin slootmaker"), when a surname list holds it or, in a message mostly of
 * Dutch or English dictionary words, no dictionary knows it; after a particle too; a surname that is
 * a word too only where its clause ends ("demi post foto" stays). Name spans of the tuning parts
 * written in lower case: covered 3671 -> 3855 of 4724.
 * A listed first name with a possessive "s" right before a relation word ("Ahmeds baas",
 * "Priyas moeder"; detectors/possessiveNames.ts), not a word of its own ("joys").
 * 26: issue 13 round 40 (anon40; tuned on the sets before Z and Z's lines 1-181, lines 182-362 held
 * out). In a message written in another language (more of its function words than Dutch or English
 * ones, two at least) a lower-case word a name list holds, with no cue before it, is that language's
 * word ("não deixa ela sair", "pe luna pentru"); a capitalised month after a capitalised word that
 * opens a clause after a comma is part of a name ("een vrouw, Li Mei, met"); a kind word, "is"/"was"
 * and a naming verb name the business after it ("the agency is called Work&Go").
 * 27: issue 13 round 41 (anon41; tuned on the sets before Z and Z's lines 1-181, lines 182-362 held
 * out). A word only the broad surname lists hold, opening a sentence alone with no cue, is that
 * language's word ("Boję się", "Moya sestra", "Chủ tiệm"), for the rules and the tagger alike; a name
 * does not end in letters that run straight into digits ("van de O15"); initials are looked for after
 * a full stop that opens the message. A word with a capital inside it and a digit ("JobHunters24",
 * "Work4You Polska") is a business wherever it stands, not only after "bij"/"via". In a clause about
 * where someone lives or sleeps, a capitalised word with a house number after "op" is a street even when
 * a dictionary knows the word ("slaapt boven de zaak op Passage 12").
 * 28: issue 13 round 42 (org42; tuned on the sets before Z and Z's lines 1-181, lines 182-362 held
 * out). A chain after English "the", or with its place after "on" ("outside the Lidl on Rijksweg 19"),
 * is the shop someone can be found at; the banks ING, Revolut, Bunq and Knab join the known employers
 * beside Rabobank and ABN AMRO ("an account at ING"). A code of letters and digits after "het nummer
 * is"/"the number is" is a document number when the same sentence named a document further back than
 * the cue's window ("Zijn verblijfsvergunning ligt bij …, het nummer is W08K41953"). The employer cue is
 * read before a fuller name ending in a chain's name ("voor Paprika Plus"); a capitalised word no
 * dictionary knows before a lower-case school word is the school ("Penta college"); "cafetaria",
 * "frituur", "eetcafé", "ijssalon" are kinds of business.
 * 29: issue 13 round 45 (anon45; same tuning and held-out parts). Names: a capitalised word after a
 * naming word or title whose accents only folding took away is no function word ("noemen ze Bé") and
 * is found again in the conversation only as written; "man"/"vrouw" after a Dutch possessive is a
 * relation ("mijn man Ad"); a learned name in lower case before a bare verb ("joy have my passport");
 * the speaker after an inverted verb of saying ("toen zei Bloem dat"); a first name or unknown word set
 * off by a comma before "die jongen", "my cousin" …; a lower-case word no dictionary knows after an
 * English relation ("my cousin thandeka"); the Arabizi introduction "ana" ("ana Lama, min Halab").
 * 30: issue 13 round 46 (anon46; tuned on the sets before ZA and ZA's lines 1-189, lines 190-378 of ZA
 * and 182-362 of Z held out). The conversation's memory takes a learned name with a bare possessive
 * "s" ("Jhuns passport" after "my friend Jhun"); a Dutch month that is a given name is the name after a
 * subordinating conjunction, capitalised ("dat Mei uit mijn klas vertelde"), and opening a sentence
 * before a verb of saying or living, in any case ("mei zegt dat …").
 * 31: issue 13 round 47 (anon47; tuned on the sets before ZB and ZB's lines 1-180, lines 181-444 of ZB,
 * 190-378 of ZA and 182-362 of Z held out). Identity numbers: a BSN in printed groups of up to five
 * digits ("24719 0639") by the elfproef, a BSN word up to 60 characters back in the sentence, "sofi
 * nummer"; part of a BSN or document number said as a part ("zijn bsn eindigt op 4208", "the last four
 * digits of her passport are 4471"); "IND-2024-KM-0387152" is a reference code, not the IND. Addresses:
 * Latin American grid addresses ("Carrera 43 #52-18"), South Asian plot and sector ("Plot 14, Sector
 * 21") and a postcode after an address and its town; "op nummer 14" once a street is named (not a
 * number it holds); lower-case streets opened by an adjective ("nieuwe binnenweg 123b") or with the
 * number first ("op 12 kerkstraat"); a lower-case particle opening a street's name ("op de van
 * Speijkstraat 96"); a street word written apart ("Ali Baba straat 7"); "flat 3, 22 baker street"; Polish
 * "m 3"; British streets without a number after a preposition ("on Baker Street"); a dictionary street
 * word after "on"/"at"/"the" or, in lower case, in a sentence about living ("op de dorpsstraat"); a
 * foreign street word and an unknown name mid-sentence ("in Rue Neuve"). A number, sentence words and
 * an English street word ("debt 6000 for the road") are no address.
 * 32: issue 13 round 48 (anon48; tuned on the sets before ZC and ZC's lines 1-180, lines 181-386 of ZC,
 * 181-444 of ZB, 190-378 of ZA and 182-362 of Z held out). Plates: part of a plate said as a part
 * ("kenteken begint met VZ-7...", "part of plate, VBN-3") where the plate is named; Hungarian plate and
 * car words with their endings ("rendszámú autója"); a foreign shape in lower case after a country's
 * adjective and a vehicle ("poolse bus, wgm 4k21", "lithuanian van khn 482"); a group of letters and
 * digits or a letter group without a vowel makes a spaced lower-case match a code, not words.
 * Addresses: a lower-case street with a compass part ("ringbaan-oost 233") or opened by a word no
 * dictionary knows ("oudezijds achterburgwal 142"); lower-case and Frisian street words written apart
 * after a capitalised name ("Wergeaster dyk 4", not "Jan weg 2"); Italian "via" in lower case after a
 * preposition of place or a word for living ("in via garibaldi 12"), "piazza", "viale", "vicolo";
 * "hoofdweg", "haven" with a house number where someone lives. Organisations: a name after a kind word
 * and "is" (strictly) or a foreign naming verb ("az étterem neve Gulyás Ház"); a ride platform after a
 * verb of driving ("i drive for Bolt"), a person or town there is none; "Bram's Bouw & Sloop" whole;
 * "Kerkgemeenschap Elim"; after "van die nagelsalon heet" the name is the person's; a number alone
 * after a lower-case kind word ("paviljoen 3", "bureau 110") is no business. The Croatian OIB by its
 * ISO 7064 check digit and after its word; "OIB", "PESEL" and "JMBG" are public words, never names. A
 * business named in a clause after its kind word ("een bedrijf dat Sunshine heet") or after a compound
 * kind word and "heet" ("het uitzendbureau heet snelwerk") is the business, not a person; how long
 * someone works there may stand between the work verb and "bij" ("werk sinds mei bij Flexpoint").
 * 33: issue 13 round 49 (names49; tuned on the sets before ZD and ZD's lines 1-190, lines 191-425 of ZD,
 * 181-386 of ZC, 181-444 of ZB, 190-378 of ZA and 182-362 of Z held out). Names: a message's first word
 * and English "I'm" no longer make a short message Title Case ("Hi, I'm Gift from Nigeria"); an adverb
 * between a naming verb and the name ("noemen hem alleen Kapo"); a capitalised first name whose accents
 * fold it into a public word ("sou Thaís"); a lower-case word no dictionary knows after a Dutch
 * possessive and a relation or spouse word, before a person's verb or the clause's end ("zijn vrouw
 * fadumo mag"); role words as relations (hulp, huishoudster, werkster, schoonmaakster, oppas,
 * begeleider, voogd, trainer, coach; employer, recruiter); a street word and particle after "van" end
 * the name ("Bayu van Laan van Meerdervoort 1503"); a reflexive after a foreign relation's word makes
 * it a verb ("mąż boi się"); Vietnamese "co" (cô) before a capitalised name; a list closed by a
 * conjunction after a naming word ("heten lisa, demi en kim"); a first name after a person noun before
 * an age ("the girl joy is only 15"). The conversation's memory: a name that is a word too, found
 * capitalised in a message, is that name where the same message repeats it in lower case ("heet Bram,
 * gewoon bram"). Organisations: one to three capitalised words before a lower-case kind word of a
 * school, place of worship, shop or eatery ("de Fatih moskee", "Saint Mary school"); "sp. z o.o." in
 * lower case; "chama"/"llama" after a kind word name the business after them.
 * 34: issue 13 round 49 (addr49, merged after names49's 33; no tuning line moved, built from the structures the brief names and
 * checked on the tuning sets' precision and the quiet texts). Documents: case and file numbers after
 * their word or said with a verb ("dossiernummer 2023/04512", "case no. 45-AB-2023", "de aangifte heeft
 * nummer 2024/118/889"); a document code spelled in lower case after a document word ("n x k 4 l 8 2 p
 * 1"); "driver licence"; dash groups joined to a long number. Dates: days in French, Spanish,
 * Portuguese and German words ("le cinq mai", "el primero de mayo", "am dritten Mai"), "1er"/"1º", a
 * Dutch spoken year ("negentien vijfennegentig"), a written year after a day in digits, a comma before
 * the year, "May the 5th", a two-digit year after a birth word, "op 3.5.", every day of a list before
 * the month ("3, 4 en 5 mei"), a Turkish ending on a month ("12 Mart'ta"). Addresses: floors and flats
 * after the house number in more forms ("12-3 hoog", "2 hoog achter", "tweede etage", "2. Stock",
 * "3. emelet 4", "apto 5", "Daire: 3", "2hg"); lower-case "laan van …" and streets named after someone
 * ("burgemeester de withstraat 12", "2e hugo de grootstraat 14"); "nummer 12 van de lindelaan"; a house
 * number and a name without a street word after a word for living ("lives at 45 Tran Hung Dao, quan
 * 1"); "27b Queen St"; a country road by its kind and a known town ("the farm road near
 * Zevenhuizen"); a road where a farm, camp site or shed stands ("bij de boerderij aan de zandweg",
 * "aan de Hoofdweg"); a canal side ("Oosterdiep WZ 12"); streets after "achter/naast/tegenover".
 * 35: issue 13 round 50 (addr50; tuned on ZE's lines 1-201, lines 202-440 held out). Addresses: additions after
 * the number ("huis 2", "chalet 61", "3A-5", "achterom", "bovenwoning", "flat 7e verd."); "vest" streets; an
 * abbreviated street kind ("Lindeln. 28", "Beatrixln 5"); a number typed against the street ("kerkstraat12");
 * houseboats ("Amstel t.o. 214", "… ligplaats 17") and pitches on a camp site ("plek 114"); a house number with a
 * home's addition or floor and no street ("nummer 3-II", "nummer 1244 3e verdieping"); the house number in words
 * ("kerkstraat twaalf"); a corner of two streets in any case; the home told by the building it is behind or
 * above, or by its neighbour before the street ("het flatje boven de bakker op de …"); "bij nummer 12" and "het
 * nummer is 12" after a street; a name the sentence calls a street ("de straat heet Beukenhof"); a number-first
 * Dutch street after an address word, a known town after it left to the places ("het adres is 23 Molenweg
 * Nijkerk"), where the age keep no longer takes "is 23". Dates: Frisian, Papiamento, Tagalog and Albanian months
 * and Ukrainian, Russian and Bulgarian months in Latin letters after a day; the year first with dots or slashes
 * ("1998.10.23", "2005. 08. 17."). Places: Hungarian case endings on a known town ("Rotterdamban").
 * 36: issue 13 round 51 (names51; tuned on ZG's lines 1-226, lines 227-457 held out). Names: the familiar and
 * religious forms of address of more communities go under the name's placeholder when no possessive stands
 * before them ("oma …", "broer …", "haj …", "dona …", "seu …", "don …", "nea …", "… bhai"), and the conversation
 * no longer learns such a word as the person; a capitalised word opening a clause, or a listed first name in
 * lower case, said with "is"/"was" and a possessive or article to be someone's relation ("Rozemarijn is mijn
 * collega", "Precious is my sister"), or the subject of a speech verb that reports ("Chidinma zegt dat …", "roos
 * told me …"; detectors/relationPredicateNames.ts).
 * 37: issue 13 round 51 (anon51, merged after names51; tuned on ZF's lines 1-262, lines 263-520 held out). Plates: a shape right after a
 * phrase word is read past it ("his plate is b 123 abc", "plates were ab 123 cd"; "were", "are", "zijn", "waren"
 * join the phrase words); a lower-case code right after a vehicle ("truck bv 29 cxm"); the unread part typed as
 * marks ("PB 4??? KM", "12-AB-??", "vb-**-42"); trailers and other vehicles ("oplegger", "aanhanger"). Organisations:
 * kinds whose name is capitalised ("kas Van der Lugt", "azc Heidezicht", "csg Reggedal"; a town after "azc" stays a
 * place); a school's staff and pupils "op" it ("werker op het Baken"); capitals on common words after a lower-case
 * kind word or a work verb's "bij"/"voor" ("hotel Centrum", "werkt voor Snel en Goed", weak); a brand spelt with
 * a capital inside anywhere ("er staat WerkSnel op"); a joining word in a name after a kind word and a comma
 * ("Nails by Joy"). Names: "call himself Captain"; an initial set off by brackets or commas after the word for a
 * person ("een leerling (D., klas 3b)"). Phones: nine to twelve digits said one by one.
 *
 * Rounds that change only speed leave the number as it is (their output is byte-identical, checked
 * with bench/anonymiser-outputs.ts). Issue 13 round 18 (anon18), on version 15 and
 * merged after round 15 (version 16) without changing its output: the names detector's
 * table of listed words read from a prebuilt file (models/anonymiser-listed-facts.tsv, made by
 * bench/anonymiser-listed-facts.ts, used only when its fingerprint matches the lists) instead of
 * worked out at start; plain ASCII messages split into words by a loop instead of the pattern; the
 * tagger's scores of function words summed once per model, not once per transcript, and its rows
 * added without intermediate arrays; gate patterns for camel-case brands and "heet echt" asked
 * only where they can match; closures out of per-word functions.
 * Measured quietly after merging (`npx tsx bench/anonymiser.bench.ts`, load 1, main before the round
 * and after alternated): 449,724 / 382,394 against 443,792 / 413,992 characters/s, start 985 / 900
 * against 792 / 882 ms — start under 1 s, throughput unchanged and still far from 1,000,000.
 * Issue 13 round 19 (anon19), on version 16, output byte-identical on every group of
 * bench/anonymiser-outputs.ts: a transcript given whole (`anonymiseConversation`, which makes the
 * anonymised copies, and `detectConversation`) has its proposals found stage by stage (detect.ts
 * `proposeAll`: each detector reads every message before the next detector starts, with the run's
 * one-text caches put back per message and the tokens of the batch kept for it) instead of message
 * by message. Every pattern of the bench's workload replayed in the order the detectors run it
 * costs about 31 ms per round and the same calls grouped by pattern about 6 ms: most of a pattern's
 * cost in the flow is reloading its code and data after the other detectors pushed them out of the
 * processor's caches, and stage by stage keeps them warm. Messages fed one by one (`anonymise`, the
 * bench's first figure) cannot be read that way and are unchanged; `npm run bench` now prints both.
 * libphonenumber is loaded when the first number is read, not at start (about 65 ms of CPU).
 * Tried and not kept: a necessary-factor filter asked before each pattern (its words or pairs of
 * characters in a hashed sketch of the message) skipped 22% of the pattern calls, but those were
 * the cheap ones (2.4 of 31 ms) and the filter cost 8.7 ms.
 * Issue 13 round 20 (anon20), on version 17, output byte-identical on every group of
 * bench/anonymiser-outputs.ts. Where a message fed one by one spends its CPU (inspector profile of
 * the bench's streamed rounds after warm-up, inclusive shares): names 16%, places 13% (the
 * gazetteer's scan of the message 9 of them), the tagger 11%, addresses and postcodes 11%,
 * organisations 8%, phones 7%, numbers 7%, web 4%, dates 2%, IBANs 2%, must-keep 2%, plates 2%,
 * look-alikes 1%; settling overlaps with the conversation's memory 2%, replacing with placeholders 3%
 * (comparison keys 2 of them), learning 2%, tokenising 2.5% (once per message, shared by the
 * detectors through the run's memo). Pattern execution alone is 13-14% and spread over some 600
 * patterns and 120 calls per message, none above 5% of it; the per-word look-ups (word-list facts,
 * trigger bits, the gazetteer's sieve and index, the tagger's rows) are about 15%. Start: loading
 * modules about 40% of it, zod with its locales 11%, the gazetteer's data and index 9%, the word
 * lists 6%, the first message (libphonenumber on first use) 18%.
 * The one-message path has no stage that a shared tokenisation or a gate could halve: the
 * detectors already share one tokenisation and ask the message's digits, width and trigger words
 * once, and what is left is the rules' own patterns and look-ups, spread evenly. Changed: the
 * gazetteer splits plain ASCII messages into word parts by a loop instead of its pattern (the scan
 * about 20% faster on its own), the conversation memory looks for an apostrophe by indexOf; a
 * pattern per word and one copy less. One folding module (src/geo/transliterate.ts) for the
 * anonymiser's and the facts' Cyrillic spellings and accent folding. Tried and not kept: the
 * tagger's position features summed once per kind of position (classes of marks and letter shapes)
 * and kept beside the model: exact, but no faster measured (its cost is per-word rows, not positions).
 * Measured: the gazetteer's scan of the bench's messages alone, warm, main and this round alternated
 * in fresh processes: 4.7 / 8.5 / 5.4 against 4.0 / 6.3 / 4.0 ms per round. The bench itself ran
 * at a load average of 13 to 17 on the two cores (every engineer's tests), where characters per CPU
 * second moved by 2x from run to run (main 185,000-250,000, this round 156,000-182,000 for messages
 * one by one): no difference of a few per cent can be read from it, and none is claimed. The goal of
 * 1,000,000 characters/s is not met: it needs the detectors' rules themselves to do less per
 * message (fewer, merged patterns over the shared tokens), which is their owners' work.
 * Issue 13 round 21 (anon21), on version 18, output byte-identical on every group of
 * bench/anonymiser-outputs.ts (main's code and this round's on the same inputs). Profile of the
 * bench's messages fed one by one after warm-up (inspector, inclusive shares of `anonymise`): names
 * 17.7%, places 13.2% (the gazetteer's scan 8.2), the tagger 11.8%, addresses 9.7% and postcodes
 * 1.9%, organisations 9.0%, numbers 7.0%, phones 6.4% (libphonenumber 3.5 of it), web 4.4%, dates
 * 2.6%, must-keep 2.0%, plates 1.6%, look-alikes 0.7%; replacing 2.8%, settling 2.2%, learning
 * 2.0%. Across stages: patterns run through allMatches/testText 17%, the run's memos (with what
 * they compute: unlisted words' facts, phone parses, comparison keys) 8%, the tokens' facts 5.6%.
 * Per message (CPU, fresh run): "ok" 8 µs, a plain 37-character sentence 14 µs, two sentences
 * with capitals 19 µs, a 76-character line with a town, an employer, a year and a phone number
 * 99 µs (names 31, tagger 18, numbers 10, phones 9, addresses 9, places 7, organisations 6). So
 * the cost sits in the lines that hold (or look like they hold) personal data, in the detectors'
 * own rules, and a gate per message can skip little: numbers, phones, postcodes, plates and
 * must-keep already cost next to nothing on a line without a digit (0.15, 3.9, 2.8, 2.4 and 1.2 of
 * their 48, 43, 18, 13 and 13 ms a round). The shares this round may change (tagger, places,
 * organisations, tokens, settling, replacing, learning: about 43%) cannot give 1.6x even if they
 * cost nothing. Changed: the tagger reads where a word stands (the marks before and after it, its
 * first two letters' shapes) as numbers and keeps the model rows by them (classes of marks and
 * letter shapes, never a word), without building strings or hashing them per word; a word's own
 * scores take one look-up in the run's memo (which also points to the function words' table)
 * instead of two; word shapes of ASCII letters without case mapping; the length feature's ids
 * hashed once. Sums are added in the same order, so every score is the same to the last bit
 * (tests/unit/anonymiser/taggerCodes.test.ts). No gain is claimed: the machine ran at load averages
 * of 7 to 30 (every engineer's tests) and none could be read. Fresh processes of the streamed rounds alternated at load 7-8, fastest round (CPU): main
 * 98-143 ms, this round 119-141 ms; the tagger alone, medians, 15.2 / 13.1 / 16.9 against 16.9 /
 * 14.1 / 15.2 ms a round. Instruction counts (cachegrind, whole process, 2 warm-up and 6 rounds):
 * main 23.29 G, the round's first version (a closure per word, since removed) 23.59 G; a process's
 * start alone varied from 2.4 to 3.0 G, more than the change can save. Loading main and a copy of
 * main into one process and alternating rounds read the second copy 40% slower, so such A/B runs
 * say nothing either. The change is exact and does less per word by construction; a quiet A/B is
 * still owed.
 * Issue 13 round 22 (anonfast22: the digit and pattern detectors), on version 19, output
 * byte-identical on every group of bench/anonymiser-outputs.ts (main's code and this round's on the
 * same inputs, the new test file's strings included). Profile of the bench's messages fed one by
 * one (inspector, compiled build, inclusive shares of `anonymise`, main): addresses 11.8% with
 * 5.8 of it in their patterns (the foreign-street gate `HAS_STREET_WORD`, run on every message,
 * the largest single pattern of the whole anonymiser), numbers 7.1%, phones 6.8% (libphonenumber
 * 3.9), web 4.8%, dates 4.3%, IBANs 2.3%, plates 1.9%, must-keep 1.8%, postcodes 1.3% (the
 * postcode-area pattern run on every message with a digit). Changed, each a gate that only says
 * "cannot match" when the pattern it guards cannot (tests/unit/anonymiser/digitGates.test.ts holds
 * each gate against its pattern on lines of our own and on every tuning text): the runs of digits
 * of a message found in one pass (digitRuns.ts) and asked what each rule needs (nine digits for a
 * BSN or a foreign personal number, six for a register number, four for a document number, a run
 * of seven for a long number, eight for a phone; a run of four for a Dutch postcode or postcode
 * area, four to six or two and three before another run abroad, a capital before a run in Britain;
 * three runs for a numeric date with a year, a run of one or two before another for one without; a
 * run of three for 112 and 113, a run of one or two for an age after a verb; two runs before the
 * street-before-postcode pattern); the foreign street words looked up per word (their folded
 * openings and abbreviations) before `HAS_STREET_WORD`; the Dutch street patterns' cores (the street
 * word with its capital and what follows it) before the patterns that try their opening words at
 * every position; the street-ending look-up asked once instead of twice; the service numbers'
 * patterns only when the text spells out "0800", "448" or "11"; Cyrillic and look-alike patterns
 * only on text beyond Latin-1 or with a digit; the user-name pattern of three parts only with two
 * joining dots or underscores. A phone judged by its shape first: a number that does not open with
 * "+", "0" or "(0" is none (every split of a run from that group skipped at once), and a Dutch
 * mobile of nine to eleven digits or an international number of ten or more is one whatever
 * libphonenumber says, so it is asked only about the others.
 * Measured: pattern executions of the bench's messages fed one by one (every `exec` and `test` of
 * the whole anonymiser, counted, which does not depend on the machine's load): 234,676 a round on
 * main, 205,835 now (-12%), and the characters they were handed 6.62 M against 5.40 M (-18%). Times
 * could not be read: the round ran at load averages of 13 to 41 on the two cores, where fresh
 * processes of main and this round alternated (CPU of the fastest of 20 rounds: 278 / 274 / 179 /
 * 180 ms against 279 / 287 / 191 / 155 ms) moved more from run to run than between the two, and a
 * whole-process instruction count (cachegrind) could not finish. Where the phone detector no longer
 * asks libphonenumber, the pseudonymiser still reads the number once for its comparison key, so
 * that cost moved rather than went. The goal of 1,000,000 characters/s is not shown met.
 *
 * Issue 13 round 22 (anon22), on version 19, output byte-identical on every group of
 * bench/anonymiser-outputs.ts (main's code and this round's on the same inputs, this round's new
 * unit tests among them). Profile before it (inspector, messages fed one by one after warm-up,
 * load 6, inclusive shares of `anonymise`): names 16.1%, addresses 13.4%, places 13.1% (the
 * gazetteer's scan 7.8: its word parts 1.7, longest name 1.6, typo look-up 1.4), the tagger 9.4%
 * (its rows per word 6.4), organisations 9.0% (the employer cue 1.3), phones 6.7%, numbers 6.4%,
 * web 4.3%, dates 3.4%; patterns through allMatches/testText 18.3%. Calls per round of the bench's
 * 1,397 messages, timed one by one: the kind-word pattern before a name (some 300 words) 120 calls
 * at tens of µs each; the legal-form and kind-after patterns ran on every message. Names' own time:
 * the word facts 4.4, capitals 1.7, unlisted words 1.4, cues 1.2, coordination 0.9, and its cue
 * pattern with nested look-behinds (names.ts, "dat|dit|het|this …") the costliest single pattern
 * of the flow; places': the scan above and the Cyrillic words' pattern. Changed: a token table per
 * message (tokenTable.ts: tokens, shape flags, letter runs, a detector's word classes from one map),
 * kept in the run's memo and handed to the detectors of DETECTORS (detect.ts); the organisations
 * detector finds the kind word before a name among the letter runs instead of by its pattern
 * (exactly where the pattern matched) and asks the table before its patterns of legal forms (after
 * and before the name), kind words after a name, chains' names, the employer cue and "werkt in"
 * (each gate true wherever its pattern matches: tests on the tuning sets and made lines); the
 * gazetteer's scan walks a trie of the names' words (src/geo/keyTrie.ts) instead of joining words
 * into keys; script names skip a message within Latin-1; the conversation memory looks for learned
 * handles only once one was learned. Not changed: the names and places detectors' rules (another
 * engineer's this round), the tagger's arithmetic. No gain is claimed: the machine ran at load
 * averages of 11 to 40 (every engineer's tests and benches); fresh processes alternated at load
 * 17-20 read 168,000-247,000 against main's 180,000-208,000 characters per CPU second, three pairs
 * slower and one faster, which says nothing either way. A quiet A/B is owed, and 1,000,000 is not met.
 * The lead's A/B after merging round 22 (version 20 with anon22's and anonfast22's changes against
 * the session's start tree, version 19; `npx tsx bench/anonymiser.bench.ts` alternated, loads
 * 1.1-1.6): one by one 330,146 / 406,208 / 536,165 / 445,589 / 446,206 / 551,823 / 323,411 /
 * 343,809 characters/s (start, main, start, main, main, start, main, start), start 584-1,158 ms.
 * The host moved by more than half between runs of the same tree, so no gain can be read; both are
 * far from 1,000,000. Round 22 also holds anonrecall22's new rules, which cost time of their own.
 * Issue 13 round 23 (anonfast23), on version 20, output byte-identical on every group of
 * bench/anonymiser-outputs.ts (main's code and this round's on the same inputs, this round's new
 * unit tests among them). Profile (inspector, messages fed one by one after warm-up, inclusive
 * shares of `anonymise`, load 10-17): names 16.7%, places 15.2% (the gazetteer's scan 8.8), addresses
 * 14.9%, organisations 10.2%, tagger 7.3%, numbers 5.9%, replacing 4.6% (libphonenumber for phone
 * keys 3.4 of it), web 4.0%, phones 3.4%, dates 2.6%; patterns through allMatches/testText 17%.
 * Every pattern call of a round replayed in the flow's order cost 3.5 times the same calls grouped
 * by pattern (107 against 31 ms, CPU, loaded host): a pattern call costs mostly by its own entry
 * (code and data out of the caches), so the number of calls per message is what to cut. Messages
 * with a digit cost 2.7 times those without (130-250 against 47-130 µs). Start (CPU about 0.9 s
 * under load, the same on main): loading modules most of it, the gazetteer's index built on the
 * first message about 10%, zod 7%, the word lists 6% (src/geo is not this round's; prebuilding the
 * gazetteer's index is left). Changed: one pass over a message (textShape.ts) notes its kinds of
 * character (a digit, beyond ASCII or Latin-1, Cyrillic, quotes, "@[(", a lower-case letter before
 * a digit, an apostrophe or hyphen, an ASCII capital within two characters of a digit, two capitals
 * side by side, a capital before a capital or dot) and finds its digit runs (digitRuns.ts asks them
 * of it, kept in the run's memo for the last message); some twenty whole-message gate patterns read
 * these flags instead, each flag set exactly where its pattern matches (textShape.test.ts on own
 * lines and every tuning text). Per-word patterns replaced by exact loops: the digit before a
 * lower-case word, a possessive set, split(/\s+/) (one pattern call per gap) by splitOnSpaces, digit
 * and capital counts, the ASCII test of fold and the tokenizer. The pseudonymiser's key of a Dutch
 * mobile number (06…, +31 6…, 0031 6…) worked out without libphonenumber (phoneKey.test.ts: 20,000
 * seeded written forms against it). Not changed: the rules themselves, the names cue pattern (gated
 * by its head words since earlier rounds; 1-2% of a round), the address rules' anchoring, the
 * tagger, the gazetteer. Also a loop before the pattern of a town after a Polish or Czech
 * preposition (ASCII text only; inflectedGate.test.ts) and the organisations' work-verb look-up
 * before its pattern. Measured: pattern calls of the bench's messages fed one by one 127,386 a round
 * on main, 77,120 now (-39%). Fresh processes alternated before the last two gates (streamed rounds
 * after warm-up, CPU, load 15-17): main 223,179 / 229,404 / 238,464, this round 268,597 /
 * 246,668 / 260,413 characters per CPU second (median round 285 / 267 / 254 against 231 / 250 / 221 ms): faster in every pair,
 * about 12% on the mean, read on a loaded host. After the last two gates, at load 3-5.5, the bench
 * (`npx tsx bench/anonymiser.bench.ts`, main and this round alternated) read one by one 355,268 /
 * 190,338 against 419,167 / 194,515 characters/s (per CPU second 350,836 / 295,107 against 421,439 /
 * 307,241), start 805 / 998 against 986 / 815 ms, but fresh streamed processes right after read
 * main 325,328 / 337,408 / 258,413 against 330,825 / 239,659 / 221,609: the host moved more than the
 * change, so no gain is claimed from times; the call count above is the measure that holds.
 * 1,000,000 characters/s is not met: after this round
 * the cost is spread over the detectors' own per-word work (names, places, organisations, tagger)
 * and the pattern calls that remain (some 55 per message).
 * Issue 13 round 24 (anonfast24), same version: output byte-identical on every group of
 * bench/anonymiser-outputs.ts (main's code on the same inputs, this round's new tests among them) and
 * the same tuning figures. Profile (`node --cpu-prof` on an esbuild bundle of the bench's loop,
 * messages fed one by one, load 2-3; self time): the pattern engine through allMatches 6.9%, the
 * names detector's loop 4.8%, the tagger's own slot scores 4.0% (their sums 3.5% more), the look-up
 * of a word in the table of 45,000 listed words 3.6%, garbage collection 2.8%; by detector (µs a
 * message of 47 characters, 108 in all): names 21, places 13, tagger 10, addresses 10,
 * organisations 9, numbers 7, phones 5, web 4, tokens 3; settling, the memory and the placeholders
 * some 15, libphonenumber for placeholders' keys about 2.4% of it. No single cost is larger than 7%,
 * so no one change reaches 1,000,000. The brief's `DOCUMENT_CUE` is 0.23 calls a message (1%), and a
 * gate by its words would pass most Dutch text ("nie" opens "niet"): left. Pattern calls per message
 * are about 57 (the round-23 count). Changed: the register cue patterns (KVK_CUE, KVK_CUE_FAR) run
 * only where a cue's first word is a letter run of the message (367 calls a round to 81;
 * registerCue.test.ts holds the gate to both patterns on every slice of every tuning text); the
 * facts of the 603 function words looked up in a small map before the big table (0.644 of the
 * bench's words; 0.30 against 0.20 µs a look-up); isSentenceStart by character codes instead of
 * one-character strings in sets; the comparison key of an international number of ten countries
 * worked out without libphonenumber (parses a round 70 to 45; phoneKey.test.ts, 60,000 seeded forms);
 * no named closure made per message (tsx, which the bench and the helpline command run under, keeps
 * function names: 3,802 property definitions a round to 33). Measured (`npx tsx
 * bench/anonymiser.bench.ts`, main and this round alternated, load 11-12, 13:14-13:16 UTC): one by one
 * main 175,287 / 110,083 / 77,389 against 113,083 / 158,579 / 159,076 characters/s (per CPU second
 * 364,624 / 290,876 / 175,402 against 310,766 / 356,080 / 354,545), start 629 / 988 / 2,099 against
 * 1,074 / 982 / 854 ms: the host moved far more than the change, so no gain is claimed from times;
 * the counts above hold. 1,000,000 characters/s is not met, nor near.
 * Issue 13 round 25 (anonfast25), same version: output byte-identical on every group of
 * bench/anonymiser-outputs.ts (main's code on the same inputs, this round's new tests among them).
 * Profile (`node --cpu-prof --cpu-prof-interval 250` on an esbuild bundle of the bench's loop,
 * messages fed one by one; self time by file): names 16.5%, the pattern engine's compiled code
 * 14.5%, text.ts 11.8% (the exec loop of allMatches 6.9 of it), tagger 7.0%, addresses 5.0%,
 * organisations 4.9%, the gazetteer 4.2% (its sieve and first-word map 2.3). The costliest single
 * line of the flow was the look-up in the table of 45,000 listed words (names.ts `factsOf`, 3.1%):
 * 4,366 a round, 2,457 of them for words it does not hold, each several memory reads the caches
 * miss. Look-ups counted per round of the bench's messages fed one by one (Map/Set methods wrapped,
 * after warm-up): 130,004 Map.get and 170,779 Set.has, some 25 a token of the round's 11,700; a
 * like mix timed alone costs about 4 ms of a round of 85-100 ms, so one table entry per word (the
 * lead of round 24) could save at most some 5%, not the 2.2 times that 1,000,000 needs. Tried and
 * dropped: an entry per word in the run's memo holding its facts and trigger bits (Map.get 130,004
 * to 133,141 and Map.set 11,430 to 19,085: a run of 20 messages repeats few words beyond the
 * function words the small map answers; profile 0.4% better, within noise); a digit gate before
 * IBAN_START (findIbans is only called on a message with a digit: 28 calls a round saved).
 * Changed: a bit filter of the listed words (2^20 bits, one hash, made from the word list at load)
 * before the big table, which then answers 2,174 look-ups a round instead of 4,366 (misses 265
 * instead of 2,457; its line 1.35% and the filter's 0.46% after, in the profile); three "any word
 * of this set" tests per message (MISSPELT_NAMING and INTRODUCTION_HEADS in names,
 * REGION_TAIL_WORDS in organisations) read the message's trigger bits (text.ts `mentionsAny`,
 * which may now give a set all 32 bits) instead of a look-up per word: Set.has 170,779 to 137,522 a
 * round, Map.get 130,004 to 132,003. Measured (`npx tsx bench/anonymiser.bench.ts`, main and this
 * round alternated, load 8-10, 13:47-13:50 UTC): one by one main 129,307 / 223,883 / 232,554
 * against 259,666 / 248,006 / 233,043 characters/s; per CPU second 356,723 / 384,156 / 402,372
 * against 403,132 / 427,633 / 426,505 (faster in each pair, 6-13%); start 763 / 972 / 1,180
 * against 1,060 / 614 / 623 ms. Read on a loaded host; the counts hold. How far the host moves: at
 * 13:38-13:39 UTC main's code (with only the dropped IBAN gate) read 645,530 at load 1.8 and main
 * itself 473,503 at load 2.2, half a minute apart. 1,000,000 characters/s is not met: what remains
 * is spread over the detectors' own code (names' loop and its helpers, the tagger's row sums, whose
 * order must stay) and the patterns (some 11 allMatches/testText calls a message, 82,419 exec and
 * 44,125 test a round in all, unchanged; none above 0.6% of a round).
 * Issue 13 round 26 (anonscan26; merged in part by the lead), same version, output byte-identical.
 * Measured by what a message holds (the bench's 1,397 messages one by one, each detector timed in
 * the flow's order, load about 2): with a digit (496) 136 µs a message, without (901) 66 µs; 682 hold
 * personal data; names fire on 373, the tagger on 294, places on 191, and on the 535 messages without
 * a capital names still fire on 26, the tagger on 20, places on 15. Without a digit the cost is names
 * 19 µs, places 10, organisations 8, addresses 7.6, the tagger 7.5 (numbers and codes under 1 µs,
 * gated by earlier rounds): no cheap, complete test of a message's shape skips the costly detectors
 * on most messages. A message read again right after (a fresh Pseudonymiser) costs 43 µs against 63:
 * a third of a message's time is code and data out of the processor's caches. tsx, which runs the
 * sources, compiles each module to CommonJS whose exports are getters: each use of an imported name
 * costs two calls (632,024 a round, 452 a message); the same loop took 107 / 112 ms a round under tsx
 * and 92 ms from tsc's build (load 0.9-1.5). The engineer bound every import once at load in 27
 * modules (reads 632,024 to 25,397 a round); the lead did not merge that: it shapes the code around
 * the bench's loader while the server runs tsc's build, which gains nothing from it. Instead the
 * bench can load the build (`BENCH_ANONYMISER_CODE=build`, which `npm run bench` uses): it times what
 * serves review and statistics. Merged: the Arabizi gate asks the message's digit flag before its
 * pattern (pattern executions 82,419 to 81,518 a round; digitGates.test.ts). 1,000,000 characters/s
 * is not met: what remains is the detectors' own work, spread over names, places, organisations,
 * addresses and the tagger, a third of it cache misses; fewer detectors touching each message (one
 * fused pass), not more gates, is what is left.
 * Issue 13 round 27 (anonfast27), same version, output byte-identical on every group of
 * bench/anonymiser-outputs.ts (main's code on the same inputs, this round's test lines among them).
 * Profile from the build (`node --cpu-prof`, messages fed one by one after warm-up, load 6, inclusive
 * shares): names 16.2%, addresses 14.0% (their two passes over the words for street endings and
 * foreign street words 4.2), places 13.9%, organisations 8.6%, tagger 7.7%, numbers 5.8%; the
 * pattern engine about 19% (the exec loop of allMatches 7.3, compiled patterns 11.5, over 619
 * patterns, none above 0.5%), garbage collection 3.6%. Allocated: about 24 MB a round (sampled with
 * objects that died young), some 370 bytes a character: tokens 1.8 MB, the gazetteer's own word
 * parts 1.6 (src/geo tokenises the message again), names' word records 1.3, match arrays 1.6. The
 * detectors already share one tokenisation (text.ts `tokenize`, tokenTable.ts) and one pass over the
 * characters (textShape.ts); what each still does on its own is a look-up per word in a table of
 * its own (listed facts, trigger bits, organisation classes, street tails, tagger rows, the
 * gazetteer's first words) and its patterns. Changed, each exact: the two street-word questions in
 * one pass over the tokens, the tails' table a bit a slot (8 KB, not 64); names' platform test by
 * `startsWith` instead of a pattern per unlisted word; an ASCII token without a capital is its own
 * key (one string a word, not two); withBusinessesRetyped reads only names and businesses further;
 * the web detector's cue behind a new flag of the one-pass shape (`WEB_MARK`, textShape.test.ts);
 * the IBAN detector's word-character and digit tests and organisations' camel-case test by loops on
 * ASCII (patternFreeChecks.test.ts against the patterns on every code unit or 20,000 seeded words);
 * names' letterOrDigit answers "no character" without the pattern. Measured, independent of load:
 * pattern executions of the bench's messages fed one by one 81,518 a round on main, 73,422 now
 * (-10%; the characters handed to them 2.25 M to 2.16 M; `npx tsx bench/anonymiser-counts.ts`, new);
 * heap grown over a round without a collection about 1 MB less of 27-31 (noisy). Times, from the
 * build, main and this round alternated on a host at load averages of 13 to 22 (every engineer's
 * tests): `npm run bench`'s anonymiser one by one, per CPU second, main 298,187 / 204,616 / 277,309
 * against 209,835 / 299,539 / 238,941 (wall clock 47,000-87,000 both, start 1,139-2,334 against
 * 1,023-1,725 ms); five fresh 4-second loops each, per CPU second, main 247,546-289,924 (mean
 * 268,900) against 218,778-359,137 (mean 295,800), faster in four pairs of five. The host moved
 * more than the change; the counts hold. 1,000,000 characters/s is not met. Next, a design step of its own: one vocabulary record per word (made at
 * load from every detector's word lists, never from a message), so a word costs one look-up for all
 * detectors' classes instead of one per table; the trigger sets' bits, now given at first use, would
 * have to be fixed at load, and every word detector reads the record.
 *
 * Issue 13 round 28 (anonfast28, branch not merged): that step, tried. Profile from the build (load 3,
 * inclusive): names 15.9%, addresses 12.7%, places 11.7% (src/geo's findPlaces 6.9), organisations
 * 9.0%, tagger 7.9%, phones 6.2%, the exec loop of allMatches 12.8% over all detectors, none above
 * 2.5%: the cost is spread thin. A 32-bit record per folded word (bits declared by each detector at
 * load; the 603 Dutch and English function words' records from the list, any other word's per
 * message) for addresses' street passes and cue, phones' number-word count and organisations' four
 * token passes kept the output byte-identical but was even with this code in one-process paired
 * rounds run both ways (CPU-time ratio 0.890 / 0.903; an all-language table of 8,800 words and a
 * per-run memo of unlisted words were ~5% slower), pattern executions 78,060 → 78,269. One look-up a
 * word does not beat a few cheap string tests a word (a table look-up that misses the processor's
 * caches costs as much); the lead left the branch out rather than add a layer that saves nothing.
 * What a record could still save is the work of detectors with costlier per-word code (names' word
 * objects, places' candidate tests, the tagger's rows, src/geo re-tokenising each message): moving
 * those onto one shared tokenisation is the next step, not more gates.
 *
 * Issue 13 round 30 (anonpool30), same version, output byte-identical: no rule changed; the work is
 * spread over threads instead of made cheaper. A pool of worker threads (pool.ts, poolWorker.ts;
 * ANONYMISER_WORKERS, by default one fewer than the cores, at least 1; 0 = in-process) each loads
 * the anonymiser once and anonymises whole conversations through `anonymiseJob`
 * (conversationAnonymiser.ts), which the in-process adapter runs too; tests/unit/anonymiser/pool.test.ts
 * compares both over all 5,914 tuning conversations, made afresh and made again over their own copy.
 * The server's anonymised copies (retention runs, `refreshOutdated`, review reads through `current`)
 * go through the pool, so none is made on the event loop (issue 11); the CLI's `anonymise` feeds
 * messages one by one as before. A worker costs about 83 MB of memory once loaded. The bench's
 * `anonymiserPool` sends its conversations whole through a pool of as many threads as cores. Each
 * thread compiles the hot code anew: with five warm-up rounds shared by two threads, V8's compiler
 * threads still took 0.4 of the process's CPU (per-thread CPU read from /proc) and the pool ran at a
 * fifth of the speed it settled at after some 20 rounds, so its threads now warm up as long as the
 * one thread did before its whole-conversation figure. Measured from the build on the shared host
 * (`npm run --silent build && BENCH_ANONYMISER_CODE=build nice -n 10 npx tsx bench/anonymiser.bench.ts`,
 * main's code and this round's alternated, 00:41-00:46 UTC, load 12-15, every engineer's tests
 * running): main one by one 88,304 / 91,645 / 73,186 and whole 116,120 / 132,261 / 101,013
 * characters/s; this round one by one 118,117 / 87,840 / 102,694, whole 138,914 / 115,457 / 102,040,
 * pool of two 525,976 / 180,705 / 119,065 (median round 610,993 / 168,238 / 117,853, best 788,255 /
 * 505,068 / 246,516). The pool's start (both threads ready) took 2,616 / 3,982 / 4,286 ms of wall
 * time but 450-600 ms of each thread's own CPU: the threads waited for a core. Neither 1,000,000
 * characters/s nor a start under 1 s was seen on this host; both need it quiet to be read, and the
 * pool can at best double the one thread's whole-conversation figure (725,000 quiet at 23:31 UTC).
 *
 * Issue 13 round 32 (anonspeed32), same version, output byte-identical (bench/anonymiser-outputs.ts
 * against main's code over the same inputs, this round's test strings among them). Profile from the
 * build (`node --cpu-prof`, messages one by one after warm-up, load 1-3, self time): the exec loop of
 * allMatches 7.1%, names' loop 4.5%, the tagger's own slot scores 4.5%, `isNumberWordKey` (phones'
 * count of number words, every word of every message) 2.4%, the gazetteer's findPlaces 2.1%; by
 * detector (inclusive) names 16%, addresses 13.5%, places 12%, organisations 8.8%, tagger 8.4%,
 * phones 6.5%, numbers 5.4%, web 4.3%. A message costs some 14 µs however short ("ok", a fresh
 * Pseudonymiser each) and about 1.3 µs a character more: the cost is the words' work in every
 * detector, not a fixed toll per message. The one line that stood out: `Object.hasOwn(TENS_EN, key)`
 * on every word. A property look-up with a string made from a message makes V8 probe its table of
 * internalised strings (the whole process's, which the caches miss), where a Set hashes the string
 * once and keeps the hash on it: asked of a Set, the function fell to 0.5% (main's build 1.7% in
 * the same minutes). Also changed, each exact: gates before five whole-message patterns called on
 * (nearly) every message (CODE in findLongDocuments by a loop that needs four digits in one stretch
 * of its characters; the spelled "at" of obfuscated addresses by a loop over its marks and "at"/"la"
 * between non-alphanumerics; MAIL_WORD, the Caribbean islands and LINEAGE_GATE by their words in the
 * message's lower case, text.ts `lowerCase`, kept once per message), round32Gates.test.ts holding
 * each gate to its pattern on made lines and on every 7th tail of every tuning text; the token
 * table's class bits start as one shared empty array, not a typed array per message; `candidates`
 * pushes the first five detectors' lists instead of `concat`; addresses' street-word question
 * answers most words by a bit per hash of their first two letters (8 KB) before its set and map
 * look-ups; places' inflection gate slices a short word only when a capital follows it; the
 * Vietnamese street words (each beyond ASCII) are looked for only in a message beyond ASCII; names'
 * `embedded` reads the characters around a word by code. Measured, independent of load (`npx tsx
 * bench/anonymiser-counts.ts`): pattern executions 78,060 to 72,176 a round, characters handed
 * to them 2,339,321 to 2,064,486. Times: the host ran at load 7-24 (every engineer's tests) for the
 * whole round, so no quiet figure was taken. Both builds in one process, rounds alternated (CPU
 * per round, 50-90 s a run) hold a bias of their own: the build loaded second ran 5-16% slower
 * whichever it was, so each pair was run both ways and the bias divided out: this round's build
 * took 1/1.06 and 1/1.11 of main's CPU a round (median rounds 1/1.07, 1/1.08), load 14-19. The
 * bench (`npm run --silent build && BENCH_ANONYMISER_CODE=build nice -n 10 npx tsx
 * bench/anonymiser.bench.ts`, main's build and this one alternated, 03:29-03:36 UTC, load 15-16):
 * one by one main 52,970 / 52,868 / 75,834 against 89,399 / 74,046 / 91,295 characters/s (per
 * CPU second 168,117 / 151,935 / 230,808 against 220,202 / 218,446 / 265,738), start 1,251 / 867 /
 * 816 against 1,203 / 1,085 / 1,176 ms: faster in each pair, by more than the paired rounds say,
 * on a host that moved more than the change.
 * 1,000,000 characters/s is not met, nor near: at about 1.3 µs a character, spread over a dozen
 * detectors whose largest own line outside the pattern engine is 1.5% of a round, no gate or
 * look-up change finds the 38% it needs. What could: words read once for all word detectors (names' word records, the tagger's
 * rows, the gazetteer's own re-tokenising in src/geo, addresses' and organisations' passes), with
 * per-word answers that need no string or hash per detector. Left for src/geo's owner: the
 * gazetteer's `DISTRICT_WORDS[next.key]` is the same property look-up by a message's word (0.3%).
 *
 * Issue 13 round 34 (anonword34), same version, no detector changed. Profile from the build
 * (`node --cpu-prof`, the bench's messages one by one after warm-up, load 2-3, inclusive): names
 * 16.1%, the pattern engine's exec loop 14.6% over every detector, places 13.1% (src/geo's
 * findPlaces 8.3: its own `wordParts` 1.8, the trie's first word 1.9, typo look-ups 1.2), addresses
 * 12.9 (4.0 in the street-word pass, 2.5 of it the message's one shared tokenisation, paid by
 * whichever detector asks first), the tagger 8.6 (own slot scores 5.2), organisations 8.5, numbers
 * 5.5, web 5.2, phones 4.8; names' facts of the message's words 5.0 (2.2 of it working out the
 * facts of words no list holds, once per transcript). What "words read once" could save is bounded
 * by those lines: the gazetteer's re-tokenising 1.8%, names' word records (inside names' own 4.4%),
 * the tagger's rows 5.2% (mostly summing the model rows of a word the run meets first, 3,029 of
 * 11,698 tokens a round, which no sharing removes), addresses' and organisations' own passes
 * about 1.5% and 1.2%: some 14% of a round if every one went to nothing, where 1,000,000
 * characters/s needs 45%. Tried, exact and dropped: the gazetteer fed the message's letter runs
 * (tokenTable.ts) instead of re-tokenising, where the two cut alike (ASCII without digits,
 * apostrophes or backticks: 817 of the bench's 1,397 messages; equal to `wordParts` on every tuning
 * text): `wordParts` went from 1.8% to 1.3% and building the parts from the runs took 0.4%, no gain
 * (the messages that qualify are the short ones, and the part objects, not the scan, cost). A
 * message of two or three words costs 5-6 µs (not 14: `bench`-style loop of five short texts), so
 * the cost is per word, about 8.7 µs a word over some twenty detectors, none above 5% of a round.
 * Both builds in one process with rounds alternated gave the build loaded second 1.8 times the
 * CPU of the first on identical code at load 7, so that harness cannot show a few per cent now.
 * 1,000,000 characters/s on one thread is not met and no sharing of word look-ups reaches it; what
 * could is fewer passes of rules over a message (names' cascade of some 25 rule tests a word,
 * the pattern engine's 72,000 executions a round), which is a change of the rules, not of their
 * inputs. Also this round: the pool ends an anonymiser thread idle for
 * ANONYMISER_IDLE_STOP_MINUTES (default 10) and starts it again for the next job (pool.ts).
 * Measured: pattern executions 72,176 a round and 2,064,486 characters handed to them, main and this
 * build alike (`npx tsx bench/anonymiser-counts.ts`); `bench/anonymiser.bench.ts` from the build,
 * main's and this one alternated at load 21-23 (05:43-05:51 UTC): one by one per CPU second main
 * 184,435 / 134,737 / 185,689 against 183,856 / 170,831 / 141,916 (the same detectors; the host
 * moved by 30%), start 1,194-1,554 against 1,367-1,589 ms; quiet at 05:11 (load 3) the same code
 * gave 510,000-535,000 per CPU second.
 * Issue 13 round 36 (anonrules36, branch kept, not merged): rules chosen by what a word or message
 * must have for them to fire (names' cascade left at once by 6,075 of 10,955 words a round that no
 * rule can take; unit, plate and lookalike checks in one pass over the digit runs; greeting, initials,
 * weak-cue and introduction patterns only where their first words stand), each shortcut held to its
 * full rule by tests on every tuning text and seeded strings; output byte-identical. Pattern
 * executions a round 72,176 -> 64,031, characters handed to them 2,064,486 -> 1,655,273. The lead's
 * quiet A/B from the builds (09:46-09:50 UTC, load 1.4-2.5, alternated both ways): one by one main
 * 567,738 / 618,537 / 519,769 / 604,570 characters/s against 680,101 / 625,313 / 394,273 / 561,093:
 * no gain readable, so the added shortcuts were not taken in. Its profile: before the round the
 * pattern engine was ~19% of a round and the cascade's rule functions ~2.4%; the rest is each
 * detector's own per-word code, no function above 5%, so no indexing of rules reaches the ~40% the
 * goal needs. The same session's pool of two threads: 1,221,780 characters/s after a start of 658 ms.
 * 38: issue 13 round 51 (the lead, after names51 and anon51). Formal titles said before a name go under its
 * placeholder ("Mr. Daniel", "mevrouw Rosaria", "dhr Jansen", a full stop allowed): most separate writers mark the
 * title as part of the name, and the title tells the person's gender (addressForms.ts TITLES). Job words stay out.
 */
export const ANONYMISER_VERSION = 38;

/** A placeholder the anonymiser writes ("[NAAM-3]", "[GESPREKSCODE]"): never personal data itself. */
export const PLACEHOLDER = /\[(?:[A-Z]+-\d+|GESPREKSCODE)\]/g;
