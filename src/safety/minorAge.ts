/**
 * A child read by structure (round 36, minor36, issue 10). The `minor` lexicon (situations.ts) hits
 * on a number told beside "jaar", "jr", "van" and on words such as jongen, meisje, girl or daughter,
 * whatever the age: over the tuning sets it fired on 354 messages labelled adult ("al 2 jaar zie ik
 * haar", "Cliënte (24 jr)", "een Bulgaarse jongen van 20", "2 jaar terug"), so the danger and fact
 * models could only half-use it. Here a hit stays a child only where it is one:
 *
 * - a number hit is an age under 18, not a duration ("al 2 jaar", "sinds 3 jaar", "2 jaar geleden /
 *   lang / terug", "for 2 years", "years ago") and not an age of 18 or over;
 * - a word hit counts only without an adult age beside it ("jongen van 20", "dochter (25)", "a 19
 *   year old girl"); the nearest age told beside the word decides, so "mijn zoon van 15 en zijn
 *   vriend van 20" keeps its child.
 *
 * Dropped hits are no situation at all (not a negated one): nothing is denied, no child was told.
 * Over the reader's hits and tokens as written (nlu/text/analyse.ts), so the danger model, the fact
 * models (both read `s:minor` through reader.ts) and the screen's reasons see the same.
 */
import type { ConceptHit } from '../nlu/text/concepts';
import type { TextAnalysis } from '../nlu/text/analyse';
import type { SituationConcept } from './situations';

/** The age of majority. */
const ADULT_AGE = 18;
/** An age beyond this is no one's (a year, an amount). */
const OLDEST = 110;
/** The highest number of a school class (groep 8, grade 12, year 13). */
const LAST_CLASS = 13;
/** Tokens after a minor word within which the age told of that person stands ("jongen van 20", "girl aged 19"). */
const AFTER_WORD = 5;
/** Tokens before a minor word within which its age stands ("20 jarige jongen", "a 19 year old girl"). */
const BEFORE_WORD = 3;

/** A number at the start of a token: "24", "19yearold", "15jarige". */
const LEADING_NUMBER = /^(\p{N}+)/u;
/**
 * Words after a number that make it an age, Dutch and English and the age words of the other
 * languages' `minor` pattern (otherLanguageSituations.ts: "17 ani", "16 yasinda", "15 sala", "١٦ سنة").
 */
const AGE_AFTER =
  /^(?:jaar|jr|jarig|jarige|jaren|year|years|yr|yrs|yo|old|jaaroud|yearold|yearsold|yasinda|yasında|yas|lat|lata|letnia|letni|ani|anos|años|anios|eves|godini|godina|godishna|godishen|godishno|години|годишна|годишен|лет|роки|років|rokiv|let|sanah|sal|sala|sale|3am|3ame|ans|anni|gadus|gadi|metu|metai|jir|sano|سال|سنة|سنين|عام|عاما)$/u;
/** Words between a person and the number that make the number their age ("jongen van 20", "girl aged 19"). */
const AGE_LINK = /^(?:van|is|was|wordt|werd|aged|age|of|die|who|ca|circa|ongeveer|about|around)$/u;
/**
 * Before a number of years: a stretch of time, not an age ("al 2 jaar", "sinds 3 jaar", "ruim 4 jaar",
 * "voor 2 jaar", "na 5 jaar", "for 2 years", "over 3 years", "the last 2 years"). "van" is not among
 * them: "een meisje van 15" is an age.
 */
const DURATION_BEFORE =
  /^(?:al|sinds|ruim|bijna|voor|na|over|binnen|afgelopen|laatste|vorige|komende|tijdens|gedurende|hier|daar|for|here|there|since|after|within|last|past|next|almost|nearly|during|those|these)$/u;
/** After "jaar" / "years": a stretch of time ("2 jaar geleden / lang / terug", "2 years ago / later"). */
const DURATION_AFTER =
  /^(?:geleden|lang|terug|later|eerder|daarna|daarvoor|ervoor|erna|gewerkt|getrouwd|samen|ago|earlier|before|long|married|together)$/u;
/** Units that make a number a count, an amount or a time, not an age ("van 15 euro", "van 16 uur"). */
const NOT_AN_AGE_AFTER =
  /^(?:uur|u|euro|eur|cent|procent|keer|man|mannen|mensen|personen|meiden|vrouwen|kilo|km|minuten|dagen|weken|maanden|tot|hours|hour|euros|times|people|men|women|minutes|days|weeks|months|percent|pm|am|to|until|till|oclock)$/u;

/** Arabic-Indic and Persian digits as Western ones ("١٧", "۱۵"). */
function westernDigits(digits: string): string {
  return digits.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90));
}

/**
 * The number a token starts with. A range written with a dash reaches the reader as one token
 * ("14-15 ani" as "1415", "jongetjes van 12-13"): two halves of a rising range of ages are read as
 * the lower age.
 */
function numberAt(written: readonly string[], i: number): number | null {
  const token = written[i];
  if (token === undefined) return null;
  const m = LEADING_NUMBER.exec(token);
  if (m === null) return null;
  const digits = westernDigits(m[1]!);
  const n = Number(digits);
  if (digits.length === 4 && n > OLDEST) {
    const lo = Number(digits.slice(0, 2));
    const hi = Number(digits.slice(2));
    if (lo >= 10 && hi > lo && hi - lo <= 3) return lo;
  }
  return n;
}

/** The token is a number of years told as a stretch of time. */
function isDuration(written: readonly string[], i: number): boolean {
  const before = written[i - 1];
  if (before !== undefined && DURATION_BEFORE.test(before)) return true;
  // "ruim een 2 jaar", "al bijna 2 jaar": one word more between the cue and the number.
  const twoBefore = written[i - 2];
  if (twoBefore !== undefined && DURATION_BEFORE.test(twoBefore) && before !== undefined && !AGE_LINK.test(before)) return true;
  const unit = written[i + 1];
  const after = written[i + 2];
  return unit !== undefined && /^(?:jaar|jaren|year|years|yrs)$/u.test(unit) && after !== undefined && DURATION_AFTER.test(after);
}

/** The age a number at `i` tells, or null where it is no age (a duration, an amount, a time). */
function ageAt(written: readonly string[], i: number, linked: boolean): number | null {
  const n = numberAt(written, i);
  if (n === null || n > OLDEST) return null;
  const next = written[i + 1];
  if (next !== undefined && NOT_AN_AGE_AFTER.test(next)) return null;
  if (isDuration(written, i)) return null;
  const token = written[i]!;
  const digits = LEADING_NUMBER.exec(token)![1]!.length;
  const compound = token.length > digits && AGE_AFTER.test(token.slice(digits));
  if (compound || linked || (next !== undefined && AGE_AFTER.test(next))) return n;
  return null;
}

/** The first number within the hit: the age its pattern tells, or undefined where the hit is a word. */
function numberInHit(written: readonly string[], hit: ConceptHit<SituationConcept>): number | undefined {
  for (let i = hit.start; i <= hit.end; i++) if (numberAt(written, i) !== null) return i;
  return undefined;
}

/**
 * A child's word that is another word in this place: "zo'n" reaches the reader as the skeleton of
 * "zoon" ("zo'n melding"), and English "kind of" / "kind regards" is no Dutch "kind".
 */
function notAChildWord(written: readonly string[], hit: ConceptHit<SituationConcept>): boolean {
  if (hit.start !== hit.end) return false;
  const word = written[hit.start];
  if (word === 'zon' || word === "zo'n") return true;
  const next = written[hit.start + 1];
  return word === 'kind' && next !== undefined && /^(?:of|regards)$/u.test(next);
}

/** The age told nearest a minor word: after it first ("jongen van 20"), then before it ("20 jarige jongen"). */
function ageBesideWord(analysis: TextAnalysis, hit: ConceptHit<SituationConcept>): number | null {
  const { written, sentenceOf } = analysis;
  for (let i = hit.end + 1; i <= hit.end + AFTER_WORD && i < written.length && sentenceOf[i] === hit.sentence; i++) {
    if (written[i] === '|' || written[i] === ',') break;
    if (numberAt(written, i) === null) continue;
    const linked = i > hit.end + 1 && AGE_LINK.test(written[i - 1]!);
    // "jongen 20" (a note's shorthand, "student (24)") counts as his age.
    return ageAt(written, i, linked || i === hit.end + 1);
  }
  for (let i = hit.start - 1; i >= hit.start - BEFORE_WORD && i >= 0 && sentenceOf[i] === hit.sentence; i--) {
    if (written[i] === '|' || written[i] === ',') break;
    if (numberAt(written, i) === null) continue;
    return ageAt(written, i, false);
  }
  return null;
}

/** The `minor` hits that tell a child; every other hit as it was. */
export function childrenByAge(hits: readonly ConceptHit<SituationConcept>[], analysis: TextAnalysis): ConceptHit<SituationConcept>[] {
  if (!hits.some((h) => h.concept === 'minor')) return [...hits];
  const { written } = analysis;
  return hits.filter((hit) => {
    if (hit.concept !== 'minor') return true;
    const at = numberInHit(written, hit);
    if (at !== undefined) {
      // "groep 7", "klas 2", "grade 8", "year 9": a school class, a child whatever the number.
      const before = written[at - 1];
      if (before !== undefined && /^(?:groep|klas|grade|year)$/u.test(before)) return (numberAt(written, at) ?? OLDEST) <= LAST_CLASS;
      const age = ageAt(written, at, before !== undefined && AGE_LINK.test(before));
      return age !== null && age < ADULT_AGE;
    }
    if (notAChildWord(written, hit)) return false;
    const age = ageBesideWord(analysis, hit);
    return age === null || age < ADULT_AGE;
  });
}
