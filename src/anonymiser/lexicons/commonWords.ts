import { fold } from '../text';

/**
 * Words that are never personal data, in folded form (lower case, no diacritics). A capitalised
 * word found here is not taken for a name, and a cue ("mijn buurvrouw …") does not capture it.
 */
function words(block: string): string[] {
  return block.split(/\s+/).filter((w) => w !== '');
}

/** Dutch and English function words, frequent verbs, adverbs and chat words. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  words(`ik je jij u hij zij ze wij we jullie mij me mijn m'n jouw jou zijn z'n haar hun hem ons onze het de
  een en of maar want dus omdat als dan toen dat die dit deze wat wie waar waarom hoe wanneer welke welk
  niet geen wel nog al ook er hier daar nu straks vandaag morgen gisteren altijd nooit soms vaak heel erg
  echt zo zeer te naar van voor met bij op in uit aan over onder tussen door na tot sinds om tegen zonder
  per via ben bent is zijn was waren heb hebt heeft hebben had hadden wil wilt willen wou wilde kan kun
  kunt kunnen kon moet moeten moest mag mogen zal zou zullen ga gaat gaan ging doe doet doen deed weet
  weten wist denk denkt denken dacht zeg zegt zeggen zei kom komt komen kwam word wordt worden werd lijkt
  zie ziet zag hoor hoort hoorde krijg krijgt kreeg werk werkt werken werkte woon woont wonen woonde
  hallo hoi hey hi hee dag goedemorgen goedemiddag goedenavond dank bedankt dankjewel dankuwel sorry oke ola hola
  ok ja nee misschien graag alsjeblieft alstublieft help hulp iemand niemand iets niets niks alles
  allemaal veel weinig meer minder andere ander elke ieder iedereen zelf samen alleen eigenlijk gewoon
  ineens opeens plotseling steeds laatst laatste eerst eerste daarna later vanavond vannacht weekend week
  maand jaar jaren uur dagen weken maanden keer ongeveer bijna precies zeker wellicht toch even nou hoor
  he hè dus waarschijnlijk volgens denk vind vindt voel voelt bang boos blij verdrietig ongerust zorgen
  zorg zo'n zulke zoiets iets anders nergens ergens overal meneer mevrouw buurvrouw buurman vriend
  vriendin collega baas moeder vader mama papa zus broer zoon dochter oom tante opa oma neef nicht kind
  kinderen meisje jongen man vrouw mannen vrouwen mensen meiden jongens familie ouders school werk huis
  thuis politie gemeente kerk moskee eerlijk dankzij sowieso trouwens inmiddels ondertussen daarom
  weer zelf ook nog al even net pas bijna bot chatbot robot mens medewerker medewerkers hulpverlener
  bel zeg vraag kijk stuur mail app laat geef neem check let wacht lees schrijf meld
  goed slecht mis fout groot klein nieuw nieuwe oud oude jong mooi lief raar vreemd eng gevaarlijk veilig
  snel langzaam centraal station centrum stad dorp kamer auto geld baan liefde vrijheid angst pijn
  probleem problemen vraag vragen antwoord gesprek chat bericht berichten telefoon nummer adres naam
  contract loon salaris schuld schulden huur paspoort bank rekening drugs prostitutie seks feest
  feestje uitgaan stage opleiding klas les leraar juf meester meldcode melding aangifte rechter
  advocaat dokter arts ziekenhuis noodgeval nood gevaar belangrijk dringend acuut privé prive anoniem
  vertrouwelijk eerlijk serieus natuurlijk absoluut inderdaad precies helaas gelukkig jammer
  the a an and or but so because if then when that this these those what who where why how which not no
  yes yeah hello hey hi thanks thank please sorry i you he she we they me him her us them my your his
  our their its it is are was were be been am have has had do does did will would can could should must
  may might shall to of in on at for with from by about into over under after before between through
  during without again also just very really only still even maybe here there now today tomorrow
  yesterday always never sometimes often someone something anyone anything nobody nothing everyone
  everything some any all many much more most other another each every own same such too well ok okay
  mr mrs ms miss dr sir madam mister neighbour neighbor friend sister brother mother father mum mom dad
  boss colleague daughter son cousin aunt uncle girl boy man woman men women people family police i'm
  i've i'll i'd don't can't won't didn't doesn't isn't it's that's he's she's they're we're you're`),
);

/**
 * Capitalised words that are not personal data: countries, nationalities, languages, months,
 * weekdays, holidays, religions, apps and platforms, banks, public agencies, regions and provinces.
 */
export const NON_PII_PROPER: ReadonlySet<string> = new Set(
  words(`nederland holland belgie duitsland frankrijk engeland spanje italie portugal polen roemenie
  bulgarije hongarije oekraine rusland litouwen letland estland slowakije tsjechie moldavie albanie
  servie kroatie bosnie griekenland turkije marokko algerije tunesie egypte libie syrie irak iran
  afghanistan pakistan india china vietnam thailand filipijnen indonesie nigeria ghana eritrea ethiopie
  somalie soedan kenia oeganda congo kameroen suriname curacao aruba brazilie colombia venezuela
  amerika europa azie afrika verenigde staten oost-europa
  netherlands belgium germany france england britain spain italy poland romania bulgaria hungary ukraine
  russia lithuania latvia slovakia moldova albania turkey morocco syria iraq iran afghanistan india china
  nigeria ghana eritrea ethiopia somalia brazil europe africa asia america
  libya kuwait qatar sudan egypt philippines indonesia serbia estonia saudi lebanon yemen tunisia algeria senegal
  cameroon uganda kenya
  guinee guinea senegal gambia liberia ivoorkust burkina faso tsjaad zuid-afrika zimbabwe angola mozambique tanzania rwanda
  burundi jemen jordanie libanon saoedi-arabie koeweit bangladesh nepal myanmar cambodja maleisie mongolie kazachstan
  oezbekistan georgie armenie azerbeidzjan wit-rusland belarus montenegro macedonie noord-macedonie kosovo slovenie oostenrijk
  zwitserland denemarken zweden noorwegen finland ierland schotland ijsland luxemburg dominicaanse haiti jamaica mexico
  ecuador bolivia argentinie guyana trinidad bonaire sint-maarten cambodia malaysia mongolia kazakhstan uzbekistan armenia
  azerbaijan macedonia slovenia austria switzerland denmark sweden norway ireland scotland iceland luxembourg mexico argentina
  holandia holandii holandie niderlandy olanda olandei olandia hollanda hollandaya hollandada filipina filipino filipinos filipijns
  filipijnse
  turkce polski romana deutsch francais espanol portugues darija tigrinya
  brabants limburgs fries gronings twents zeeuws drents
  nederlands nederlandse nederlander nederlanders hollands hollandse belgisch belgische duits duitse
  engels engelse frans franse spaans spaanse italiaans italiaanse portugees portugese pools poolse
  pool polen roemeens roemeense roemeen roemenen bulgaars bulgaarse bulgaar bulgaren hongaars hongaarse
  hongaren oekraiens oekraiense oekrainer oekrainers russisch russische rus russen litouws litouwse
  litouwer lets letse slowaaks slowaakse tsjechisch tsjechische moldavisch albanees albanese servisch
  kroatisch bosnisch grieks griekse turks turkse turk turken marokkaans marokkaanse marokkaan marokkanen
  syrisch syrische syriers iraaks iraakse iraans iraanse afghaans afghaanse pakistaans indiaas indiase
  chinees chinese vietnamees vietnamese thais thaise filipijns filipijnse indonesisch nigeriaans
  nigeriaanse ghanees ghanese eritrees eritrese eritreeer ethiopisch somalisch surinaams surinaamse
  antilliaans antilliaanse braziliaans braziliaanse europees europese afrikaans afrikaanse aziatisch
  aziatische arabisch arabische koerdisch koerdische amerikaans amerikaanse brits britse
  dutch belgian german french english spanish italian portuguese polish romanian bulgarian hungarian
  ukrainian russian lithuanian latvian slovak czech albanian turkish moroccan syrian iraqi afghan
  pakistani indian chinese vietnamese thai filipino nigerian ghanaian eritrean ethiopian somali
  surinamese brazilian european african asian arab arabic kurdish american british irish scottish danish
  swedish finnish flemish norwegian
  polen roemenen bulgaren hongaren litouwers letten esten slowaken tsjechen oekrainers russen turken
  marokkanen syriers afghanen eritreeers nigerianen ghanezen chinezen vietnamezen filipino's indiers
  pakistanen surinamers antillianen brazilianen europeanen oost-europeanen afrikanen aziaten arabieren
  koerden albanezen serviers kroaten bosniers moldaviers grieken spanjaarden portugezen italianen fransen
  duitsers belgen engelsen britten amerikanen litouwer bulgaar hongaar marokkaan syrier afghaan
  nigeriaan indier pakistaan surinamer antilliaan braziliaan europeaan oost-europeaan oost-europese
  oost-europees afrikaan aziaat arabier koerd servier kroaat bosnier griek spanjaard italiaan fransman
  duitser belg engelsman brit amerikaan arbeidsmigrant arbeidsmigranten expats
  januari februari maart april mei juni juli augustus september oktober november december
  january february march june july august october
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday
  saturday sunday kerst kerstmis pasen pinksteren sinterklaas koningsdag oudejaarsavond nieuwjaar
  ramadan suikerfeest offerfeest christmas easter islam moslim moslima christen christelijk
  god allah jezus bijbel koran
  whatsapp snapchat snap instagram insta tiktok facebook fb messenger telegram signal twitter discord
  youtube google gmail javascript hotmail outlook marktplaats onlyfans tinder badoo grindr kik wickr iphone
  android samsung tikkie paypal western union moneygram bitcoin crypto uber bolt netflix
  ing rabobank abn amro sns asn bunq revolut knab triodos
  veilig thuis politie arbeidsinspectie comensha fairwork slachtofferhulp zelfmoordpreventie
  kindertelefoon ind uwv ggd belastingdienst marechaussee kmar coa jeugdzorg kinderbescherming
  jeugdbescherming wijkteam ckm om meldpunt huisarts ziekenhuis
  maas rijn waal ijssel schelde amstel noordzee waddenzee
  randstad achterhoek twente veluwe brabant limburg zeeland friesland fryslan drenthe overijssel
  gelderland flevoland noord-holland zuid-holland noord-brabant betuwe
  mensenhandel loverboy pooierboy uitbuiting koophandel handelsregister paspoort rijbewijs
  verblijfsvergunning kvk bsn iban
  audi bmw mercedes volkswagen vw golf polo opel ford toyota renault peugeot citroen fiat kia hyundai
  tesla volvo skoda seat mazda nissan porsche range rover gucci louis vuitton prada nike adidas rolex
  apple airpods iphone ipad playstation moncler chanel dior versace balenciaga dacia logan sandero duster
  sprinter transit vito crafter caddy transporter iveco ducato jumper boxer trafic astra corsa clio
  honda suzuki subaru mitsubishi lada chevrolet
  octavia fabia yaris corolla passat lupo twingo qashqai tucson sportage journaal nos rtl sbs viber imo
  polska polsce polski romania românia bulgaria balgariya deutschland belgique ukraina moldova italia
  espana turkiye maroc suriname curacao esc enter ctrl alt shift tab
  ik hij zij wij jij mijn zijn haar hun onze hallo hoi zorg politie
  oostenrijk oostenrijks oostenrijkse oostenrijker zwitserland zwitsers zwitserse zwitser denemarken deens deense
  zweden zweeds zweedse noorwegen noors noorse finland fins finse ests estse estisch estische est esten
  lets letse letland ierland iers ierse schotland schots schotse wales welsh malta maltees maltese maltezer
  cyprus cypriotisch sloveen sloveens sloveense slovenen slovenie slowaak kroaat montenegro montenegrijns
  macedonie macedonisch kosovo kosovaars kosovaarse georgie georgisch georgische armenie armeens armeense
  azerbeidzjan kazachstan oezbekistan wit-rusland belarus belarussisch tsjetsjeens dagestan
  luxemburg luxemburgs luxemburgse liechtenstein monaco andorra vaticaan
  nigeriaans eritrea eritrees sudanees sudanese jemen jemenitisch saoedi-arabie qatar koeweit
  libanon libanees libanese jordanie jordaans palestina palestijns palestijnse israel israelisch
  bangladesh bengaals sri lanka tamil nepal nepalees myanmar cambodja laos mongolie japan japans japanse
  korea koreaans koreaanse taiwan hongkong singapore maleisie
  dari pashto pasjtoe farsi perzisch tigrinya tigrinia amhaars amhari urdu hindi punjabi bengali twi
  yoruba igbo hausa swahili berbers tamazight papiaments papiamento sranantongo sranan somalisch
  russian-speaking roma sinti
  olanda olandia holandia niderlandy niemcy belgia anglia polska polonia romania germania belgia
  franta franța spania italia ucraina bulgaria ungaria grecia turcia moldova republica
  холандия нидерландия германия белгия англия полша румъния украйна българия
  нідерланди голландія німеччина польща україна румунія болгарія нидерланды голландия германия
  польша украина россия`).map((w) => fold(w)),
);
