/**
 * What a message is about and how it is put, as phrase lexicons (syntax: text/concepts.ts): the
 * citizen's own questions, the kinds of exploitation, who writes about whom, small talk. Like the
 * danger situations they are features of the learned models, not rules that decide alone.
 */
import type { Lexicon } from './text/concepts';

export const TOPIC_CONCEPTS = [
  'question_word',
  'can_i',
  'anonymity',
  'privacy',
  'police',
  'report',
  'after_report',
  'consequence_job',
  'consequence_residence',
  'consequence_debt',
  'consequence_children',
  'consequence_trouble',
  'consequence_general',
  'is_it',
  'signals',
  'counsellor',
  'greeting',
  'thanks',
  'goodbye',
  'yes',
  'no',
  'dont_know',
  'sexual',
  'labour',
  'criminal',
  'organ',
  'first_person',
  'family_other',
  'professional_role',
  'off_topic',
  'foreign_worker',
] as const;
export type TopicConcept = (typeof TOPIC_CONCEPTS)[number];

export const TOPIC_LEXICON: Lexicon<TopicConcept> = {
  question_word: [
    'hoe|wat|waar|wie|wanneer|waarom|welke|hoeveel|kan|kun|kunnen|mag|moet|is|zijn|klopt|weet',
    'how|what|where|who|when|why|which|can|could|should|is|are|do|does|will|would|may',
  ],
  can_i: ['kan ik|mag ik|moet ik|kun je|kunt u|kunnen jullie', 'can i|may i|should i|could i|can you|could you|do i have to'],
  anonymity: [
    'anoniem|anonimiteit|anonieme|naamloos|zonder naam|zonder mijn naam|mijn naam',
    'mijn gegevens ~3 geven|noemen',
    'achter ~3 komen',
    'weten ~3 wie ~3 gemeld|gebeld|verteld|geklikt',
    'herkend|herkenbaar|verraden|geklikt|klikken',
    'anonymous|anonymously|anonymity|without my name|my name|without giving|stay unknown|unidentified',
    'find out ~2 who|that i',
    'know ~2 it was me|who reported|who called|who told',
    'recognise me|recognize me',
    'trace ~2 back',
  ],
  privacy: [
    'privacy|gegevens|persoonsgegevens|opgeslagen|opslaan|bewaard|bewaren|bewaart|verwijderd|verwijderen|wissen|meelezen|meekijken|gedeeld|delen|avg|ip adres|ipadres|cookies|chatgeschiedenis',
    'wie ~2 leest|lezen|ziet',
    'privacy|data|stored|store|saved|save|kept|keep|deleted|delete|erase|shared|share|gdpr|ip address|cookies|chat history|logged|recorded|transcript',
    'who ~2 reads|read|see|sees|access',
  ],
  police: [
    'politie|agent|agenten|aangifte|wijkagent|recherche|marechaussee|112|arrestatie|opgepakt|arresteren',
    'police|cops|cop|officer|officers|report it to|press charges|arrest|arrested|detective|911',
  ],
  report: [
    'melden|melding|gemeld|meld|aangeven|tip|tippen|doorgeven|inlichten',
    'report|reporting|reported|tip off|notify|tell the authorities',
  ],
  after_report: [
    'wat ~3 gebeurt|gebeuren ~3 daarna|dan|na|erna|met',
    'na ~2 melding|melden',
    'wat doen jullie|wat doet veilig thuis|gaan jullie|komen jullie|komt er iemand|onderzoek',
    'what happens ~3 after|then|next|report',
    'what do you do|what will you do|will you|do you contact|will someone come|investigate|investigation',
  ],
  consequence_job: [
    'baan ~2 kwijt|verliezen|verlies',
    'ontslagen|ontslag|mijn werk|mijn baan|geen werk meer|inkomen kwijt',
    'werk ~2 kwijt|verliezen',
    'lose ~3 job|work|income',
    'fired|sacked|lose my job|losing my job|out of work|no job',
  ],
  consequence_residence: [
    'verblijfsvergunning|verblijfsstatus|status|uitgezet|uitzetten|uitzetting|teruggestuurd|ind|illegaal|geen papieren|zonder papieren|vreemdelingenpolitie|asiel',
    'terug ~2 gestuurd|moeten|naar',
    'deported|deport|deportation|residence permit|immigration|visa|illegal|undocumented|sent back|kicked out of the country|status|asylum|ind',
  ],
  consequence_debt: [
    'schuld ~3 terugbetalen|betalen|afbetalen|kwijt',
    'moet ~3 terugbetalen|nog betalen',
    'debt ~3 pay|repay|back|cancelled|gone',
    'pay it back|still owe|do i owe',
    'have to pay ~2 back',
  ],
  consequence_children: [
    'kinderen ~3 afgepakt|afgenomen|weggehaald|uit huis',
    'uit huis geplaatst|uithuisplaatsing|jeugdzorg|voogdij|kinderbescherming',
    'children|kids|child ~3 taken|taken away|removed',
    'custody|child protection|social services|cps',
  ],
  consequence_trouble: [
    'zelf ~3 problemen|strafbaar|de bak in|opgepakt|gestraft|boete|in de problemen|vervolgd',
    'strafbaar|straf|boete|gevangenis|cel|vervolging',
    'in trouble|get into trouble|arrested|punished|fine|prison|jail|charged|prosecuted|criminal record|blamed',
    'myself ~3 trouble',
  ],
  consequence_general: [
    'gevolgen|consequenties|gevolg',
    'wat betekent ~3 voor',
    'consequences|what will happen to|affect',
    'what does ~3 mean for',
    'happen to ~2 me|him|her|them',
  ],
  is_it: [
    'is ~3 dit|dat|het ~3 mensenhandel|uitbuiting|normaal|legaal|toegestaan|strafbaar|verboden|loverboy',
    'mag ~2 dat|dit|hij|zij|ze|dat zomaar',
    'telt ~3 als',
    'valt ~3 onder',
    'is ~3 this|that|it ~3 trafficking|exploitation|normal|legal|allowed|okay|ok|a crime',
    'is that allowed',
    'does ~3 count as',
    'can ~2 they ~2 do that',
  ],
  signals: [
    'signalen|signaal|herkennen|herken|kenmerken|aanwijzingen|tekenen',
    'waar ~3 op letten',
    'signs|signals|indicators|recognise|recognize|red flags|look out for|spot|warning signs',
  ],
  counsellor: [
    'medewerker|hulpverlener|mens|persoon|iemand spreken|iemand praten|spreken|praten|bellen|telefoonnummer|nummer|terugbellen|gesprek',
    'echt ~1 mens|persoon',
    'counsellor|counselor|human|real person|someone to talk|talk to someone|speak to someone|call|phone number|number|call back|talk to a person|agent|operator',
  ],
  greeting: [
    'hallo|hoi|hey|hee|hai|goedemorgen|goedemiddag|goedenavond|goeiemorgen|goeiedag|dag|hi|hello|good morning|good afternoon|good evening|yo|salaam|salam',
  ],
  thanks: ['dank|bedankt|dankjewel|dankje|dank je|dank u|merci|thanks|thank you|thx|ty|cheers|appreciate'],
  goodbye: [
    'doei|dag|tot ziens|tot later|bye|goodbye|see you|later|ciao|doeg|houdoe|take care|good night|welterusten|i have to go|gotta go',
    // Leaving said in words, not every "ik ga" of a story ("ik ga naar de politie", "ik ga het melden").
    'ik ga ~1 slapen|afsluiten|ervandoor|stoppen|offline',
    'ik moet ~1 gaan|ophangen|afsluiten',
  ],
  yes: ['ja|jawel|jep|jup|ok|oke|okay|prima|goed|klopt|zeker|graag|yes|yeah|yep|yup|sure|correct|right|please|ok thanks'],
  no: ['nee|neen|nope|niet|liever niet|no|nah|not really|no thanks|nee dank'],
  dont_know: ['weet ik niet|weet niet|geen idee|dont know|do not know|not sure|no idea|idk|wn'],
  sexual: [
    'loverboy*|pooier*|pimp|souteneur|prostitu*|sekswerk*|seks|sex|escort|bordeel*|brothel*|raamkamer|achter het raam|massagesalon|massage|klanten|klant|mannen|naaktfoto*|naakt|fotos|onlyfans|webcam|hotel|hotelkamer|afwerken|neuken|verkracht*|seksueel|seksuele|sexual|sexually|nudes|nude|clients|customers|men|strip|club|johns|punter*|sugar daddy',
  ],
  labour: [
    'kas|kassen|tuinder*|boerderij|farm|distributiecentrum|fabriek|vleesfabriek|slachterij|loods|magazijn|bouw|bouwplaats|schoonmaak*|schoonmaker*|nagelsalon|nagelstudio|autowas*|carwash|wasstraat|restaurant|keuken|horeca|asperge*|champignon*|kwekerij|landbouw|oogst|plukken|huishoud*|oppas|au pair|aupair|uitzendbureau|uitzend*|bureau|werkgever|baas|voorman|loon|salaris|uren|diensten|ploeg|contract|arbeidsmigrant*|arbeid*',
    'greenhouse|factory|meat|slaughterhouse|warehouse|distribution|construction|building site|cleaning|cleaner|nail salon|car wash|kitchen|restaurant|farm|harvest|picking|domestic|nanny|au pair|agency|employer|boss|foreman|wages|salary|hours|shifts|contract|overtime|workers|labour|labor|truck|driver|delivery',
  ],
  criminal: [
    'drugs|drug|dealen|dealer|dealt|pakketje|pakketjes|pakket|bolletjes|wiet|coke|cocaine|hasj|xtc|plantage|stelen|gestolen|winkeldiefstal|jatten|inbreken|inbraak|bankrekening|bankpas|pinpas|rekening|katvanger*|geldezel*|telefoonabonnement|abonnement|abonnementen|lening|op zijn naam|op haar naam|op mijn naam|runner|koerier|tas|tassen|bende|crimineel|criminele|criminelen|witwassen|overval',
    'drugs|dealing|deal|package|packages|parcel|weed|cocaine|coke|stealing|steal|shoplifting|burglary|bank account|bank card|money mule|mule|phone contract|contracts|loan|in his name|in my name|in her name|runner|courier|county lines|gang|criminal|laundering|robbery|carry|bags',
  ],
  organ: [
    'nier|nieren|orgaan|organen|orgaanhandel|organenhandel|lever|operatie|litteken|transplantatie|donor|kidney|kidneys|organ|organs|liver|surgery|operation|scar|transplant|donate',
  ],
  first_person: ['ik|mij|me|mijn|mn|i|my|mine|myself|mezelf|wij|we|ons|onze|us|our'],
  family_other: [
    'mijn|onze|my|our ~1 dochter|zoon|kind|zus|zusje|broer|broertje|moeder|vader|moeke|nicht|neef|nichtje|neefje|tante|oom|oma|opa|kleinkind|kleindochter|kleinzoon|vriend|vriendin|buurman|buurvrouw|buren|collega|partner|man|vrouw|vriendje|ex|daughter|son|child|sister|brother|mother|mom|mum|father|dad|cousin|niece|nephew|aunt|uncle|grandma|grandpa|grandchild|granddaughter|grandson|friend|boyfriend|girlfriend|neighbour|neighbor|neighbours|colleague|coworker|husband|wife',
  ],
  professional_role: [
    'als ~2 docent|leraar|lerares|mentor|juf|meester|verpleegkundige|huisarts|arts|jeugdwerker|jongerenwerker|wijkagent|hulpverlener|maatschappelijk werker|begeleider|ambtenaar|consulent|vertrouwenspersoon|zorgcoordinator|schoolmaatschappelijk',
    'ik ben ~2 docent|leraar|lerares|mentor|verpleegkundige|huisarts|arts|jeugdwerker|jongerenwerker|hulpverlener|begeleider|consulent',
    'mijn ~1 leerling|leerlingen|client|clienten|patient|patienten|werknemer|werknemers|medewerker|pupil',
    'leerling|leerlingen|client|clienten|clientes|patient|patienten|cliënt',
    'as a ~2 teacher|nurse|doctor|gp|youth worker|social worker|mentor|counsellor|caseworker|case worker|manager|support worker',
    'i am a|im a|i work as ~2 teacher|nurse|doctor|gp|youth worker|social worker|mentor|caseworker',
    'my ~1 pupil|pupils|student|students|client|clients|patient|patients|employee|employees|tenant|tenants',
  ],
  off_topic: [
    'belasting|toeslag|toeslagen|pakketje kwijt|bezorging|weer|regen|test|testen|grap|recept|voetbal|parkeren|vuilnis|geluidsoverlast|huur|verhuurder',
    'tax|taxes|weather|rain|test|testing|joke|recipe|football|parking|delivery|package lost|noise|rent|landlord|bot|robot|chatgpt|stupid|idiot',
  ],
  foreign_worker: [
    'arbeidsmigrant*|polen|pools|poolse|roemeen*|bulgar*|oekrain*|hongaar*|filipin*|portugees|portugese|spaans|marokkaan*|eritree*|syrier*|nigeriaan*|indiaas|indiase|chinees|chinese|vietnam*',
    'migrant|migrants|polish|romanian|bulgarian|ukrainian|hungarian|filipino|portuguese|spanish|moroccan|eritrean|syrian|nigerian|indian|chinese|vietnamese|foreign workers',
  ],
};
