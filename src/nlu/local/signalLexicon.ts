/**
 * Patterns per signal (syntax: src/safety/patterns.ts; word sets: signalConcepts.ts). A signal is
 * reported when one pattern matches and is not negated. Dutch and English side by side.
 */
import type { Signal } from '../recognizer';

export const SIGNAL_PATTERNS: Readonly<Record<Signal, readonly string[]>> = {
  minor_involved: [
    'kind|kindje|kinderen|minderjarig*|tiener|tieners|puber|pubers|child|children|kid|kids|underage|minor|minors|teen|teenager|teenage',
    '@age_number ~1 @age_unit', 'is|ben|am ~2 @age_number .|en|and|maar|but', '@person_noun|@minor ~1 van|of ~1 @age_number',
    'broertje|zusje|neefje|nichtje', 'leerling|leerlingen|scholier|scholieren|klasgenoot|klasgenote|pupil|classmate',
    'uit|in ~1 mijn|de|my ~1 klas|class', 'eerste|tweede|derde|brugklas ~1 klas', 'jong ~1 meisje', 'young ~1 girl|boy',
  ],
  threats_or_violence: [
    '@harm_present', '@harm_pp', '@harm_ing', 'dreigt|dreigen|dreigde|dreiging*|bedreiging*|threat*',
    '@kill_verb ~2 @person_any', '@person_any ~3 @kill_verb',
    '@weapon', 'geweld|violence|violent', 'in ~1 elkaar ~1 geslagen|slaan|slaat', 'iets|wat ~1 aan ~1 te ~1 doen',
    'doen ~3 wat|iets ~1 aan', 'chanteert|chantage|blackmail*', 'vermoord*', 'wurgt|wurgen', 'dood ~1 te ~1 maken',
  ],
  documents_withheld: [
    '@docs ~4 @take', '@take ~4 @docs', 'geen ~2 eigen ~1 @docs', 'no ~2 access ~2 @docs', 'without ~2 @docs',
  ],
  debt_bondage: [
    'schuld|schulden|schuldenlast', 'debt|debts', 'owe|owes|owed|owing', 'terugbetalen|afbetalen|afbetaald|afbetaling',
    'pay|paying ~1 back|off', 'kwijtschelden|kwijtgescholden', 'terug ~1 te ~1 betalen', 'af ~1 te ~1 betalen',
  ],
  no_freedom_of_movement: [
    '@confined_pp', 'locked ~1 in|up|inside|away', 'kan|kunnen|mag|mogen ~3 niet|nergens ~3 @leave_word',
    'nooit ~2 buiten|alleen', 'never ~3 out|outside|alone', 'not ~1 allowed ~3 @leave_word_en|alone',
    'laten|laat ~2 niet ~2 gaan|weg', 'not ~1 let ~2 go|leave|out', 'tegen ~2 wil', 'against ~2 will',
    'houden|houdt|houd|hou ~3 vast', 'sluit|sluiten ~4 op', 'lock|locks ~3 in|up', 'op ~1 slot', 'deur ~1 uit ~1 mag|mogen',
    'mag|mogen ~3 deur ~1 niet ~1 uit', 'niet ~1 weg ~1 kan|kunnen|mag|mogen', 'being ~1 held|kept|locked', 'cannot|can ~1 not ~3 leave|escape|out', 'held|holding ~3 captive|against',
  ],
  constant_supervision: [
    'in ~1 de ~1 gaten ~1 gehouden|houden|houdt', 'altijd ~2 iemand ~2 bij', 'nooit ~1 alleen',
    'watches|watching|watched|monitors|monitoring|guards ~2 them|her|him|us|all|everything', 'leest ~3 berichten|telefoon',
    'reads ~3 messages|phone', 'controleert|controleren|checks|controls ~3 telefoon|phone|alles|everything',
    'camera|cameras|cameras', 'volgt|volgen|follows ~1 haar|hem|ons|her|him|us', 'never ~2 alone', 'bewaakt|bewaking|guarded',
  ],
  isolation: [
    'geen ~1 contact', 'no ~1 contact', 'mag ~3 niemand ~1 zien|spreken', 'met ~1 niemand ~1 praten|spreken',
    'zien|ziet ~3 vrienden|vriendinnen|familie ~1 niet ~1 meer', 'not ~2 see ~2 friends|family', 'isoleert|geisoleerd|isolated|isolates',
    'cut ~1 off', 'mag ~3 met ~1 niemand', 'talk ~2 to ~1 no ~1 one', 'alone ~2 all ~1 the ~1 time',
  ],
  false_promises: ['belof*|beloofd*|beloven', 'promis*', 'gelokt|lured', 'valse|fake ~2 baan|job|vacature|beloftes', 'bleek ~3 om', 'turned ~1 out'],
  sudden_money_or_goods: [
    'ineens|opeens|plots|plotseling|suddenly ~4 geld|dure|duur|nieuwe|cadeau*|iphone|telefoon|kleren|sneakers|money|cash|expensive|gifts|clothes|bags|spullen',
    'veel ~1 geld|cash', 'lots ~1 of ~1 cash|money', 'dure ~1 spullen|kleren|kleding|tassen|schoenen|sneakers|auto',
    'expensive ~1 things|clothes|bags|gifts|shoes|stuff', 'cadeaus|cadeautjes|gifts', 'merkkleding',
    'comes ~3 with ~1 cash|money', 'geld ~2 geven|geeft', 'pay|pays|paid ~2 @person_any ~2 to',
  ],
  bank_account_misuse: [
    '@bank ~4 @take|openen|geopend|opened|bij', '@take ~3 @bank', 'geldezel*|money ~1 mule', 'bankpas*|pinpas*|bankkaart*',
    'bank ~1 account|accounts|card|cards',
  ],
  excessive_hours: [
    '@hours_number ~1 uur|uren ~2 per|op|a ~1 dag|day', 'dagen ~2 van ~1 @hours_number ~1 uur', 'van ~1 @small_number|@hours_number ~4 tot ~1 @small_number|@hours_number',
    '@week_hours ~1 uur|hours ~2 per|a|in ~1 week', '6|7|zes|zeven|six|seven ~1 dagen|days ~2 per|in|a|op ~1 week', 'geen ~1 vrije ~1 dag|dagen',
    'never ~3 day ~1 off', 'no ~1 days ~1 off', 'lange ~1 dagen|werkdagen', 'long ~1 hours|days', 'dag ~1 en ~1 nacht',
    'day ~1 and ~1 night', 'tot ~2 laat|nacht', 'until ~2 late', 'ook ~2 weekend', '@hours_number ~1 hours ~2 a|per ~1 day',
    'om ~1 @hours_number ~1 uur ~1 s ~1 avonds|nachts', 'from ~1 dawn', 'zeven|7|seven ~1 dagen|days',
  ],
  underpaid: [
    'niks|niets|nauwelijks|weinig|bijna ~3 betaald|loon|salaris|over', 'hongerloon|onderbetaald|underpaid|unpaid',
    '@small_number ~1 euro ~2 per ~1 uur', 'zakgeld', 'pocket ~1 money', 'loon|salaris ~3 niet|ingehouden|inhouden|af',
    'huur ~3 van ~2 loon', 'for ~1 free', 'not ~1 paid', 'no ~1 pay|salary|wages', 'geen ~1 loon|salaris|geld',
    'complain* ~3 salary|wages|pay', 'klaagt|klagen ~3 loon|salaris', 'krijgt|krijgen ~3 loon|salaris ~1 niet',
    'om ~2 loon ~1 vroeg', 'deduct*|inhouding*', 'takes ~2 rent ~2 from', 'rent ~3 wages|salary', 'only ~3 euros ~2 a|per ~1 week|day|month',
    'boete|boetes|fines', 'krijgen|krijgt ~2 niks|niets|weinig', 'no ~1 money',
  ],
  housing_tied_to_work: [
    '@housing ~4 van ~2 @employer', '@housing ~3 loon|salaris|wages|salary', 'slapen|wonen|slaapt|woont|sleep|sleeps|live|lives ~4 @workplace',
    'owned ~2 by ~2 @employer', 'regelt ~3 huis|huisvesting', 'arranges ~3 housing', 'kosten ~3 huis', 'slapen|slaapt ~1 er|daar',
    'sleep ~1 there', '@employer ~4 @housing', 'er|daar ~2 slapen|slaapt|wonen|woont',
  ],
  dangerous_work: [
    'gevaarlijk* ~3 werk|stoffen|klussen|machines', 'dangerous ~2 work|job|conditions|chemicals|machines', 'zonder ~2 bescherm*',
    'no ~2 safety|protective', 'gif|chemicalien|bestrijdingsmiddel*|chemicals|pesticide*', 'steiger|scaffold*',
    'mocht|mag ~3 niet ~3 dokter|arts|ziekenhuis', 'not ~3 allowed ~3 doctor|hospital', 'work ~2 accident|injury',
  ],
  unknown_address: [
    'adres ~3 niet', 'weet ~4 niet ~2 adres', 'weet|weten|know ~1 niet|not ~3 adres|address', 'weet ~4 niet ~2 waar ~2 woont|wonen|slaapt|slapen|ben|is|zijn ~1 .',
    'geen ~1 idee ~2 waar ~2 woont|wonen|slaapt|ben', 'not ~1 know ~4 address', 'not ~1 know ~2 where ~2 live|sleep|am|is',
  ],
  fear_of_deportation: [
    'uitgezet|uitzetten|deport*|immigration|vreemdelingenpolitie', 'het ~1 land ~1 uit', 'illegaal|illegal|undocumented',
    'zonder ~1 papieren', 'no ~1 papers', 'verblijfsvergunning*', 'ind ~1 bellen|gebeld', 'sent ~1 back ~2 country',
  ],
  controlling_partner: [
    'loverboy*|pooierboy*|pooier|pimp|souteneur', '@partner ~3 @control_verb', 'van ~1 haar|zijn|mijn ~1 vriend|vriendje|pooier',
    'makes ~1 her|me|him ~3 sleep|sex|work', 'oudere ~1 vriend|vriendje|man', 'older ~1 boyfriend|man',
    'much ~1 older', 'belongs ~1 to ~1 him', 'so ~1 called ~1 boyfriend', 'met ~1 die ~1 jongen|man|pooier|vriend',
    'since ~2 met ~1 him', 'dwingt|dwingen|gedwongen|forced ~4 prostitutie|prostitution|seks|sex|klanten',
  ],
  recruited_online: ['@platform ~4 @meet', '@meet ~4 @platform', 'met ~3 on|via ~1 @platform', 'via ~1 @platform'],
  injuries_or_branding: [
    'blauwe ~1 plekken', 'verwonding*|wonden|injuries|injury|bruises|bruised|brandwond*|burns', 'tattoo*|tatoeage*|tatoo*',
  ],
  appearance_change: [
    'sexy|uitdagend*|revealing', 'afgevallen|mager|thin', 'moe|vermoeid|tired|exhausted', 'lost ~1 weight',
    'ander ~1 uiterlijk', 'kleding ~2 veranderd',
  ],
  self_harm_or_depression: [
    'zelfbeschadiging|zelfverwonding', 'snijdt|krast ~1 zichzelf', 'cuts|cutting|hurts ~1 herself|himself', 'self ~1 harm',
    'depressief|depressed|somber|teruggetrokken|withdrawn',
  ],
  drugs_or_alcohol: [
    'gebruikt|gebruiken|using|uses|takes|neemt ~2 drugs|coke|pillen|xtc', 'drinkt|drinks|drinking|dronken|drunk|alcohol',
  ],
  picked_up_by_car: [
    'opgehaald|ophaalt|ophalen|picks|picked|picking ~5 @car', '@car ~4 opgehaald|ophaalt|picks|picked', 'haalt ~4 op ~2 @car',
    'bij ~2 man|mannen ~2 in ~2 auto', 'met ~1 een|hun|zijn ~1 @car', 'opgehaald ~3 door', 'picks|picked ~2 her|him ~1 up', 'door ~3 opgehaald',
    'in ~1 a ~1 @car',
  ],
  truancy: [
    'spijbel*', 'skip*|skips|skipping ~2 school|class|lessons', 'afwezig', 'niet ~2 naar ~1 school', 'truant*', 'misses ~2 school',
  ],
  earnings_quota: [
    'elke|iedere ~1 avond|nacht|dag ~4 @money|@week_hours|@hours_number', '@money ~3 elke|per ~1 avond|nacht|dag',
    'every ~1 night|day ~3 euros|money', 'euros ~2 every|per|a ~1 night|day', 'hand ~1 over ~3 euros|money|earnings',
    'verdiensten|inkomsten|earnings ~3 afgeven|inleveren|afdragen|hand', 'niet ~1 genoeg ~1 verdien*', 'not ~1 earn ~1 enough',
    'vast ~1 bedrag', 'bedrag ~2 opbrengen', 'fixed ~1 amount',
  ],
  many_phone_calls: [
    'telefoontjes|belletjes|calls', 'tweede|extra|second|two ~1 telefoon|telefoons|phone|phones', 'constant ~2 gebeld|belt|calls',
    'stiekem ~2 belt|bellen',
  ],
  drug_running: [
    '@drug ~3 @drug_verb', '@drug_verb ~3 @drug', 'dealen|dealt|dealer|dealers|dealing|drugskoerier*|drugsrunner*|drugsbende|plantage|wietplantage',
    'drug ~1 runner|runners|mule', 'koerier|courier', 'bolletjes ~1 slikken',
  ],
  forced_theft: ['stelen|steelt|inbreken|inbreekt|inbraak|inbraken|winkeldiefstal|jatten|steal|stealing|shoplift*|robbing|burglar*|burglary'],
  contracts_in_name: ['op ~2 naam', 'in ~2 name', 'katvanger*', 'front ~1 man|person', 'abonnement* ~3 naam'],
  secrecy: [
    'stiekem|geheim|geheimzinnig|secret*|sneak*', 'wil|wilt ~2 niet ~2 zeggen|vertellen', 'not ~2 say|tell ~1 what|where|who',
    'mag ~2 niks|niets ~1 zeggen',
  ],
  night_jobs: [
    'klusjes|klussen|jobs|jobjes|opdrachten ~3 s ~1 nachts', 's ~1 nachts ~3 klusjes|jobs|weg', 'at ~1 night ~3 jobs|for',
    'out ~1 at ~1 night', 'elke ~1 avond ~3 rond', 'nachtelijke ~1 klusjes',
  ],
  waited_at_school: [
    'schoolpoort|schoolplein', 'school ~1 gate', 'opgewacht|wachten|wacht|waiting|wait ~4 school|schoolpoort',
    'school ~4 opgewacht|wachten', 'outside ~2 school',
  ],
  recruiting_others: ['ronselen|ronselt|werven|rekruteren|recruit|recruiting ~3 jongens|anderen|others|kids|vrienden|friends|nieuwe|new'],
  organ_sale_pressure: ['@organ ~4 @organ_verb', '@organ_verb ~4 @organ', '@organ ~3 af ~1 te ~1 staan'],
  unexplained_surgery: [
    'litteken*|scar|scars ~6 operatie|operation|surgery|buik|belly|niet|not', 'zonder ~1 nier', 'without ~2 kidney',
    'operatie|operation|surgery ~6 buitenland|abroad', 'operatie ~6 weet ~1 niet', 'operation|surgery ~6 not ~1 know',
  ],
};
