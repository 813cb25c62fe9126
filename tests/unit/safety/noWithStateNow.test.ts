/**
 * A "no" that tells the writer's state now (src/safety/noWithStateNow.ts, round 39): where the writer
 * is, nothing done, not hurt, no plan, in Dutch and English; not a "no" to something else, a "no"
 * with a turn or a "not yet" after it, not safe said, or someone beside the writer. Sentences written
 * for this test.
 */
import { answersNoWithStateNow, leavesNothingOpen } from '../../../src/safety/noWithStateNow';

describe('answersNoWithStateNow', () => {
  it.each([
    'nee, ik zit gewoon thuis op de bank',
    'nee nu ben ik op mijn kamer, de deur is dicht',
    'nee hoor, ben al op mn werk',
    'nee ik heb niks gedaan, ik lig in bed te lezen',
    'nee ik ga niets doen vannacht',
    'nee, ik ben niet gewond',
    'nee geen plan, ik ben alleen moe',
    "no, I'm back home now with my sister",
    'no I am at school now, the teacher is here',
    "no I haven't done anything, I was only talking",
    'no i am not hurt, only scared',
    "no I don't have a plan, I just needed to say it",
    'Sorry no, I am in my room now',
  ])('hears the state now in "%s"', (text) => {
    expect(answersNoWithStateNow(text)).toBe(true);
  });

  it.each([
    // A "no" to something else: nothing of the writer's state now.
    'nee wij hebben die 2000 euro niet',
    'nee ze mag niet naar de huisarts van hem',
    'no we do not know the address',
    // A turn or a later time after the answer.
    'nee ik heb niks gedaan, maar het gaat niet weg',
    'no plan but I think about it all day',
    'no I did not do anything. not yet',
    'nee ik heb nog niks gedaan, ik zit thuis',
    // Not safe said, or someone beside the writer who keeps them from talking.
    'nee ik zit thuis maar ik ben niet veilig',
    'nee niet nu, hij staat naast me, ik zit thuis',
    // No "no" at the start: a state told as a story may be the danger going on.
    'ik zit thuis voor als ze terugkomt',
    'I am at home, he locked the door',
    // A question.
    'is ze nu thuis?',
  ])('does not in "%s"', (text) => {
    expect(answersNoWithStateNow(text)).toBe(false);
  });
});

describe('leavesNothingOpen: an age after "maar" is no turn (round 47, dcheck47)', () => {
  it.each(['nee maar ze is pas 15', 'nee, maar hij is 16 jaar', 'no but she is 15'])('%p leaves nothing open', (text) => {
    expect(leavesNothingOpen(text)).toBe(true);
  });

  it.each(['nee maar hij komt vanavond', 'nee maar 15 mannen', 'nee maar ze is er nog', 'nee maar ze is pas 15 en hij haalt haar op'])(
    '%p keeps the moment open',
    (text) => {
      expect(leavesNothingOpen(text)).toBe(false);
    },
  );
});
