/**
 * Chat abbreviations and contractions (Dutch and English together), keyed by the token as typed
 * (lower case, apostrophes removed: "can't" → "cant"). A key maps to the words it stands for.
 * Keys are not skeletons on purpose: "uur" must not become "ur" (your). Data, not logic: extend it
 * when real chats show new forms.
 */
export const SLANG: Readonly<Record<string, readonly string[]>> = {
  // Dutch
  k: ['ik'],
  ikke: ['ik'],
  kzit: ['ik', 'zit'],
  kben: ['ik', 'ben'],
  kwil: ['ik', 'wil'],
  kga: ['ik', 'ga'],
  kheb: ['ik', 'heb'],
  kmoet: ['ik', 'moet'],
  kweet: ['ik', 'weet'],
  kdenk: ['ik', 'denk'],
  kmag: ['ik', 'mag'],
  kzie: ['ik', 'zie'],
  kword: ['ik', 'word'],
  kwordt: ['ik', 'word'],
  hy: ['hij'],
  mn: ['mijn'],
  zn: ['zijn'],
  dr: ['haar'],
  t: ['het'],
  m: ['hem'],
  da: ['dat'],
  nie: ['niet'],
  ni: ['niet'],
  nx: ['niks'],
  ff: ['even'],
  w8: ['wacht'],
  w8en: ['wachten'],
  zsm: ['zo', 'snel', 'mogelijk'],
  mss: ['misschien'],
  wss: ['waarschijnlijk'],
  idd: ['inderdaad'],
  gwn: ['gewoon'],
  wrm: ['waarom'],
  wnr: ['wanneer'],
  wa: ['wat'],
  egt: ['echt'],
  tog: ['toch'],
  ns: ['eens'],
  vd: ['van', 'de'],
  ipv: ['in', 'plaats', 'van'],
  // English
  cant: ['can', 'not'],
  cannot: ['can', 'not'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  wont: ['will', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  hes: ['he', 'is'],
  shes: ['she', 'is'],
  theyre: ['they', 'are'],
  theyve: ['they', 'have'],
  its: ['it', 'is'],
  u: ['you'],
  ur: ['your'],
  r: ['are'],
  ya: ['you'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
  rn: ['right', 'now'],
  '2nite': ['tonight'],
  '2night': ['tonight'],
  tonite: ['tonight'],
  '2day': ['today'],
  b4: ['before'],
  pls: ['please'],
  plz: ['please'],
  plis: ['please'],
  pliz: ['please'],
  thx: ['thanks'],
  thnx: ['thanks'],
  tnx: ['thanks'],
  thanx: ['thanks'],
  ty: ['thank', 'you'],
  kms: ['kill', 'myself'],
  idk: ['i', 'do', 'not', 'know'],
  coz: ['because'],
  cuz: ['because'],
  bc: ['because'],
  bf: ['boyfriend'],
  gf: ['girlfriend'],
  ppl: ['people'],
  sum1: ['someone'],
  some1: ['someone'],
  no1: ['no', 'one'],
};

/**
 * The table as a map, asked once or twice for every word of every message (normalise.ts
 * `readTokens`). A property lookup with a word just cut from a message first finds the word in
 * V8's table of property names, then in the object's dictionary: on the bench's 2,000-character
 * message that was about three times the map's lookup (round 47, issue 11). A map also has no
 * inherited names: `SLANG[word]` answered "constructor" with a function, the tokenizer threw, and
 * the screen read the whole message as unreadable (round 45).
 */
const SLANG_BY_WORD: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(SLANG));

/** The longest key: a longer word (most of a message's) is no key, and is not looked up. */
const LONGEST_KEY = Math.max(...Object.keys(SLANG).map((key) => key.length));

/** The words `word` stands for, or undefined: a key of the table itself only. */
export function slangOf(word: string): readonly string[] | undefined {
  return word.length > LONGEST_KEY ? undefined : SLANG_BY_WORD.get(word);
}
