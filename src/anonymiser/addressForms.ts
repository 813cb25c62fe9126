/**
 * "ze noemen haar mama Grace", "I live with Uncle Sunday", "de man anh Tuan", "patronum Mehmet abi":
 * a kin or respect word said with a name, without a possessive before it, is part of what the person
 * is called, so it goes under the same placeholder. After a possessive or article it is the relation
 * the reader needs ("mijn tante [NAAM-1]") and stays. Formal titles ("meneer", "Mrs.", "Dr.") go under
 * the placeholder too since round 51: until then they stayed outside for the reader ("mevrouw [NAAM-1]"),
 * but most separate writers mark the title as part of the name (sets ZE and ZG: "mevrouw Rosaria",
 * "Mr. Daniel"), so a supervisor reading "mevrouw [NAAM-1]" sees what those writers count as half a name,
 * and the title tells the person's gender, which in a small community helps to point someone out.
 */
import { tokenize } from './text';
import type { Candidate } from './types';

/**
 * Words said before a name as part of it, in the chat's languages (folded). Round 51 added the familiar
 * and religious forms of address of more communities: Dutch and Surinamese "oma", "opa" and "broer"
 * said as a name ("ik ben oma …", "namens broer …"), Moroccan and Arabic "haj", "hajja", "sidi",
 * "lalla", West African "alhaji", "pastor", Portuguese "dona", "seu", Spanish "don", "doña", Romanian
 * "nea", "tanti", Tagalog "tita", "lolo". Formal titles stay out (see above), and so do words of a
 * job ("zuster Ingrid" the nurse, "juf Marieke").
 */
const BEFORE: ReadonlySet<string> = new Set(
  `mama mami mamma mummy mommy mum mom papa papi baba auntie aunty tante tantine tata tatie tati tia tio uncle
  oom nonkel madam madame mamie boss oga big anh chi em co ba ong chu di bac ate kuya manang manong ninang
  mamá papá tía tío zia zio ciocia wujek
  oma opa omi opi broer
  haj hajj hadj hadji hajja hadja l7aj l7aja hajji sidi lalla sheikh cheikh shaikh alhaji alhaja mallam
  pastor pastoor dominee imam ustaz ustadh
  dona doña seu senhor senhora don señor senor señora senora nea tanti tita tito lola lolo`.split(/\s+/),
);

/**
 * Formal titles said before a name, with or without a full stop ("Mr. Daniel", "mevr. De Wit", "dhr
 * Jansen"). Not job words ("zuster Ingrid", "juf Marieke", "dokter"): those say what the person does,
 * which the reader needs.
 */
const TITLES: ReadonlySet<string> = new Set('meneer mevrouw mevr mw mvr dhr heer mr mrs ms miss mister dr'.split(' '));

/**
 * Respect words said after a name (Turkish, Persian, Japanese, Hindi and Urdu): "Mehmet abi", "Ayşe
 * abla", "Raj bhai", "Sunita didi".
 */
const AFTER: ReadonlySet<string> = new Set(
  'abi abla bey hanim hanım agha jan khanum san hoca efendi bhai bhaiya didi sahab saab'.split(' '),
);

/**
 * A word that is said with a name as part of it and is no name by itself: a conversation does not
 * learn it as the person ("a dona é dona Cida": the first "dona" is the owner, not Cida).
 */
export function isAddressForm(key: string): boolean {
  return BEFORE.has(key) || AFTER.has(key) || TITLES.has(key);
}

/**
 * A possessive or article before the word makes it the relation, not the name. Not "haar"/"her":
 * as often the object of a naming verb ("ze noemen haar mama Grace") as a possessive.
 */
const OWNERS: ReadonlySet<string> = new Set(
  `mijn m'n mn me je jouw zijn z'n zn d'r hun onze ons uw de het een die deze my your his their our the a an
  ma mon sa ta mi su tu moja moj jego`.split(/\s+/),
);

function gapIsSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ') return false;
  return to > from;
}

/** A title's gap to the name: spaces, after one full stop or none ("Mr. Daniel", "dhr Jansen"). */
function titleGap(text: string, from: number, to: number): boolean {
  return text[from] === '.' ? gapIsSpace(text, from + 1, to) : gapIsSpace(text, from, to);
}

/** The name spans among `found`, each widened over a kin or respect word said as part of it. */
export function withAddressForms(text: string, found: Candidate[]): Candidate[] {
  if (!found.some((c) => c.type === 'NAAM')) return found;
  const tokens = tokenize(text);
  return found.map((c) => {
    if (c.type !== 'NAAM') return c;
    let { start, end } = c;
    const first = tokens.findIndex((t) => t.start === c.start);
    const before = first > 0 ? tokens[first - 1] : undefined;
    const owner = first > 1 ? tokens[first - 2] : undefined;
    const said =
      before !== undefined &&
      ((BEFORE.has(before.key) && gapIsSpace(text, before.end, c.start)) ||
        (TITLES.has(before.key) && titleGap(text, before.end, c.start)));
    if (before !== undefined && said) {
      const owned = owner !== undefined && OWNERS.has(owner.key) && gapIsSpace(text, owner.end, before.start);
      if (!owned && !found.some((o) => o !== c && o.end > before.start && o.start < c.start)) start = before.start;
    }
    const last = tokens.findIndex((t) => t.end === c.end);
    const after = last >= 0 ? tokens[last + 1] : undefined;
    if (
      after !== undefined &&
      AFTER.has(after.key) &&
      gapIsSpace(text, c.end, after.start) &&
      !found.some((o) => o !== c && o.start < after.end && o.end > c.end)
    )
      end = after.end;
    return start === c.start && end === c.end ? c : { ...c, start, end };
  });
}
