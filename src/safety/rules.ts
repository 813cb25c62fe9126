/**
 * The safety screen's rules as data. Policy (agreed with the domain notes):
 * - Acute danger = danger to someone's life or safety now or tonight: being hit, threatened with
 *   death or a weapon, locked up or held, kidnapped, a child about to be handed over; a writer who
 *   says they cannot get away. First-person present-tense violence or confinement counts even
 *   without "now": the writer is living it.
 * - Third-person ongoing situations ("her boss hits her") need an immediacy cue to count.
 * - Past events and general or hypothetical questions do not count, unless "now", "still" or
 *   "tonight" says the danger is current.
 * Strong rules (weight 1) decide alone; cues add up with modifiers to 1.
 * Syntax of the patterns: see patterns.ts. Concept sets: lexicon.ts.
 */
export type RuleKind = 'danger' | 'suicide';

export interface RuleDef {
  readonly id: string;
  readonly kind: RuleKind;
  /** 1 decides alone; cues below 1 add up with each other and with modifiers. */
  readonly weight: number;
  readonly patterns: readonly string[];
  /** The writer speaks about themself: a "what if" frame does not silence it. */
  readonly firstPerson?: boolean;
  /** A word just before the match or inside its gaps that changes its sense ("werd", "voel", "ik"). */
  readonly blockedAfter?: readonly string[];
}

const PAST_OR_FEELING = ['werd', 'werden', 'was', 'waren', 'had', 'hadden', 'were', 'voel', 'voelt', 'feel', 'feels', 'zich'];
const ME_HOLD = 'keep|keeps|keeping|kept|holding|hold|held';

export const RULES: readonly RuleDef[] = [
  {
    id: 'danger.violence_me',
    kind: 'danger',
    weight: 1,
    firstPerson: true,
    patterns: [
      '@harm_present ~2 @me_obj',
      '@me_obj ~2 @harm_present',
      'doet|doen ~1 @me_obj ~1 pijn',
      'he|she|they|hij|zij|ze ~2 hurting|hurts|hurt ~1 @me_obj',
      'laat ~1 @me_obj ~1 los',
      'let ~1 go ~1 of ~1 @me_obj',
      'get ~1 off ~1 @me_obj',
      'stop ~1 @harm_ing ~1 @me_obj',
    ],
  },
  {
    id: 'danger.violence_passive_me',
    kind: 'danger',
    weight: 1,
    firstPerson: true,
    patterns: [
      '@me_subj ~1 word|wordt|worden ~3 @harm_pp',
      '@me_subj ~1 am|are ~2 being|getting ~1 @harm_pp',
      '@me_subj ~1 am|are ~2 being|getting ~1 held|kept|locked|trapped',
    ],
  },
  { id: 'danger.violence_just_now', kind: 'danger', weight: 1, patterns: ['net|zojuist|just ~5 @harm_pp'] },
  {
    id: 'danger.violence_ongoing',
    kind: 'danger',
    weight: 1,
    patterns: [
      'is|are ~1 @harm_ing ~2 @person_any',
      'is|are ~1 being ~1 @harm_pp',
      'is|are ~1 being ~1 held|kept ~2 captive|hostage|prisoner|against|in|inside',
    ],
  },
  {
    id: 'danger.confined_me',
    kind: 'danger',
    weight: 1,
    firstPerson: true,
    blockedAfter: PAST_OR_FEELING,
    patterns: [
      '@me_subj ~4 @confined_pp',
      '@me_subj ~4 locked ~1 in|up|inside|away|into',
      'sluit|sluiten ~2 @me_obj ~4 op',
      'houden|houdt|houd|hou ~2 @me_obj ~4 vast',
      '@me_obj ~3 opgesloten|vastgehouden|gevangengehouden',
      '@me_obj ~2 locked ~1 in|up|inside|away',
      'lock|locks|locking|locked ~2 @me_obj ~2 in|up|inside|away|into',
      `${ME_HOLD} ~1 @me_obj ~3 locked|inside|prisoner|captive|hostage|against`,
      '@me_subj ~3 held ~2 captive|hostage|prisoner|against',
      'against ~1 my|our ~1 will',
      'tegen ~1 mijn|onze ~1 wil',
    ],
  },
  {
    id: 'danger.cannot_leave_me',
    kind: 'danger',
    weight: 1,
    firstPerson: true,
    patterns: [
      '@me_subj ~2 kan|kunnen|mag|mogen ~3 niet|nergens ~3 @leave_word',
      'kan|mag|kunnen|mogen ~1 @me_subj ~2 niet|nergens ~3 @leave_word',
      '@me_subj ~1 can|could|am|are|allowed|may ~2 not ~3 @leave_word_en',
      'laat|laten ~1 @me_obj ~2 niet ~2 gaan|weg|vertrekken|buiten|eruit',
      'not ~1 let ~1 @me_obj ~2 go|leave|out',
    ],
  },
  {
    id: 'danger.confined',
    kind: 'danger',
    weight: 1,
    blockedAfter: PAST_OR_FEELING,
    patterns: [
      '@confined_pp',
      'locked ~1 in|up|inside|away|into',
      'sluit|sluiten|opsluiten ~2 @person_any ~4 op',
      'houden|houdt|houd ~2 @person_any ~4 vast',
      'lock|locks|locking ~2 @person_any ~2 in|up|inside|away|into',
      `${ME_HOLD} ~2 @person_any ~3 locked|captive|hostage|prisoner|against`,
    ],
  },
  {
    id: 'danger.threat_to_kill',
    kind: 'danger',
    weight: 1,
    patterns: [
      '@person_any ~3 @kill_verb',
      '@kill_verb ~2 @person_any',
      'maak|maakt|maken ~1 @person_any ~2 dood|af',
      '@person_any ~1 dood ~2 maken|schieten|steken',
      'dreigen|dreigt|dreigde|threaten|threatens|threatening ~3 dood|kill|vermoord*|murder',
      'wil|wilt|willen|wants|want ~1 @person_any ~2 dood|dead',
      'schiet|schieten ~2 @person_any ~2 neer|dood',
      'doodsbedreiging*|death ~1 threat*',
      'bedreigd|bedreigen|dreigt|dreigen ~2 met ~2 dood',
    ],
  },
  {
    id: 'danger.fear_for_life',
    kind: 'danger',
    weight: 1,
    firstPerson: true,
    patterns: ['bang|scared|afraid|vrees|fear ~2 voor|for ~1 mijn|my|ons|our|haar|her|zijn|his ~1 leven|life|lives'],
  },
  {
    id: 'danger.weapon',
    kind: 'danger',
    weight: 1,
    patterns: [
      'heeft|hebben|has|have|got|holding|houdt|met|with|zwaait|zwaaien|waving|pulled|trekt|points|pointing|richt|wijst|draagt|carries|carrying ~3 @weapon',
      '@weapon ~3 op|on|tegen|against|naar|at|to ~2 @person_any|keel|hoofd|throat|head',
    ],
  },
  {
    id: 'danger.in_danger',
    kind: 'danger',
    weight: 1,
    patterns: [
      'ben|is|zijn|am|are|zit|zitten|loopt|lopen ~3 in ~1 @danger_word',
      'levensgevaar|levensgevaarlijk',
      'acuut|acute|direct|onmiddellijk|immediate|serious|ernstig|groot ~1 gevaar|danger',
    ],
  },
  {
    id: 'danger.send_help',
    kind: 'danger',
    weight: 1,
    patterns: [
      'kun|kunnen|kan ~1 jullie|je|u ~4 politie|112|ambulance|hulp|iemand ~2 bellen|sturen|langssturen',
      'can|could|please ~1 you|someone ~2 call|send|get ~3 police|112|911|help|someone|ambulance|cops',
      'stuur|send ~2 politie|police|hulp|help|iemand|someone|ambulance|cops',
      'bel|call ~2 112|911|politie|police|ambulance ~1 voor|for ~1 @me_obj|haar|her|hem|him',
    ],
  },
  {
    id: 'suicide.wish_to_die',
    kind: 'suicide',
    weight: 1,
    firstPerson: true,
    patterns: [
      '@me_subj ~2 wil|wilt|willen ~3 dood|sterven|doodgaan',
      '@me_subj ~3 want|wish ~2 die|dead',
      'beter ~1 dood',
      'better ~1 off ~1 dead',
    ],
  },
  {
    id: 'suicide.no_will_to_live',
    kind: 'suicide',
    weight: 1,
    firstPerson: true,
    patterns: [
      'wil|wilt ~3 niet ~1 meer ~2 leven|bestaan',
      'wil|wilt ~2 niet ~1 meer ~1 zijn|hier ~1 .',
      'not ~1 want ~2 live|alive|exist',
      'not ~1 want ~2 be ~1 here|alive ~1 anymore',
      'no ~1 reason ~1 to ~1 live',
      'geen ~1 zin ~3 leven',
      'zie ~1 het ~1 niet ~1 meer ~1 zitten',
      'niet ~1 meer ~1 wakker ~1 worden',
    ],
  },
  { id: 'suicide.named', kind: 'suicide', weight: 1, patterns: ['zelfmoord*|zelfdoding|suicid*'] },
  {
    id: 'suicide.self_harm',
    kind: 'suicide',
    weight: 1,
    firstPerson: true,
    patterns: [
      'mezelf|myself ~3 iets|wat|pijn ~1 aandoen|aan|doen',
      'doe|doen ~1 mezelf ~2 aan',
      'mezelf|me ~3 van ~1 kant ~1 maken',
      'mezelf|me ~3 ophangen|opknopen|doden|vermoorden|verdrinken|snijden',
      'kill|killing|hurt|hurting|cut|cutting|unalive ~1 myself',
      'end ~1 my ~1 life',
      'end ~1 it ~1 all',
      'take|taking ~1 my ~1 own ~1 life',
      'end|ending ~1 my ~1 life',
      'thinking ~2 of|about ~2 suicide|ending|killing',
      'spring|springen ~1 voor|onder ~2 trein|metro|auto',
      'jump|jumping ~2 in ~1 front ~1 of',
      'jump|jumping ~2 off|from ~2 bridge|building|roof',
      'van ~2 brug|flat|dak ~1 springen|spring',
      'spring|springen ~1 van|vanaf|off ~2 brug|flat|dak|gebouw',
      '@me_subj ~3 want|going|gonna ~2 end ~1 it',
      'einde|eind ~1 aan ~1 mijn ~1 leven',
      'einde|eind ~1 aan ~1 maken',
      'voor ~1 de ~1 trein ~1 springen',
    ],
  },
  // Cues: not decisive alone.
  {
    id: 'cue.help',
    kind: 'danger',
    weight: 0.6,
    patterns: [
      '. help|sos|mayday|hulp',
      'help ~1 @me_obj|haar|her|hem|him',
      'please|alsjeblieft|alstublieft|aub ~1 help|helpen',
      'red|save|rescue ~1 @me_obj|haar|her',
    ],
  },
  { id: 'cue.help_shout', kind: 'danger', weight: 0.4, patterns: ['help|hulp|sos ~1 !'] },
  {
    id: 'cue.fear',
    kind: 'danger',
    weight: 0.5,
    patterns: ['@me_subj ~3 @fear .', '@me_subj ~3 @fear ~1 @third_pron|voor|of', 'doodsbang|terrified|paniek|panic'],
  },
  {
    id: 'cue.coming',
    kind: 'danger',
    weight: 0.6,
    patterns: [
      '@third_pron ~2 komt|komen ~3 eraan|terug|thuis|binnen|zo',
      '@third_pron ~1 is|zijn ~1 onderweg',
      'staat|staan ~2 voor ~1 de ~1 deur',
      '@third_pron ~2 coming|comes ~2 back|home|for|after|here|now',
      'on ~1 his|her|their ~1 way',
      'at|outside ~2 the|my|our ~1 door',
      'komt|komen ~1 @me_obj ~2 halen',
    ],
  },
  {
    id: 'cue.violence_third',
    kind: 'danger',
    weight: 0.6,
    patterns: [
      '@harm_present ~2 @third_pron|@person_noun',
      'wordt|worden ~3 @harm_pp',
      '@harm_pp ~1 wordt|worden',
      'in ~1 elkaar ~1 geslagen|getrapt|geschopt|slaan|slaat',
    ],
  },
  {
    id: 'cue.screaming',
    kind: 'danger',
    weight: 0.4,
    patterns: ['gilt|gillen|schreeuwt|schreeuwen|gegil|hulpgeroep|screaming|screams|yelling'],
  },
  {
    id: 'cue.cannot_leave_third',
    kind: 'danger',
    weight: 0.6,
    patterns: [
      '@third_pron|@person_noun ~2 kan|kunnen|mag|mogen ~3 niet|nergens ~3 @leave_word',
      'laat|laten ~1 @third_pron|@person_noun ~2 niet ~2 gaan|weg|vertrekken|buiten|eruit',
      '@third_pron|@person_noun ~1 can|could|is|are|allowed ~2 not ~3 @leave_word_en',
      'not ~1 let ~1 @third_pron|@person_noun ~2 go|leave|out',
      'tegen ~1 haar|zijn|hun ~1 wil',
      'against ~1 her|his|their ~1 will',
    ],
  },
  { id: 'cue.call_emergency', kind: 'danger', weight: 0.6, patterns: ['bel|call ~2 112|911|politie|police|ambulance|cops|hulpdiensten'] },
  { id: 'cue.hiding', kind: 'danger', weight: 0.6, patterns: ['@me_subj ~3 verstop*|hiding|hide|verborgen'] },
  { id: 'cue.unsafe', kind: 'danger', weight: 0.6, patterns: ['@me_subj ~3 niet|not ~2 veilig|safe', '@me_subj ~3 onveilig|unsafe'] },
  {
    id: 'cue.minor',
    kind: 'danger',
    weight: 0.4,
    patterns: [
      '@minor',
      '@age_number ~1 @age_unit',
      'is|ben|am ~2 @age_number .|en|and|maar|but',
      '@person_noun|@minor ~1 van|of ~1 @age_number',
    ],
  },
  {
    id: 'cue.transfer',
    kind: 'danger',
    weight: 0.6,
    blockedAfter: ['ik', 'i', 'we', 'wij'],
    patterns: [
      '@person_any ~3 @transfer',
      '@transfer ~3 @person_any',
      'neemt|nemen ~1 @person_any ~4 mee',
      'brengen|brengt|gebracht|sleuren|sleurt|duwen|geduwd ~3 @person_any ~4 naar|in',
      '@person_any ~3 naar ~1 het ~1 buitenland ~1 gebracht',
    ],
  },
  { id: 'cue.client', kind: 'danger', weight: 0.4, patterns: ['met|naar|to|with|bij ~2 @client', 'seks|sex'] },
];

/** Modifiers raise the weight of cues; they never count alone. */
export const NOW_MODIFIER = {
  id: 'mod.now',
  weight: 0.4,
  patterns: [
    '@now',
    'op ~1 dit|het ~1 moment',
    'right ~1 now',
    'at ~1 the ~1 moment',
    'zo ~1 snel ~1 mogelijk',
    'nog ~1 steeds',
    'this ~1 evening|night',
  ],
} as const;
export const SHOUTING_MODIFIER = { id: 'mod.shouting', weight: 0.4 } as const;

/** The danger is current: overrides past and hypothetical framing. */
export const PRESENT_MARKERS: readonly string[] = [
  'nu',
  'meteen',
  'nog ~1 steeds|altijd',
  'op ~1 dit ~1 moment',
  'vanavond',
  'vannacht',
  'net',
  'zojuist',
  'still',
  'right ~1 now',
  'currently',
  'tonight',
  'at ~1 the ~1 moment',
  'now',
];

export const PAST_MARKERS: readonly string[] = [
  'vorig|vorige ~1 jaar|week|maand|zomer|winter|keer',
  'vroeger',
  'jaren|jaar|maanden|maand|weken ~1 geleden',
  'lang ~1 geleden',
  'destijds',
  'toen ~1 ik|ze|zij|hij|we|wij|mijn',
  'in ~1 het ~1 verleden',
  'ooit',
  'gisteren',
  'last ~1 year|week|month|summer|winter|time',
  'years|months|weeks|year|month ~1 ago',
  'long ~1 ago',
  'used ~1 to',
  'back ~1 then',
  'when ~1 i|she|he|we ~1 was|were',
  'as ~1 a ~1 child|kid',
  'als ~1 kind',
  'yesterday',
  'in ~1 the ~1 past',
  'gepleegd|pleegde|committed',
  'in ~1 @past_year',
];

export const HYPOTHETICAL_MARKERS: readonly string[] = [
  'wat|hoe|what|how ~4 als|if|wanneer|when',
  'what|how ~4 in ~1 case',
  'stel ~1 dat|je',
  'als|if|when|wanneer ~2 iemand|someone|somebody|mensen|people',
  'if|when ~1 a ~1 person',
  'is|zijn ~1 het|it ~2 gevaarlijk|dangerous|veilig|safe|strafbaar|illegal|normaal|normal',
  'hoe ~3 herken*|weet|merk|zie|signalen',
  'how ~3 know|recognise|recognize|tell|spot|signs',
  'voor ~2 school|werkstuk|spreekbeurt|profielwerkstuk|presentatie|opdracht|studie|project',
  'for ~2 school|essay|project|assignment|presentation|homework',
  'in ~1 het ~1 algemeen',
  'in ~1 general',
  'hypothetisch*|hypothetical*|theoretisch*',
  'moet|kan|mag|should|can|could|must|do ~1 ik|i ~4 bellen|call|melden|report',
  'wanneer|when ~3 bellen|call|melden|report|112',
  'hoe|how ~2 bel|bellen|call|contact|bereik|reach',
  'film|serie|boek|documentaire|movie|series|book|documentary|nieuws|news|artikel|article',
];
