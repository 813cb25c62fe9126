/**
 * Under 18 told, or only guessed. "Mijn dochter van 15", "ze zit in de tweede klas", "minderjarig"
 * tell it; "ze ziet er uit als 16", "looks maybe 16", "like 15 or 16", "een jonge jongen" guess it
 * from how the person looks. The writers of the labelled sets leave such a guess unlabelled (the
 * labelling guide: under 18 "said or clearly implied"), and a counsellor who reads "the person is
 * under 18" in the summary takes it for told. The guess still counts for safety (the help for a
 * minor comes), but it is kept apart (`ToldFacts.minorGuessed`) and said as a guess.
 */

/** Where the "under 18" of a message was read from (facts.ts `extractFacts`). */
export type MinorSource = 'cue' | 'range' | 'estimate' | 'school' | 'model';

/**
 * Words of guessing and of looks: "maybe", "about", "I think", "looks", "lijkt", "ziet er … uit",
 * "schat", "een jaar of". Normalised text without apostrophes.
 */
const GUESS_FRAME =
  /\b(?:maybe|perhaps|probably|possibly|about|around|roughly|approx\w*|like|looks?|looked|looking|seems?|seemed|appears?|appeared|could be|might be|must be|think|guess|id say|misschien|mogelijk|waarschijnlijk|vermoedelijk|ongeveer|circa|rond|rond de|zon|een jaar of|lijkt|lijken|leek|leken|ziet er|zien er|zag er|zagen er|eruit|uitziet|uitzien|uitzag|oogt|ogen|oogde|denk|dacht|schat\w*|gok\w*|hooguit|hoogstens|at most)\b/;

/** "young" and its Dutch forms, and looking or seeming young: the model's minor from these alone is a guess. */
const YOUNG = /\b(?:jong|jonge|jonger|jongere|jeugdig\w*|young|younger|youngish|youthful|baby ?face|babyface)\b/;

/**
 * Words that name a child or a school-age person outright: with one of them the model's minor is
 * read from who the person is, not from how they look.
 */
const CHILD =
  /\b(?:kind\w*|child\w*|kid|kids|dochter\w*|zoon\w*|daughter\w*|sons?|tiener\w*|teen\w*|puber\w*|scholier\w*|leerling\w*|pupil\w*|student\w*|nichtje|neefje|zusje|broertje|kleindochter|kleinzoon|grandchild\w*|granddaughter|grandson|baby|peuter|kleuter|minderjarig\w*|underage|minor|minors|klas\w*|school\w*|brugklas)\b/;

/** The oldest guessed age that still says "under 18" beyond doubt: a look is off by a year or two. */
const CLEARLY_UNDER_18 = 15;

/** A child named outright: "kinderen", "a child", "kids", "mijn dochter" (not "girl" or "jongen", said of young adults too). */
const CHILD_TOLD =
  /\b(?:kind|kinderen|kindje|kindjes|child|children|kid|kids|dochter\w*|zoon\w*|daughter\w*|sons?|basisschool\w*|primary school)\b/;

/** The text of the clause before `at` (back to a sentence or clause mark), at most `span` characters. */
function clauseBefore(plain: string, at: number, span = 40): string {
  const lead = plain.slice(Math.max(0, at - span), at);
  const cut = Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf('!'), lead.lastIndexOf('?'));
  return cut < 0 ? lead : lead.slice(cut + 1);
}

/**
 * Whether an "under 18" read from `source` is only the writer's guess. `at`: where its words stand
 * (the minor word or the range of ages), for a guess said right before them in the same clause, and
 * the oldest age guessed where one is.
 */
export function minorIsGuess(plain: string, source: MinorSource, at?: { from: number; to: number; age?: number }): boolean {
  // "ik schat ze 14", "een jaar of 10 a 12": a guess this far under 18 leaves no doubt that the
  // person is a minor (the labelled sets call it one; a guess of 16 they leave open).
  if (at?.age !== undefined && at.age <= CLEARLY_UNDER_18) return false;
  // "Het zijn kinderen. 12, 13 misschien", "a child, maybe 10": a child named outright is under 18
  // told, only the exact age is guessed.
  if (source !== 'model' && source !== 'school' && CHILD_TOLD.test(plain)) return false;
  switch (source) {
    // "maybe 16", "looks like 15", "een jaar of 14": the estimate is itself a guess.
    case 'estimate':
      return true;
    // "ze lijkt minderjarig", "looks underage", "like 15 or 16", "ik schat 14-15": a look or a guess
    // before the words in their clause. ("tussen de 12 en 14 jaar" of a class, "minderjarig": told.)
    case 'cue':
    case 'range':
      if (at === undefined) return false;
      return GUESS_FRAME.test(`${clauseBefore(plain, at.from)} ${plain.slice(at.from, at.to)}`);
    // A school told is a fact of the person's life.
    case 'school':
      return false;
    // The model reads "een jonge jongen", "a young girl", "ze ziet er jong uit" as under 18: from
    // the look alone, with no child, school or minor word in the message, that is a guess.
    case 'model':
      return YOUNG.test(plain) && !CHILD.test(plain);
  }
}
