/**
 * What tells the form of exploitation apart, as situations rather than labels: the work that is
 * done and where, who gives the orders, what is taken from the person and what they are made to
 * do. Phrase lexicons (syntax: src/nlu/text/concepts.ts); each concept, and each pair of concepts
 * within a sentence or two ("the boyfriend" with "takes all her money", "the boss" with "keeps the
 * wages"), is a feature of the form, intent and fact models, which weigh them. Dutch and English in
 * full; the languages labour migrants write in for the plainest words, so a story in Polish,
 * Romanian, Bulgarian, Hungarian, Turkish, Spanish, Portuguese, Ukrainian, Russian or Arabic still
 * tells its form. Polish "nie" is written "niet": the tokenizer reads it as the Dutch chat form. Written from the form definitions of the labelling guide, not from corpus lines.
 */
import { ConceptMatcher, negatedAs, readAs, type ConceptHit, type Lexicon } from '../text/concepts';
import type { TextAnalysis } from '../text/analyse';
import { CLAIMED_THEFT_LEXICON } from '../text/claimedTheft';
import { OBLIGED_ACT_LEXICON } from '../text/obligedActs';
import { OTHER_LANGUAGE_LEXICON as OTHER } from '../text/otherLanguageConcepts';
import type { TopicConcept } from '../topics';
import type { KnownForm } from '../recognizer';

export const FORM_CONCEPTS = [
  'work_place',
  'work_terms',
  'work_boss',
  'wages_taken',
  'sex_place',
  'sex_acts',
  'sex_control',
  'earnings_taken',
  'crime_acts',
  'crime_means',
  'crime_recruit',
  'begging',
  'organ',
  'organ_sign',
  'work_housing',
  'sex_body',
  'sex_visitors',
  'older_man',
] as const;
export type FormConcept = (typeof FORM_CONCEPTS)[number];

/** The form each situation speaks for (reader.ts `formFamilies`). */
export type FormFamily = 'labour' | 'sexual' | 'criminal' | 'organ';
export const FORM_FAMILY: Readonly<Record<FormConcept, FormFamily>> = {
  work_place: 'labour',
  work_terms: 'labour',
  work_boss: 'labour',
  wages_taken: 'labour',
  work_housing: 'labour',
  sex_place: 'sexual',
  sex_acts: 'sexual',
  sex_control: 'sexual',
  earnings_taken: 'sexual',
  sex_body: 'sexual',
  sex_visitors: 'sexual',
  older_man: 'sexual',
  crime_acts: 'criminal',
  crime_means: 'criminal',
  crime_recruit: 'criminal',
  // Forced begging is told with the criminal forms in the labelling guide's sense of being made to
  // earn on the street for someone; it has too few lines for a family of its own.
  begging: 'criminal',
  organ: 'organ',
  organ_sign: 'organ',
};

const WRITTEN_FORM_LEXICON: Lexicon<FormConcept> = {
  // Where the work is done: farms, greenhouses, factories, warehouses, kitchens, building sites,
  // cleaning, salons, car washes, ships, households, transport.
  work_place: [
    // Shops, sewing rooms and care in a household: work done for a relative or a family counts too.
    'winkel|supermarkt|bakkerij|slagerij|kebabzaak|shoarmazaak|pizzeria|naaiatelier|atelier|textiel|hostel|huishoudster|verzorgster|oppassen op|inwonende hulp',
    'zorgt voor ~2 hem|haar|de kinderen',
    'shop|store|grocery|bakery|kebab shop|pizzeria|sewing|garment|textile|hostel|maid|housekeeper|carer|caregiver|live-in',
    'takes care of|looks after ~2 him|her|the kids|the children',
    // Round 39 (enform39): the au pair's hosts and the work of a bar or a hotel, as English writers tell
    // a job without naming its place (corpus and tuning halves: the hosts 29 lines, 21 labour; the bar
    // and hotel jobs 5, 4 labour). "gastgezin" and the rest are the Dutch hosts.
    'host family|host families|host mum|host mom|host dad|host parents|host mother|host father|gastgezin|gastouders|gastmoeder|gastvader',
    'glass collector|glass collecting|bar work|behind the bar|bartender|barman|waiter|waitress|kitchen porter|hotel job|washing dishes|wash dishes',
    // Cleaning said with the verb for whom it is done ("i clean for a family", forms20).
    'clean for|cleans for|cleaning for|clean houses|cleans houses|cleaning houses|clean their house|clean his house|schoonmaken voor|maakt schoon bij|maak schoon bij|poetsen bij|poetst bij',
    // Round 40 (form40): fishing, told by the boat or the crew ("matroos op een kotter", "Filipijnse
    // vissers"): the Dutch list had only the fishing boat itself.
    'kotter|kotters|matroos|matrozen|visser|vissers|vissersschip|vissersschepen|visserij|fishermen|fisherman|deckhand|deckhands|fishing vessel',
    'kas|kassen|tuinbouw|tuinderij|kwekerij|boerderij|akker|veld|velden|boomgaard|aspergeveld|champignonkwekerij|fabriek|vleesfabriek|slachterij|slachthuis|distributiecentrum|magazijn|loods|orderpicker|orderpicken|inpakken|inpakhal|bouwplaats|bouw|steigers|schoonmaak|schoonmaken|schoonmaakbedrijf|schoonmaakster|schoonmaker|nagelsalon|nagelstudio|kapsalon|autowasstraat|wasstraat|carwash|restaurant|keuken|afwas|snackbar|horeca|hotel schoonmaken|wasserij|binnenvaart|schip|vissersboot|pakketbezorging|pakketjes bezorgen|bezorger|koerier bij|chauffeur|vrachtwagen|marktkraam|huishouden|huishoudelijk|oppas|au pair|aupair|inwonend|plukken|oogsten|oogst|sorteren',
    'greenhouse|greenhouses|farm|farms|field|fields|orchard|mushroom farm|factory|meat plant|meat factory|slaughterhouse|abattoir|warehouse|distribution centre|distribution center|packing|packing plant|packing hall|order picking|building site|construction|scaffolding|cleaning|cleaner|cleans|nail salon|nail bar|hair salon|barber|car wash|restaurant|kitchen|dishwasher|snack bar|takeaway|laundry|hotel rooms|housekeeping|barge|fishing boat|trawler|ship|delivery|deliveries|parcels|courier|driver|drives|truck|lorry|market stall|household|domestic|nanny|au pair|live in|harvest|harvesting|sorting',
    // Round 48 (form48): picking as the work, not "picking her up" (over the corpus and the tuning sets
    // bare "picking" was a pick-up in 11 of 14 stories, 9 of them sexual).
    'picking ~2 fruit|apples|strawberries|asparagus|tomatoes|mushrooms|berries|cherries|pears|grapes|leeks|flowers|tulips|bulbs|vegetables',
    'keep picking|picking season|picking job|picking work|fruit picking|the picking|pickers|picker',
    'szklarni*|farmie|farmy|fabryk*|magazyn*|sprzatani*|budow*|zbior*|pieczark*|ubojni*|pakowani*',
    'serele|in sera|ferma|fabrica|depozit|curatenie|constructi*|santier|abator|cules|ciuperci',
    'оранжери*|ферма|ферми|фабрик*|склад|чистене|строеж*|строителств*|кланица|бране',
    'uveghaz*|gyar*|raktar*|takarit*|epitkez*|vagohid*|szuret*|gombafarm*',
    'serada|ciftlik*|fabrika*|depo|temizlik|insaat*|mezbaha*|hasat',
    'invernadero*|granja|fabrica|almacen|limpieza|obra|matadero|cosecha|recoger fruta',
    'estufa*|fazenda|fabrica|armazem|limpeza|obras|matadouro|colheita|apanha',
    'теплиц*|ферм*|завод*|фабрик*|склад*|прибиранн*|уборк*|будівництв*|стройк*|бойн*|збір врожаю|сбор урожая',
    'مزرعة|مصنع|مستودع|تنظيف|بناء|ورشة',
  ],
  // The terms of work: hours, pay, contracts, agencies, shifts.
  work_terms: [
    'uur per dag|uren per dag|uren per week|uur per week|per uur|euro per uur|per dag werken|overuren|loon|salaris|loonstrook|contract|arbeidscontract|uitzendbureau|uitzendkracht|ploegendienst|nachtdienst|vrije dag|geen vrije dagen|minimumloon|cao|vakbond|werkvergunning|bsn|zzp|stukloon|per kist|per pakket',
    'hours a day|hours a week|an hour|per hour|per day|overtime|wage|wages|salary|payslip|pay slip|contract|agency|temp agency|employment agency|shift|night shift|day off|days off|no days off|minimum wage|union|work permit|piece rate|per crate|per parcel|per box',
    // The form named, and work forced.
    'arbeidsuitbuiting|uitbuiting op het werk|gedwongen arbeid|dwangarbeid|labour exploitation|labor exploitation|forced labour|forced labor|modern slavery',
    'gedwongen ~2 gewerkt|werken|te werken',
    // Platform work done on an account rented from someone who keeps a share.
    'account van iemand anders|andermans account|someone elses account|someone else s account|rented account|huuraccount',
    'account of other person|account of another person|account of someone else|another persons account|another person s account',
    'forced|made ~2 to work|into work',
    'godzin*|wyplat*|umow*|agencj*|pensj*',
    'ore pe zi|salariu*|contract|agentie|agenti*',
    'часа на ден|заплат*|договор|агенци*',
    'oras|oraban|fizetes*|szerzodes*|ugynokseg*',
    // Not the bare "saat" and "horas": "iki saat önce", "hace dos horas" are a time, not the hours of
    // work (text/otherLanguageConcepts.ts `hours` has the hours of work, forms23).
    'maasim*|maasi|maaslar*|sozlesme|ajans',
    'horas al dia|sueldo|salario|contrato|agencia',
    'horas por dia|salario|contrato|agencia',
    'годин на день|часов в день|зарплат*|договір|контракт|агентств*',
    'ساعات|راتب|عقد',
  ],
  // Who gives the orders at work.
  work_boss: [
    'baas|bazen|werkgever|voorman|ploegbaas|teamleider|leidinggevende|uitzendbureau|bemiddelaar|tussenpersoon|onderaannemer|aannemer|eigenaar van de|eigenaresse|de chef|de kapitein|schipper|de tuinder|de boer',
    'boss|bosses|employer|foreman|supervisor|team leader|gangmaster|agency|recruiter|middleman|subcontractor|contractor|owner of the|the chef|the captain|the farmer|crew boss',
    'szef*|brygadzist*|pracodawc*',
    'sef*|patron*|angajator*',
    'шеф*|бригадир*|работодател*',
    'fonok*|munkaado*',
    'patron|isveren|usta',
    'jefe|patron|capataz|empleador',
    'chefe|patrao|encarregado',
    'бригадир*|начальник*|роботодав*|работодател*',
    'المدير|صاحب العمل|الكفيل',
  ],
  // Pay kept back or eaten away by deductions and fines.
  wages_taken: [
    'loon|salaris|geld ~4 ingehouden|inhouden|houdt in|houden in|afgetrokken|niet uitbetaald|nooit betaald|te laat',
    'ingehouden ~3 loon|salaris',
    'boetes|boete|inhoudingen|inhouding|aftrek|huur gaat van|gaat van het loon|van mijn loon|van zijn loon|van haar loon|onbetaald|geen loon|niets betaald|niks betaald|zonder loon',
    'wages|salary|pay ~4 withheld|kept|held back|deducted|docked|not paid|never paid|late',
    'dock|docks|docked ~3 pay|wages|salary',
    // Round 39: the pay collected by someone else ("his 'uncle' picks up his wages in cash").
    'pick up|picks up|picked up|collects|collected|collect|comes for ~2 his|her|their|my ~1 wages|pay|salary',
    'haalt|haalde|int|inde ~2 zijn|haar|hun|mijn ~1 loon|salaris',
    'fines|fine him|fine her|fine us|fines us|deductions|deducted|taken from the salary|taken from my pay|from our wages|unpaid|no pay|not paid|never paid|paid nothing|pay me nothing|pays nothing|for nothing|without pay',
    'krijg|krijgt|kreeg ~2 er ~1 niks|niets ~1 voor',
    'get|gets|got ~2 nothing ~1 for it',
    'niet placi|niet zaplacil*|potraca|potrac*',
    'nu ne plateste|nu mi-a platit|nu platesc|retine din salariu',
    'не плаща|не ми плати|удържа',
    'nem fizet*|levon*',
    'odemiyor|maas vermiyor|kesiyor',
    'no me paga|no nos paga|descuenta|sin pagar',
    'nao paga|nao me paga|desconta|sem pagar',
    'не платить|не платят|не заплатил*|вираховує|вычитает',
    'لا يدفع|بدون راتب|يخصم',
  ],
  // Where sex is sold.
  sex_place: [
    'bordeel|bordelen|club|clubs|seksclub|raamprostitutie|achter het raam|achter de ramen|raamkamer|massagesalon|massage salon|massagesalons|massage|massages|masseuse|masseuses|massagewerk|escort|escortbureau|thuisontvangst|hotelkamer|privehuis|seksadvertentie|advertentie op|kinky|sekswerk|sekswerker|prostitutie|prostituee|hoer|hoeren|tippelzone|webcam|onlyfans|camsite',
    'brothel|brothels|club|clubs|strip club|sex club|in the windows|at the windows|behind the windows|work the windows|works the windows|window girls|window brothel|red light|massage parlour|massage parlor|massage salon|massage|massages|masseuse|masseuses|escort|escort agency|hotel room|hotel rooms|sex work|sex worker|prostitution|prostitute|ads online|adverts|webcam|onlyfans|cam site|sugar daddy',
    // Round 44 (form44): the English singular and the house by its English name, as the Dutch list has
    // "achter het raam" and "privehuis" ("a woman in a window", "she works in a private house").
    'in a window|behind a window|window prostitution|window prostitute|private house|private houses',
    'massage parlours|massage parlors|massage salons|vitrine|vitrina|vitrines|witryn*|витрин*|kirakat*',
    'klub*|agencja towarzysk*|prostytu*|masaz*|burdel*',
    'clubul|club|bordel|prostitu*|masaj|escorta',
    'клуб|бордей|публичен дом|проститу*|масаж*|ескорт',
    'klub*|bordely*|prostitu*|masszaz*',
    'kulup|genelev|fuhus*|masaj salonu|eskort',
    'club|prostibulo|burdel|prostitu*|masajes|escort',
    'clube|bordel|prostitu*|massagem|acompanhante',
    'клуб*|бордел*|проститу*|масаж*|ескорт',
    'ملهى|دعارة|بيت دعارة|مساج',
  ],
  // What the person is made to do with clients.
  sex_acts: [
    // Photos of the girl or boy held over them: sent to the family unless they do what is asked.
    'foto*|fotos|photos|pictures|pics|videos|fotograf*|fotografii|zdjeci*|снимки|фото ~6 sturen|sturen naar|doorsturen|send|sending|post|posten|online zetten|gonder*|paylas*|wysl*|trimite|изпрати|отправ*|надіш*|enviar|mandar',
    'met mannen|met klanten|klanten per dag|klanten per avond|klanten per nacht|mannen per dag|moet klanten|klanten ontvangen|met ze naar bed|naar bed gaan|seks|sex|naaktfoto|naaktfotos|naakt|ontkleden|verkracht*|aanranding|seksueel|seksuele|dates met',
    // Round 50: "afwerken" is sex only with the men or clients it is said of; a debt or costs worked
    // off ("haar schuld moest afwerken") is labour (over the corpus and tuning halves 4 labour, 1 sexual).
    'klanten|mannen ~3 afwerken|afwerkt|afgewerkt',
    'afwerken|afwerkt ~2 klanten|mannen',
    'afwerken|afwerkt ~3 bij ~2 vrienden|mannen|klanten',
    'afwerken|afwerkt ~2 in een huis|in een hotel|op een kamer|in een flat',
    'with men|with clients|clients a night|clients a day|men a night|men a day|see clients|serve clients|sleep with|have sex|sex with|nudes|naked|pictures of me|photos of me|videos of me|raped|rape|sexual|sexually|dates with|punters|johns',
    'seksuele uitbuiting|gedwongen prostitutie|sexual exploitation|forced prostitution',
    // Round 39: sex told as what customers of a massage or a salon want beyond the job.
    'customers|clients ~2 want more|wanted more|want extra|wanted extra|ask for more|asked for more|ask for extras|asked for extras',
    'happy ending|happy endings',
    // Round 50: clients met in the evening or in the rooms beside the job ("must also meet clients in the
    // evenings in the rooms").
    'meet|meets|meeting ~2 clients|customers|guests|men ~4 evening|evenings|night|nights|room|rooms|flat',
    // Round 47 (form47): sex told as the "extra" a job asks beside the work ("ook s avonds extra werk
    // doen bij gasten op kamer", "extra services for guests").
    'extra werk|extra diensten|extra service|extra services|extra werkjes|special services ~4 gasten|klanten|mannen|op kamer|op de kamer|guests|clients|in the rooms|in their rooms',
    // What is done told by its round (forms20): after each client, the men he sends, the street again.
    'after every client|after each client|between clients|na elke klant|na iedere klant|tussen de klanten door',
    'the guys he sends|the men he sends|guys he sends|men he sends|de mannen die hij stuurt|mannen die hij stuurt|mannen die hij langs stuurt',
    'back on the street|weer de straat op|weer op straat werken',
    'photos|pictures|pics|videos|fotos|filmpjes ~4 posted|posts|selling|sells|sold|on a website|op een website|online gezet|verkoopt|verkocht',
    'put|puts|zet|zette ~2 me|her|mij|haar ~2 on a website|op een website',
    'posted|posts|selling|sells|sold|verkoopt|verkocht ~3 photos|pictures|pics|videos|fotos|filmpjes',
    'men|guys|mannen ~3 come|coming|arrive|arriving|komen|kwamen ~3 all day|every hour|all night|de hele dag|elk uur|de hele nacht',
    'clients come|clients coming|klanten komen',
    // Sex told by the room and the night (forms33): a man of the household or the one who runs the
    // place comes to the person's room or bed at night, brings a man there, or a "special" customer
    // is to get whatever he wants. The tuning writers label these sexual whatever the work is (an au
    // pair, a salon); "send her husband to my room" as a threat over a debt is left out.
    'come|comes|came|coming|visit|visits|visited ~3 into my room|in my room|to my room|into her room|in her room|to her room|into my bed|in my bed|into her bed ~4 at night|last night|tonight|every night|again',
    'at night|last night|tonight|every night ~4 come|comes|came|coming ~3 into my room|in my room|to my room|into her room|in her room|to her room|into my bed|in my bed',
    'brought|brings|bring|took|takes ~4 him|one|them|a man|men|friends|a friend|his friend|his friends ~2 to my room|into my room|to her room|into her room',
    // Round 44 (form44): men sent to the room, in every tense ("he sends other men to my room at night"):
    // until now only "the men he sends" was read, so the same act told with the verb first told nothing.
    // Not "the guys", "him" or "them": "they send the guys to my room" is the threat of a beating over
    // a missed shift (a labour story of the tuning parts read sexual with them).
    'send|sends|sent|sending ~4 men|clients|customers|his friends ~2 to my room|into my room|to her room|into her room|to our room',
    'special customer|special customers|special client|special clients|special guest|vip customer|vip client',
    'be nice|be sweet|be friendly ~2 to|with ~3 his friends|business friends|friends|the men|guests|customers|clients',
    // Round 43 (form43): the same in Dutch, and clients or men taken to bed with the verb last ("met
    // zijn klanten naar bed"), whatever job the story names.
    'lief|aardig ~1 doen|zijn ~1 tegen|voor ~2 vrienden|mannen|gasten|jongens',
    'met ~2 klanten|mannen|gasten|vrienden ~2 naar bed',
    'komt|kwam|komen|kwamen ~3 op mijn kamer|in mijn kamer|naar mijn kamer|op haar kamer|in haar kamer|naar haar kamer|in mijn bed|in haar bed ~4 nachts|vannacht|vanavond|elke nacht|weer',
    'nachts|vannacht|vanavond|elke nacht ~3 naar mijn kamer|naar haar kamer|in mijn bed|in haar bed',
    'komt|kwam|komen|kwamen ~2 nachts|vannacht|vanavond|elke nacht ~3 op mijn kamer|in mijn kamer|naar mijn kamer|op haar kamer|in haar kamer|naar haar kamer|in mijn bed|in haar bed',
    'bracht|brengt|brengen|stuurt|stuurde|sturen ~4 hem|een man|mannen|vrienden|een vriend|klanten ~2 op mijn kamer|naar mijn kamer|op haar kamer|naar haar kamer',
    'speciale klant|speciale klanten|speciale gast|vip klant',
    'lief|aardig ~2 zijn ~2 voor|tegen ~3 zijn vrienden|vrienden|de mannen|gasten|klanten',
    'klant per dag|klant per avond|klant per nacht|klant per uur',
    // Sex told by what it leaves and by a euphemism (forms34): condoms in the room, "things" she has to do
    // with a man or his friend.
    'condoom|condooms|condoms|condom|doosjes condooms|boxes of condoms',
    'dingen|things|stuff ~2 doen|do ~2 met|with ~3 een vriend|vrienden|zijn vriend|a friend|his friend|friends|mannen|men|hem|him',
    'soa|soatest|soa-test|soas|morning-afterpil|morning after pil|zwangerschapstest|abortus|sti|stis|std|stds|sti test|morning after pill|pregnancy test|abortion',
    'klient*|z mezczyznami|seks*',
    'atender ~2 hombres|clientes|homens',
    'estar con hombres|estar com homens',
    'clienti|cu barbati|sex',
    'клиенти|клиента|с мъже|секс',
    'ugyfel*|ferfiakkal|szex*',
    'musteri|musteriler|musterilerle|musteriyle|musterilere|erkeklerle|seks',
    'clientes|con hombres|sexo',
    'clientes|com homens|sexo',
    'клієнт*|клиент*|з чоловіками|с мужчинами|секс',
    'زبائن|مع رجال|جنس',
  ],
  // The partner, "boyfriend" or pimp who runs it.
  sex_control: [
    'loverboy|loverboys|pooier|pooiers|souteneur|madam|mamasan|haar vriend|haar vriendje|haar nieuwe vriend|oudere vriend|oudere jongen',
    'lover boy|loverboy|pimp|pimps|madam|juju|her boyfriend|her new boyfriend|her older boyfriend|older boyfriend|her man|her manager|sugar daddy',
    'who runs her|who books her|runs the girls|his girls|zijn meisjes|zijn meiden',
    'alfons|sutener*|chlopak|chłopak',
    'proxenet*|iubitul',
    'сводник|приятеля си|приятелят ѝ|гаджето',
    'strici*|baratja|baratjat',
    'pezevenk|sevgilisi|erkek arkadasi',
    'proxeneta|chulo|novio',
    'cafetao|namorado',
    'сутенер*|хлопець|парень',
    'قواد|صديقها',
  ],
  // Her earnings, and all her money, taken.
  earnings_taken: [
    'al haar geld|al mijn geld|al het geld|alle verdiensten|verdiensten|moet afdragen|draagt af',
    'geld ~3 afpakken|afgepakt|afnemen|afgenomen',
    'pakt|neemt ~3 geld ~2 af',
    // "took the money" beside "takes the money" (form44): a story told in the past named the same act.
    'all her money|all my money|all the money|all her earnings|her earnings|my earnings|the earnings|takes the money|takes her money|takes my money|collects the money|took the money|took her money|took my money|took their money|collected the money|hand over the money|hands over the money|has to give him',
    'collects|takes|keeps|collect|take|keep ~2 all ~1 their|her|the ~1 money|earnings',
    'int|pakt|neemt|houdt ~2 al ~1 hun|haar ~1 geld|verdiensten',
    // A sum to bring in by the night, and beaten or punished for too little (forms20).
    'make|bring|bring in|binnenbrengen|ophalen ~3 # ~3 tonight|a night|per night|every night|each night|by sunday|vanavond|per nacht|elke nacht|voor zondag',
    'didnt|did not|didn t|niet ~2 make|bring|brought|made|verdiend|binnengebracht|opgehaald ~2 enough|genoeg',
    'make his money|his money tonight|zijn geld verdienen',
    'zabiera ~2 pieniadze',
    'ia ~2 banii',
    'banii ~2 ia|ii ia|i ia',
    'взема ~2 парите',
    'elveszi|beszedi ~2 penz*',
    'se queda ~2 dinero',
    'fica com ~2 dinheiro',
    'забирає ~2 гроші',
    'забирает ~2 деньги',
    'يأخذ ~2 المال',
    'wszystkie pieniadze|toti banii|всичките пари|az osszes penz*|parasini aliyor|butun parayi|todo el dinero|todo o dinheiro|всі гроші|все деньги|كل المال',
  ],
  // Crimes the person is made to commit.
  crime_acts: [
    'drugs|dealen|dealt|dealer|dealers|verkopen drugs|drugs verkopen|pakketjes|pakketje|bolletjes|koerieren|koerier|wiet|hasj|coke|cocaine|ketamine|xtc|pillen verkopen|wietplantage|hennepkwekerij|hennep|kwekerij op zolder|uithalers|uithalen|stelen|steelt|gestolen|winkeldiefstal|jatten|zakkenrollen|zakkenroller|inbreken|inbraak|inbraken|overval|overvallen|heling|oplichting|fraude|witwassen|runner|runnen',
    'tas|tassen ~2 brengen|wegbrengen|afgeven',
    // Round 50: the tools of dealing found where someone is kept or comes and goes: scales beside small
    // bags ("weegschaaltjes en een doos met zakjes"), as a caretaker or a parent finds them.
    'weegschaal|weegschaaltje|weegschaaltjes|weegschalen ~8 zakjes|gripzakjes|bolletjes',
    'scale|scales ~8 baggies|small bags|little bags|bags',
    'gripzakjes|baggies ~8 weegschaal|weegschaaltje|weegschaaltjes|scale|scales',
    // Round 40 (form40): a bag to fetch, the errand told from its other end ("om een tas op te halen bij
    // iemand", "to pick up a bag").
    'tas|tassen ~3 ophalen|op te halen|oppikken|op te pikken',
    'pick up|picking up|collect|collecting ~3 a bag|the bag|bags',
    // Errands, stashes, grow houses, labs and fraud calls done for others.
    'iets|spullen|pakket|tasje|tasjes ~3 brengen|wegbrengen|afgeven|ophalen|afleveren',
    'tassen|spullen|pakketten ~3 bewaren|verstoppen',
    'wietkwekerij|wietzolder|wiet kweken|drugslab|xtc lab|xtc-lab|alles verkocht|moet verkopen voor',
    'doen alsof ~4 bank|bankmedewerker|politie',
    'phishing|spoofing|babbeltruc|oplichten|oplichterij|bankhelpdeskfraude',
    'criminele uitbuiting|criminal exploitation|drugslijn|drugsrunner|drugsrunners|drugskoerier|drugskoeriers|drugsbende|drugsbendes|drug runner',
    'passen|pasjes|kaarten|cards ~4 geld|pinnen|pint|opnemen|neemt|withdraw|withdraws|withdrawing|cash',
    'sell|selling|sells|verkopen|verkoop|verkoopt ~3 stuff|spul|spullen|gone|op is',
    'tot het op is|tot alles op is|until the stuff is gone|until its gone|until it is gone',
    'paketler|paket|paczk*|pachete|pachetele|paquetes|colete|pacotes|пакет*|пакети|طرود',
    'sells pills|selling pills|sell pills|trap house|trapping|shotting|drop offs|drop-offs|stash|drug lab|grow room',
    // Round 48 (form48): the Dutch compounds of a grow house and a drug debt ("bij de wietplanten
    // zitten", "zijn drugsschuld"): one token each, and "wiet" alone did not read them. Over the
    // corpus and the tuning sets the six stories with them are all criminal.
    'wietplant*|hennepplant*|wiettop*|drugsschuld*|drugsgeld|drugshandel',
    // Small bags handed out to ride or walk with ("die man geeft ze tasjes en dan rijden ze weg"), the
    // English "small packages" and "does runs", and the goods lost that a debt follows ("lost the
    // stuff", "de spullen kwijt", Turkish "malı kaybettim"): over the corpus and the tuning sets
    // every story with "zakjes", "small packages" or a lost load is criminal but two of 40 (labour).
    // Not "zakjes" alone: the analysis reads "zaakjes" ("zijn zaakjes op orde") as the same word.
    'zakjes wiet|zakjes coke|plastic zakjes|zakjes met wiet|zakjes met coke|zakjes met pillen',
    'geeft|gaf|geven|gaven|krijgt|kreeg|krijgen|kregen ~3 tasjes|zakjes|pakketjes',
    'small packages|small package|small parcels|little packages|little parcels|small bags|little bags',
    'does runs|doing runs|do runs|did runs',
    'lost the stuff|lost the goods|lost the package|lost the drugs|lost the gear|lost his stuff|lost their stuff',
    'spullen|pakket|pakketje|lading ~2 kwijt|kwijtgeraakt|in beslag genomen',
    'mali kaybettim|mali kaybetti|mali kaybetmis|mallari kaybet*',
    // Round 47 (form47): pills handed out and then to be sold, and bags or boxes driven across a border
    // or at night for the one who gives the work: a courier of his goods, not a delivery job.
    'pills|pillen ~10 sell|selling|verkopen|verkoopt|dealen',
    'bags|bag|boxes|box|tassen|tas|dozen|doos ~6 to belgium|naar belgie|naar antwerpen|to antwerp|naar duitsland|to germany|naar engeland|to england|to the uk|over de grens|across the border',
    'bags|bag|boxes|tassen|dozen ~6 at night|in the night|s nachts|midden in de nacht',
    // Crimes told by what is seen or carried, not named (forms34): a shed full of plants and lamps or
    // an electricity bill too high, boxes that must not be opened, something hidden in a car's doors,
    // pellets to swallow, a lined bag for the shops.
    'planten en lampen|lampen en planten|vol met planten|vol planten|kweeklampen|plants and lamps|lamps and plants|full of plants|grow lights|grow lamps',
    'stroomrekening|stroomverbruik|electricity bill|power bill ~6 hoog|high|huge|enorm',
    'dozen|doos|pakketten|pakket|tassen|tas|boxes|box|packages|package|parcels|parcel|bags|bag ~9 niet openmaken|niet open maken|niet openen|niet in kijken|not open|not to open|never open|cannot open|can t open|mustn t open|don t open|dont open',
    'mag ze niet openmaken|mag ze niet open maken|mocht ze niet openmaken|mogen ze niet openmaken|not allowed to open them|must not open them|can t open them|cannot open them',
    'iets in de deuren|in de deuren zit|in de deuren verstopt|verstopt in de auto|verstopt in de deuren|hidden in the doors|in the door panels|hidden in the car',
    'slikken|swallow|swallowing ~3 bolletjes|capsules|pellets|balls|packets',
    'special bag|lined bag|foil bag|speciale tas|tas met folie|met folie beklede tas',
    'take|took|steal|stole|pakken|stelen|meenemen ~3 perfume|perfumes|razors|razor blades|parfum|parfums|scheermesjes',
    // Crimes told by the errand (forms20): dealing or running for someone, holding their things.
    'deal for|deals for|dealing for|made him deal|make him deal|makes him deal|made me deal|sells for them|sell for them|selling for them|sells for some',
    // Made to deal said with "forced" or "a gang", and the Dutch participle (form28).
    'forced to deal|forced to sell|made to deal|made to sell|sell for a gang|selling for a gang|deal for a gang|dealing for a gang|gedeald',
    'do a run|did a run|another run|ran for them|run for them|runs for them|ran for guys',
    'deliver|delivering ~2 something|stuff',
    'package|parcel ~3 pick up|picking up|deliver|drop off|bring',
    'pick up|picking up|deliver|drop off ~3 package|parcel',
    'keep|keeping|kept|hold|holding|held ~3 their stuff|his stuff|their bags|their phones|a gun|their gun|his gun',
    'something hidden inside|something hidden in|scales and bags|bags and scales|the shipment|lost shipment|where is the stuff',
    'pretend|pretending|pretends ~4 bank|police',
    // Round 39 (enform39): theft told by the goods (new, with the tags still on), a run told by the bag
    // handed over to bring somewhere, and the debt for the stuff that was lost or seized.
    'tags still on|with the tags on|labels still on|security tags',
    'bag|bags|backpack|package|parcel ~2 to bring|to deliver|to take to|to drop off',
    'owe|owes|owed ~4 for the stuff|for the bag|for the package|for the drugs',
    'stuff|bag|package|shipment ~2 got lost|was lost|went missing|got taken|got seized',
    'bags|packages|stuff ~3 keep|keeping|hide|hiding|store|storing|drop off',
    'scam calls|phishing|spoofing',
    'drugs|dealing|dealer|dealers|sell drugs|selling drugs|carry packages|carries packages|parcels to|couriering|courier|weed|cannabis|cannabis farm|weed farm|grow house|coke|cocaine|ketamine|pills to sell|county lines|runner|stealing|steal|steals|stole|shoplifting|shoplift|pickpocket*|burglary|burglaries|break into|robbery|fraud|scam|scams|laundering|carry bags|carries bags|drop off bags',
    'narkotyk*|dilowa*|krad*|kradziez*|krasc|ukrasc|ukradl*|kradn*',
    // Vietnamese (without diacritics): cannabis, drugs, stealing, a house with cannabis.
    'can sa|ma tuy|trom|an trom|trong can sa',
    'droguri|sa fure|furt*|furat',
    'дрога|дроги|наркотици|крад*|кражб*',
    'drogot|droggal|lopni|lopott|lopas*',
    'uyusturucu|hirsizlik|calmak|calmaya|caliyor|caldirt*|esrar|paket tasi*',
    'drogas|vender droga|robar|robo|hurtos',
    'drogas|roubar|roubo|furtos',
    'наркотик*|крадіжк*|крад*|краж*',
    'مخدرات|سرقة|يسرق',
  ],
  // Bank accounts, cards, contracts and loans used in the person's name.
  crime_means: [
    // A bank card alone is mostly one a boss or an agency keeps with the passport and the wages
    // (labour); lent with its code, or accounts and contracts opened in one's name, is criminal (form27).
    'bankpas|pinpas|bank card|debit card ~4 pincode|pin|code|pin code|geven|lenen|uitlenen|lend|lending|lent|give',
    'bankrekening|pinpassen|pincode|op mijn naam|op zijn naam|op haar naam|telefoonabonnement|abonnementen|lening|leningen|katvanger|geldezel|stortingen',
    'rekening|pas ~3 gebruiken|uitlenen|lenen|beschikbaar',
    'geld ~2 overmaken|doorstorten',
    'rekening|rekeningen|bankrekeningen ~3 openen|geopend|geregeld|regelen|afsluiten|afgesloten',
    'account|accounts ~3 open|opened|opening|set up',
    'open|opened|opening|set up ~3 account|accounts',
    'director of a company|director of the company|stroman|directeur van een bedrijf|stack of cards|stapel pasjes|stapel bankpassen',
    'bank account|pin code|in my name|in his name|in her name|phone contract|phone contracts|loans|a loan|money mule|front man|front person|transfers|deposits|small payments',
    'account|card ~3 use|lend|borrow',
    // Signing a contract alone is mostly the work's (a new contract with the rent or the debt in it).
    'energiecontract|telefooncontract|abonnement|contracten ~3 afsluiten|afgesloten|tekenen|getekend',
    'sign|signed|signing ~3 loan|loans|phone contract|phone contracts|energy contract|energy contracts',
    'energy contract|energy contracts|phone contract|phone contracts|digid',
    'konto bankow*|karte bankow*|na moje nazwisko',
    'cont bancar|card bancar|pe numele meu',
    'банкова сметка|банкова карта|на мое име|на мое име',
    'bankszaml*|bankkarty*|a nevemre',
    'banka hesab*|banka kart*|benim adima|sifresini|sifreyi',
    'card and pin|card and the pin|kaart en pin|pas en pincode|pas en pin|karte i pin|karta i pin|cardul si pin*|tarjeta y el pin|cartao e o pin|карту и пин|картку і пін',
    'cuenta bancaria|tarjeta|a mi nombre',
    'conta bancaria|cartao|em meu nome|no meu nome',
    'банківськ*|банковск*|рахунок|счет|на моє ім|на мое имя',
    'حساب بنكي|بطاقة|باسمي',
  ],
  // Made to bring in others.
  crime_recruit: [
    'ronselen|ronselt|geronseld|nieuwe jongens|per persoon die',
    'klasgenoten|vrienden|jongens ~3 meenemen|meebrengen|aanbrengen',
    'recruit|recruits|recruiting|for every classmate|for each friend|per person he brings',
    'bring|brings ~3 classmates|friends|boys|girls',
  ],
  // Sent out to beg or sell in the street.
  begging: [
    'bedelen|bedelt|bedelende|rozen verkopen|verkoopt rozen|langs de deuren|langs de tafels|op straat verkopen',
    'begging|begs|beg|selling roses|sells roses|table to table|door to door|sell in the street|selling on the street',
    'zebrac|zebrze|zebraja|cersi|cersit|просия|проси|koldul*|dilencilik|mendigar|mendigando|pedir esmola|жебрак*|попрошай*|تسول',
  ],
  // Where the person sleeps is the work's: the salon, the kitchen, the shop, a caravan or container
  // on the farm, a bed the boss or the agency rents out and takes from the pay.
  work_housing: [
    'slaapt|slaap|slapen|sliep|woont|woon|wonen ~3 salon|restaurant|keuken|winkel|zaak|magazijn|kas|opslag|achterkamer|kelder|schuur|stal|caravan|container|werkplaats|fabriek|bedrijfspand|bungalowpark',
    'sleeps|sleep|sleeping|slept|lives|live|living ~3 salon|restaurant|kitchen|shop|store|warehouse|greenhouse|storage|back room|basement|shed|barn|caravan|container|workshop|factory|truck|cab|cabin',
    'huis|woning|kamer|bed|caravan ~3 van de baas|van het bureau|van het uitzendbureau|via het bureau|via het uitzendbureau|van de werkgever',
    'house|room|bed|caravan ~3 of the boss|from the boss|from the agency|of the agency|through the agency|the employer',
    // The bed said to be theirs after the agency or the boss was named (form47): "mijn kamer is van hen".
    'kamer|huis|woning|bed|room|house ~2 is van hen|is ook van hen|belongs to them|is theirs|is also theirs',
    'huisbaas is de baas|baas is ook de huisbaas|woont en werkt|wonen en werken|lives and works|live and work|if i lose the job|als ik mijn baan kwijt',
    'werk|baan ~1 kwijt ~4 huis|kamer|bed ~1 kwijt',
    'lose ~2 job ~4 lose ~2 house|room|bed|home',
    'huur ~3 loon|salaris|ingehouden|afgetrokken',
    'rent ~3 wage|wages|pay|salary|deducted|taken',
    'mieszka* ~3 agencj*|szef*|pracodawc*|kwater*|nocleg*',
    'cazare|locuim ~3 seful|firma|agentie',
    'квартир* ~3 шеф*|агенци*|бригадир*',
    'szallas*|kvartely*',
    'konaklama|yurt|barinma',
    'alojamiento|vivienda|piso ~3 jefe|agencia',
    'alojamento|quarto ~3 chefe|patrao|agencia',
    'житло|жильё|гуртожит*|общежит*',
    'السكن|سكن العمال',
  ],
  // The body and the looks of a girl or woman made over and marked by the one who sells her.
  sex_body: [
    'tatoeage|tattoo|getatoeeerd|tattooed|tatoeeren ~4 naam|name|initialen|initials|streepjescode|barcode|kroon|crown',
    'brandmerk|gebrandmerkt|branded|branding',
    'nepnagels|nagels laten doen|haar geverfd|blond geverfd|extensions|make-up|lingerie|sexy kleding|uitdagende kleding|hoge hakken|nieuwe kleren|dure kleren|dure tassen|designertassen|designer bags|expensive bags|new clothes|expensive clothes|high heels|fake nails|dyed her hair',
    'spicy|sexy|uitdagende|pikante|naakt ~2 foto*|fotos|photos|pictures|pics|videos',
    'foto*|photos|pictures ~3 van zichzelf|of herself|of her body|voor een vriend van|for a friend of',
    'soa|soa-test|soatest|soa-consult*|soa-consulten|morning-afterpil|sti|std|sti test|abortus|abortion|pregnancy test|zwangerschapstest',
  ],
  // Men coming and going, every night another one; a girl lent, rented out or sold to men.
  sex_visitors: [
    'andere|verschillende|steeds andere|telkens andere|wisselende|vreemde|oudere ~1 mannen|heren',
    // Round 39: not "other" or "older" men in English: "with 6 other guys" in a van, and the "older
    // guys" a boy runs for (corpus and tuning halves: "older men|guys" 25 criminal, 14 sexual; older_man
    // keeps the older man as context).
    'different|strange ~1 men|guys',
    'stream of|line of|queue of ~2 men|guys',
    'bring|brings|brought ~1 men|guys|clients',
    'men|his friends ~6 pay him|paid him|must pay him',
    'mannen|men ~4 komen en gaan|in en uit|aanbellen|bellen aan|coming and going|in and out|ring the bell|come and go',
    'elke avond|elke nacht|iedere avond|iedere nacht|every night|every evening ~4 mannen|men|guys|another man',
    'verkocht|verkoopt|verkopen|verhuurd|verhuurt|uitgeleend|uitleent|aangeboden|sold|sells|selling|rented out|rents out|lent|lends|offered ~4 mannen|men|anderen|others|vrienden|friends|klanten|clients',
    'gehouden|houden ~2 voor ~1 mannen|klanten|de mannen',
    'kept|held ~2 for ~1 men|clients',
    'aan mannen|to men|voor mannen|for men',
    // Sold said in the plain verb (forms33): "they sell me to men", "ze verkopen haar aan mannen".
    'sell|verkopen ~3 me|her|us|girls|mij|haar|ons|meisjes ~3 to men|to other men|aan mannen|aan andere mannen',
    'wegbrengt|weggebracht ~6 terugbrengt|teruggebracht|ophaalt|opgehaald',
    'drops her off|drives her ~6 picks her up|brings her back',
    // One man at a time, told by the round of the night (forms22): "every night a different guy comes
    // and pays the man at the door", "steeds een andere vent die naar boven gaat".
    'a different|another|een andere|steeds een andere|telkens een andere ~1 man|guy|vent|gast|kerel ~4 comes|came|arrives|goes up|komt|kwam|gaat naar boven|ging naar boven',
    'pays|paid|betaalt|betaalde ~3 the man|the guy|de man|die man|die gast ~3 at the door|bij de deur|aan de deur',
    // Men who arrive in the evening or at night where women stay, other visitors in her room, and
    // girls driven out at night and back in the morning (forms34): the round of the night told by
    // someone who sees it, without a word of sex.
    'avonds|nachts|avond|nacht|weekend|weekends ~6 komen|kwamen ~2 er ~2 mannen',
    'mannen ~3 komen|kwamen ~4 avonds|nachts|s avonds|s nachts|in het weekend',
    'evening|evenings|night|nights|weekend|weekends ~6 men|guys ~2 come|came|arrive|arrived',
    'men|guys ~3 come|came|arrive|arrived ~4 at night|in the evening|every evening|at the weekend|on weekends',
    'steeds|telkens|veel|andere|verschillende|wisselende ~2 bezoekers|bezoek ~3 op de kamer|op haar kamer|in haar kamer',
    'always|many|other|different|lots of ~2 visitors ~3 in her room|in the room|to her room',
    'brings|takes|drives|picks ~3 them|her|the girls|the women ~2 out ~6 at night|night',
    'at night|night ~9 come back|back ~2 in the morning',
    's nachts|avonds|nacht ~9 terug ~2 s ochtends|ochtends|morgens|in de ochtend',
    // Round 50 (stories50): the night round told by its order, the person taken out in the evening or
    // at night and back only in the morning, with the verb before or after the morning and in the
    // languages the helpline meets ("'s avonds opgehaald en pas om 5 uur 's ochtends teruggebracht",
    // "se las lleva por las noches y vuelven a las 5 de la mañana"). A work day runs the other way
    // (picked up early, back late: over the corpus and the tuning halves 17 labour, no sexual story
    // told "ochtends … avonds"); evening before morning, 6 of 7 Dutch stories were sexual. A night
    // shift ("work at night until 6 in the morning") tells no return and is not read.
    'avonds|nachts|avond|nacht|evening|night ~9 teruggebracht|terugbrengt|terug gebracht|brought back|comes back|came back|come back ~6 ochtends|morgens|morning|# am',
    'avonds|nachts|avond|nacht ~9 ochtends|morgens ~3 terug|thuis|teruggebracht',
    'avonds|nachts|avond|nacht ~9 opgehaald|meegenomen|opgepikt|weggebracht ~9 ochtends|morgens ~3 terug|thuis|teruggebracht',
    'evening|night ~9 morning|# am ~3 back|home',
    'noche|noches|madrugada ~9 vuelve|vuelven|regresa|regresan|la traen|las traen|traen de vuelta ~6 manana|madrugada',
    'noite|noites ~9 volta|voltam|trazem de volta|traz de volta ~6 manha|madrugada',
    'noca|noc|nocy|nocami|wieczor|wieczorem ~9 wraca|wracaja|wrocila|przywoza|przywozi ~6 rano',
    'noca|noc|nocy|nocami|wieczor|wieczorem ~9 rano ~3 wraca|wracaja|wrocila|przywoza|przywozi',
    'noaptea|seara|serile ~9 se intoarce|se intorc|o aduce|le aduce ~6 dimineata',
    'noaptea|seara|serile ~9 dimineata ~3 se intoarce|se intorc|o aduce|le aduce',
    'ночью|вечером|ночами|вночі|ввечері|щоночі|щовечора ~9 возвращает*|вертает*|повертає*|привоз* ~6 утром|утра|вранці|ранку',
    'ночью|вечером|ночами|вночі|ввечері|щоночі|щовечора ~9 утром|утра|вранці|ранку ~3 возвращает*|вертает*|повертає*|привоз*',
    'gece|geceleri|aksam|aksamlari ~9 geri ~4 sabah',
    'sabah ~4 geri ~2 getiriyor|getiriyorlar|donuyor|donuyorlar',
    'بالليل|الليل|ليلا ~9 ترجع|يرجعوها|يرجعو ~6 الصبح|الصباح|صباحا',
    // Round 40 (form40): men who come tonight or every evening told with the verb first ("vanavond komen
    // weer mannen", "tonight men come again"), and the house or room "where men come".
    'vanavond|vannacht|elke avond|iedere avond|elke nacht ~4 komen|komt|kwamen ~2 weer|er|nog|dan ~2 mannen',
    'tonight|every evening|every night ~4 men|guys ~2 come|coming|again',
    'huis|woning|flat|kamer|plek|adres waar ~2 mannen ~2 komen|kwamen|langskomen',
    'house|flat|room|place|address where ~2 men ~2 come|came|visit',
    // Round 47 (form47): one man after another told in Dutch by "een andere man" with the verb before it
    // ("komt er elke avond een andere man binnen"), and a woman sent somewhere at night.
    'komt|komen|kwam ~4 elke avond|iedere avond|elke nacht|steeds|telkens ~2 een andere man|een andere vent|andere mannen',
    'sends|sent|stuurt|stuurde ~2 her|them|haar|hen ~4 at night|every night|s nachts|s avonds|elke avond',
  ],
  // A man much older than the girl or boy he is with: the start of most grooming for sex ("een
  // 'vriend' van ergens in de twintig", "met een man van rond de 35", "an older man", "с мъж на 30").
  older_man: [
    'oudere man|oudere mannen|veel oudere|stuk ouder|een man van #|man van rond de #|man van ergens in de|van ergens in de twintig|van in de twintig|in de twintig|in de dertig|twintiger|dertiger|veertiger',
    'older man|older men|older guy|older guys|much older|way older|a man of #|a man around #|guy of around #|guy of #|man of around #|guy around #|guy about #|man about #|man in his twenties|man in his thirties|man in his forties|in his twenties|in his thirties|in his forties|grown man',
    'starsz* mezczyzn*|starsz* facet*|barbat mai in varsta|barbati mai in varsta|hombre mayor|hombres mayores|homem mais velho|homens mais velhos|idosebb ferfi*|yasca buyuk|daha buyuk bir adam',
    'мъж на #|по-възрастен мъж|старш* чолов*|доросл* чолов*|взросл* мужчин*|старш* мужчин*|رجل كبير|رجل اكبر',
  ],
  organ: [
    'nier|nieren|orgaan|organen|transplantatie|donor|donornier|stuk lever|leverdonatie|hoornvlies',
    'kidney|kidneys|organ|organs|transplant|transplantation|donor|part of liver|liver donation|cornea',
    'nerk*|narzad*|rinichi|rinichiul|бъбрек*|органи|vese|veset|veseje|bobrek*|rinon*|rim|нирк*|почк*|كلية|أعضاء',
    'كليته|كليتي|كليتها|كلى|يبيع كلي*',
    'kulit|kulitu|kulalit',
  ],
  // Signs on the body of an organ taken.
  organ_sign: [
    'litteken ~3 rug|zij|buik|lang|vers|verse',
    'lang|vers|verse ~1 litteken',
    'operatie|geopereerd ~3 buitenland',
    'onverklaarbare operatie',
    'scar ~3 back|side|belly|long|fresh',
    'long scar|fresh scar|operation abroad|surgery abroad|operated on abroad|unexplained surgery|unexplained operation',
    // An operation or surgery in another country, a bandage on the side, blood taken for a test, part of
    // the body sold (forms34): an organ told by what was done to the body.
    'operation|surgery|operatie|ingreep|geopereerd|operated ~3 turkey|germany|egypt|abroad|turkije|duitsland|egypte|istanbul|buitenland',
    'turkey|germany|egypt|turkije|duitsland|egypte|istanbul ~4 operation|surgery|operatie|ingreep',
    'bandage|bandages|stitches|hechtingen|verband op|verband in|een verband ~4 side|his back|her back|in zijn zij|op zijn zij|in haar zij|op haar zij|zijn rug|haar rug',
    'took|taken|take|afgenomen|namen|prikken ~3 his blood|her blood|blood|bloed ~8 test|tests|onderzoek',
    'iets van|deel van|stuk van|part of|something from ~2 zijn lichaam|haar lichaam|his body|her body|zijn lijf',
    'laten onderzoeken|medisch onderzoek|medical check|medical checks ~8 schuld|debt',
    'schuld|debt ~8 laten onderzoeken|medisch onderzoek|medical check|medical checks',
    'blizn*|cicatrice|белег|sebhely*|yara izi|cicatriz|шрам|ندبة',
    // A clinic or an operation abroad, or medical tests, arranged by those the person owes.
    'kliniek|clinic|clinica|klinik*|klinika|клиник*|клінік*|ziekenhuis|hospital|szpital* ~5 buitenland|abroad|duitsland|germany|turkije|turkey|alemania|turquia|extranjero|estrangeiro|za granica|strainatate|за границ*|за кордон*|yurt disi|yurtdisi|kulfold*',
    'operatie|operation|surgery|operacion|operacao|operacj*|operatie|операци*|ameliyat* ~6 schuld|debt|deuda|divida|dlug*|datori*|борг*|долг*|borc*|adossag*',
    'onderzoeken|bloedonderzoek|medische tests|medical tests|blood tests|analisis|analises|exames|badania|analize|анализ*|tahlil* ~6 schuld|debt|deuda|divida|dlug*|datori*|борг*|долг*|borc*|kliniek|clinic|clinica|klinik*|клиник*|клінік*',
  ],
};

/**
 * The situations that tell what the person is made to do (work under terms, sex with clients, drugs,
 * theft, accounts, an organ), as against those that tell only who is around them (a boss, a
 * "boyfriend", an older man) or how they look (reader.ts `formActs`, forms19). A story that tells
 * only the people around is mostly one whose form cannot be told; a story whose acts are of one
 * form is that form, whatever work first brought the person here (a cleaning job that was a cover
 * for clients, a building site where a kidney is asked for).
 */
export const FORM_CONTEXT: ReadonlySet<FormConcept> = new Set<FormConcept>(['work_boss', 'sex_control', 'older_man', 'sex_body']);

/**
 * The situations with the plain words of work, pay, bosses, sex work, clients, pimps, drugs, theft,
 * bank accounts and organs in the other languages people write in (text/otherLanguageConcepts.ts),
 * so a story in one of them is read by the weights every language taught (forms19).
 */
export const FORM_LEXICON: Lexicon<FormConcept> = {
  ...WRITTEN_FORM_LEXICON,
  work_place: [...WRITTEN_FORM_LEXICON.work_place, ...OTHER.work_kind],
  work_terms: [...WRITTEN_FORM_LEXICON.work_terms, ...OTHER.pay, ...OTHER.hours],
  wages_taken: [...WRITTEN_FORM_LEXICON.wages_taken, ...OTHER.pay_kept],
  work_housing: [...WRITTEN_FORM_LEXICON.work_housing, ...OTHER.work_bed],
  sex_visitors: [...WRITTEN_FORM_LEXICON.sex_visitors, ...OTHER.men_sent],
  earnings_taken: [...WRITTEN_FORM_LEXICON.earnings_taken, ...OTHER.night_sum],
  begging: [...WRITTEN_FORM_LEXICON.begging, ...OTHER.begging],
  work_boss: [...WRITTEN_FORM_LEXICON.work_boss, ...OTHER.boss],
  sex_place: [...WRITTEN_FORM_LEXICON.sex_place, ...OTHER.sex_work],
  sex_acts: [...WRITTEN_FORM_LEXICON.sex_acts, ...OTHER.clients, ...OTHER.nude_photos],
  sex_control: [...WRITTEN_FORM_LEXICON.sex_control, ...OTHER.pimp],
  crime_acts: [...WRITTEN_FORM_LEXICON.crime_acts, ...OTHER.drugs, ...OTHER.theft],
  crime_means: [...WRITTEN_FORM_LEXICON.crime_means, ...OTHER.bank],
  organ: [...WRITTEN_FORM_LEXICON.organ, ...OTHER.organ],
};

/**
 * A crime's word right before a work place names the kind of place, not work: "a cannabis farm", "a
 * weed farm", "the drugs warehouse" are a grow house or a stash, and the labelling guide calls being
 * made to tend one criminal. The place word alone read as a farm or a warehouse told labour beside the
 * crime (form27: 4 of the 27 labour-criminal confusions of the tuning sets were cannabis farms).
 * A crime word that is itself a work place word ("parcels", "courier") is ambiguous and names nothing.
 */
export function placeOfCrime(hits: readonly ConceptHit<FormConcept>[]): ConceptHit<FormConcept>[] {
  const places = hits.filter((h) => h.concept === 'work_place');
  const overlapsPlace = (h: ConceptHit<FormConcept>): boolean => places.some((p) => p.start <= h.end && h.start <= p.end);
  const modifiers = hits.filter((h) => h.concept === 'crime_acts' && !h.negated && !overlapsPlace(h));
  return hits.filter((h) => h.concept !== 'work_place' || !modifiers.some((m) => m.sentence === h.sentence && m.end + 1 === h.start));
}

const claims = new ConceptMatcher(CLAIMED_THEFT_LEXICON);
const orders = new ConceptMatcher({ crime_obliged: OBLIGED_ACT_LEXICON.crime_obliged });

/** The word before a theft that makes it an errand or an order ("told to steal", "om te stelen"). */
const INFINITIVE: ReadonlySet<string> = new Set(['to', 'te']);

/**
 * A theft said of the person as a threat or a charge ("the boss says I stole", "ze vertelt de
 * politie dat ik heb gestolen", text/claimedTheft.ts) is no act of crime: it is read as negated.
 * Over the corpus and the tuning halves such a theft stood in 19 messages: 15 labour, 2 sexual, 1
 * unknown, 1 criminal (the drugs the person is said to have taken); read as an act it told crime
 * beside the work (ADR 0006 round 43). A theft ordered in the same words ("he told him to steal",
 * "zegt dat hij moet stelen") stays an act.
 */
export function theftClaimed(hits: readonly ConceptHit<FormConcept>[], analysis: TextAnalysis): ConceptHit<FormConcept>[] {
  if (!hits.some((h) => h.concept === 'crime_acts' && !h.negated)) return [...hits];
  const said = claims.find(analysis).filter((c) => !c.negated);
  if (said.length === 0) return [...hits];
  const ordered = orders.find(analysis);
  const overlaps = (a: ConceptHit<string>, b: ConceptHit<string>): boolean => a.start <= b.end && b.start <= a.end;
  const claimed = (h: ConceptHit<FormConcept>): boolean =>
    h.concept === 'crime_acts' &&
    !h.negated &&
    !INFINITIVE.has(analysis.tokens[h.start - 1] ?? '') &&
    said.some((c) => overlaps(c, h)) &&
    !ordered.some((o) => overlaps(o, h));
  return hits.map((h) => (claimed(h) ? negatedAs(h, true) : h));
}

/**
 * The writer's own job, said to introduce who is writing ("ik werk bij de receptie van een hostel",
 * "wij wassen op de wasserij", "ik ben centralist bij een taxibedrijf", "I do housekeeping at a
 * hotel", "at my market stall"): where the writer works, not the work of the person the story is
 * about.
 */
const OWN_WORK = new ConceptMatcher({
  own_work: [
    'ik werk|ik werkte|wij werken|we werken|wij wassen|we wassen|ik heb een|ik run|ik beheer|ik rijd|ik sta achter|ik sta in',
    'ik ben ~2 bij|op een|in een',
    'i work|i worked|we work|i run|i own|i manage|i have a|i do housekeeping|i do cleaning|i do nights',
    'i m|i am ~3 at|in a|in the|for a',
    // Round 48 (form48): "I work" in the other languages where the verb's first person is its own word
    // (a hotel cleaner who tells of a girl kept on the third floor, a hotel maid who tells of two girls
    // and a man). Not Spanish "trabajo", Portuguese "trabalho" or Italian "lavoro": also the noun, the
    // job promised ("me prometió trabajo en un restaurante") is not the writer's.
    'pracuje w|pracuje jako|pracuje na|lucrez la|lucrez ca|lucrez in|dolgozom|calisiyorum',
    'работаю|працюю|pratsyuyu|pratsiuiu|rabotayu|je travaille|ich arbeite',
  ],
});
const OWN_PLACE: ReadonlySet<string> = new Set(['mijn', 'mn', 'onze', 'ons', 'my', 'our']);
/** Labour told by more than a place: the pay, the terms or a bed of the work. */
const LABOUR_BESIDE_PLACE: ReadonlySet<FormConcept> = new Set<FormConcept>(['wages_taken', 'work_terms', 'work_housing']);

/**
 * A work place in the sentence where the writer says their own job is background when the story
 * tells acts of sex or crime (form47): a receptionist who sees men go to room 8, a laundry worker who
 * finds a note in the sheets, a dispatcher who books the rides. Read as a place of work, the
 * writer's hostel, laundry or taxi firm told labour against the men and the money: 7 of the 36
 * Dutch and English story errors on lines 1-100 of the newest tuning sets were sex told beside a
 * place of work. Without such acts the writer's own work place stays: a worker telling their own
 * exploitation says where they work in the same words ("ik werk in een kas"), and so does a story
 * that tells labour by more than the place (the pay, an agency, a bed of the work): "I work in a
 * meat factory through an agency, they keep my bank card" is the worker's own story.
 */
export function ownWorkPlace(hits: readonly ConceptHit<FormConcept>[], analysis: TextAnalysis): ConceptHit<FormConcept>[] {
  const places = hits.filter((h) => h.concept === 'work_place' && !h.negated);
  if (places.length === 0) return [...hits];
  const acts = formsOfActs(hits.filter((h) => h.concept !== 'work_place'));
  if (!acts.has('sexual') && !acts.has('criminal')) return [...hits];
  if (hits.some((h) => !h.negated && LABOUR_BESIDE_PLACE.has(h.concept))) return [...hits];
  const own = new Set(OWN_WORK.find(analysis).map((h) => h.sentence));
  const background = (h: ConceptHit<FormConcept>): boolean =>
    h.concept === 'work_place' && (own.has(h.sentence) || OWN_PLACE.has(analysis.tokens[h.start - 1] ?? ''));
  return hits.filter((h) => !background(h));
}

/** The situations of work a taken pay belongs to (`payOfWork`). */
const WORK_TOLD: ReadonlySet<FormConcept> = new Set<FormConcept>(['work_place', 'work_terms', 'work_boss']);

/**
 * "He takes all the money" is the pay of the work the message tells when it tells work and nothing
 * else of sex (round 39, enform39): a stepfather who takes the money of a weekend job, an uncle who
 * takes the earnings of a bakery job. Over the corpus and the tuning halves such lines are 11 labour
 * and 2 sexual; with another sexual situation beside them, 4 of 4 sexual, and without work 9 of 20.
 * The hit is read as `wages_taken` then; with sex told beside it, as `earnings_taken`.
 */
export function payOfWork(hits: readonly ConceptHit<FormConcept>[]): ConceptHit<FormConcept>[] {
  const told = hits.filter((h) => !h.negated);
  const work = told.some((h) => WORK_TOLD.has(h.concept));
  const sex = told.some((h) => h.concept !== 'earnings_taken' && FORM_FAMILY[h.concept] === 'sexual');
  if (!work || sex) return [...hits];
  return hits.map((h) => (h.concept === 'earnings_taken' ? readAs(h, 'wages_taken') : h));
}

/**
 * The forms whose acts a message tells (what the person is made to do: FORM_CONTEXT left out,
 * negated hits left out). reader.ts `formActs` makes features of them; the labelling rule for
 * questions (`formOfQuestion`) is the same reading.
 */
export function formsOfActs(hits: readonly ConceptHit<FormConcept>[]): Set<FormFamily> {
  const acts = new Set<FormFamily>();
  for (const hit of hits) if (!hit.negated && !FORM_CONTEXT.has(hit.concept)) acts.add(FORM_FAMILY[hit.concept]);
  return acts;
}

/**
 * The intents that are questions or answers without a story (labelling guide: a message that tells
 * a situation and asks is `describe_concern`), which keep a form only by the act they tell or the
 * exploiter they name (`formOfQuestion`). `ask_signals` is not among them: the guide defines it as
 * asked without a concrete situation, so its form is always `unknown` (`labelledFormOf`, form49;
 * until round 48 it took the form it named, as the older tuning writers labelled; the writers of
 * nlu-dev-ac … -ak label all 42 of their tuning lines `unknown`).
 */
export const STORYLESS_INTENTS: ReadonlySet<string> = new Set([
  'ask_consequences',
  'ask_police',
  'ask_anonymous',
  'ask_counsellor',
  'ask_privacy',
  'out_of_scope',
  'greeting',
  'goodbye',
  'thanks',
  'affirm',
  'deny',
]);

export const FORM_OF_FAMILY: Readonly<Record<FormFamily, KnownForm>> = {
  labour: 'labour_exploitation',
  sexual: 'sexual_exploitation',
  criminal: 'criminal_exploitation',
  organ: 'organ_removal',
};

/**
 * Labour named as exploitation or forced work ("arbeidsuitbuiting", "forced labour", "gedwongen
 * gewerkt", "made to work"): in a question without a story this tells the kind, where a job, its
 * terms or a boss alone do not (`formOfQuestion`). The same phrases stand in `work_terms` for the
 * models; this matcher only tells them apart from a contract, a wage or an agency.
 */
const LABOUR_NAMED = new ConceptMatcher({
  labour_named: [
    'arbeidsuitbuiting|uitbuiting op het werk|gedwongen arbeid|dwangarbeid|labour exploitation|labor exploitation|forced labour|forced labor|modern slavery|moderne slavernij',
    'gedwongen ~3 gewerkt|werken|te werken|werkt|werkte',
    'forced|made ~2 to work|into work|working',
  ],
  // Exploitation said of the work the question names ("if an agency exploits people", "could I be
  // part of exploitation if I hire a cleaner"): labour only beside a job, its terms or a boss.
  exploited: [
    'uitbuiting|uitbuit|uitbuiten|uitgebuit|exploitation|exploit|exploits|exploited|exploiting|underpaid|onderbetaald|onder het minimumloon|below minimum wage',
  ],
});

/**
 * The labour acts a question tells: a wage kept or a bed tied to the work, or labour named as
 * exploitation. A job or a work place ("I work at a hostel", "a domestic worker", "the farm"), the
 * terms of work ("my contract", "the agency", "my salary", "a work permit", "BSN") and a boss say
 * where someone works, not that the work is exploitation; the guide leaves such a question
 * `unknown`. Read so only in a message with a question mark. Over the corpus and the tuning halves (form47) the questions without a story whose
 * only form words were these: 74 of 122 `unknown` (the newest writers 15 of 16), and of the 48
 * labelled labour 12 named labour exploitation or forced work.
 */
const QUESTION_LABOUR_ACTS: ReadonlySet<FormConcept> = new Set<FormConcept>(['wages_taken', 'work_housing']);

/**
 * The labelling rule for a question without a story (form28, corpus/nlu/README.md): it keeps its
 * form only when it tells an act of that form ("forced to sell drugs", "a kidney", "the room is
 * the agency's", "forced to work") or the exploiter by the name of the form (a loverboy, a pimp:
 * `sex_control`); a boss, an employer, a job, a contract, a permit or a debt alone do not say what
 * kind of exploitation it is, and the form is `unknown` ("what happens if I report my boss?").
 */
export function formOfQuestion(labelled: string, read: { forms: readonly ConceptHit<FormConcept>[]; analysis: TextAnalysis }): string {
  if (labelled === 'unknown') return labelled;
  // Only a message that asks: a story the intent model misreads as a greeting ("salam. my brother
  // worked in a factory, they kept his pay and his passport") keeps the work it tells.
  const hits = read.analysis.question
    ? read.forms.filter((h) => FORM_FAMILY[h.concept] !== 'labour' || QUESTION_LABOUR_ACTS.has(h.concept))
    : read.forms;
  const named = hits.some((h) => h.concept === 'sex_control' && !h.negated);
  const said = LABOUR_NAMED.find(read.analysis).filter((h) => !h.negated);
  const job = read.forms.some((h) => !h.negated && FORM_FAMILY[h.concept] === 'labour');
  const labourNamed = said.some((h) => h.concept === 'labour_named' || (job && h.concept === 'exploited'));
  const told = [...formsOfActs(hits), ...(named ? ['sexual' as const] : []), ...(labourNamed ? ['labour' as const] : [])].map(
    (family) => FORM_OF_FAMILY[family],
  );
  return (told as readonly string[]).includes(labelled) ? labelled : 'unknown';
}

/** The topics that name a kind of work, sex, crime or organs (topics.ts), read as evidence of a form. */
const FORM_TOPICS: ReadonlySet<TopicConcept> = new Set<TopicConcept>(['sexual', 'labour', 'criminal', 'organ']);

/**
 * Whether a message says anything a form could be read from: a situation of a form (work, a boss,
 * clients, parcels, a kidney) or a word of one (a loverboy, a farm, drugs, wages), not negated. A
 * question or answer without any ("what are the signs that someone is trafficked?", "is it
 * trafficking if he says he agrees?") does not say enough to tell, and the labelling guide leaves
 * it `unknown`: on the tuning parts (forms35) 253 of 256 such messages whose intent is not a
 * concern are labelled so. The general model, which weighs every word, still gave some of them
 * labour (messageModels.ts reads the rule for every intent but `describe_concern`).
 */
export function tellsAnyForm(forms: readonly ConceptHit<FormConcept>[], topics: readonly ConceptHit<TopicConcept>[]): boolean {
  return forms.some((h) => !h.negated) || topics.some((h) => !h.negated && FORM_TOPICS.has(h.concept));
}

/**
 * The labelling rule of the corpus for the form of a message that is not a story (form28, form49;
 * corpus/nlu/README.md): the `form` fact is the form of the situation told. A question about
 * signals (`ask_signals`, asked "without a concrete situation" by the guide's own definition: "hoe
 * herken je een loverboy?", "is orgaanhandel iets in nederland?") is `unknown`, whatever form it
 * names; the form it names is what it asks about (`askedForm`), not a fact. Another question or
 * answer without a story keeps its form only by the act it tells or the exploiter it names
 * (`formOfQuestion`); a story keeps its label. `read` is called only where the rule reads the text.
 */
export function labelledFormOf(
  message: { intent: string; form: string },
  read: () => { forms: readonly ConceptHit<FormConcept>[]; analysis: TextAnalysis },
): string {
  if (message.intent === 'ask_signals') return 'unknown';
  return STORYLESS_INTENTS.has(message.intent) ? formOfQuestion(message.form, read()) : message.form;
}
