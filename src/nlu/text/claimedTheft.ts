/**
 * A theft said of the person as a threat or an accusation, not as what they are made to do: "he says
 * I stole money", "she will tell the police I steal", "mówi że ktoś ukradł pieniądze", "zegt dat ik
 * heb gestolen". A boss who keeps a worker by the threat of a false charge is a labour story (or a
 * sexual one); the theft word alone read as an act of crime beside the work (ADR 0006 round 43).
 *
 * One pattern: a verb of saying, telling or accusing, then the theft within a few words in the same
 * sentence. An order in between ("he says I must steal") is the act and stays one: the caller keeps
 * a theft that an obligation is told with (text/obligedActs.ts). Dutch, English and the languages
 * labour migrants write in, in Latin letters and in Cyrillic; written from the developer's knowledge
 * of these languages, not from tuning lines. Phrase syntax: src/nlu/text/concepts.ts.
 */

/** Said, told, claimed or accused, in the present, past or future. */
const SAYING = [
  'zegt|zei|zeggen|zeiden|vertelt|vertellen|vertel|beschuldigt|beschuldigen|beschuldigde|beweert|beweren|roept',
  'say|says|said|tell|tells|told|accuse|accuses|accused|accusing|claim|claims|claimed|report|reports',
  'mowi|mowia|powie|powiedzial|oskarza|oskarzyl|spune|zice|a zis|acuza|казва|каже|кажуть|говорит|говорят|скажет|обвиняет',
  'dice|dicen|dira|acusa|diz|dizem|vai dizer|acusa|soyluyor|diyor|mondja|azt mondta',
].join('|');

/** The theft said: steal, stole, stolen. */
const THEFT =
  'steal|steals|stealing|stole|stolen|thief|stelen|steelt|gestolen|dief|ukradl*|ukradla|ukradlem|kradnie|ukrasc|a furat|am furat|furat|hot|крал*|украл*|вкрав*|вкрала|крадец|robo|robado|robaste|ladron|roubou|roubado|ladrao|calmis|caldi|hirsiz|lopott|tolvaj';

export const CLAIMED_THEFT_LEXICON: Readonly<Record<'claimed_theft', readonly string[]>> = {
  claimed_theft: [`${SAYING} ~6 ${THEFT}`],
};
