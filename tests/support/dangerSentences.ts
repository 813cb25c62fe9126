/**
 * Sentences whose danger reading the dialog tests build on; each test asserts the band it needs in
 * its beforeAll. Kept in one place because a retrained model can move one across a threshold: then
 * one sentence is replaced here, not the same one in several tests.
 */

/** Acute to the screen, but only just (below FIRM_SCORE): shouting "sometimes" is no danger now. */
export const TENTATIVE = 'hij werkt op een kwekerij en de baas schreeuwt soms tegen hem';
/** Acute and firm: the phone taken and not allowed to go home. */
export const FIRM = 'de baas heeft zijn telefoon afgepakt en hij mag niet weg';
/** Calm facts of the story. */
export const CALM = 'hij is 19';
/** In the unsure band alone, naming no danger situation and nothing distancing it; a statement of fear (safety19: "ze durft niet naar huis te gaan" went to 0.505, over `sure`). */
export const FEAR = 'ze durft niet terug naar haar kamer';
