/**
 * "I want to end it" said beside the means in hand (suicideFrames.ts END_IT): in Polish and other
 * languages the words of ending it are the same as for ending a job, so only pills, a rope or a blade
 * beside them, or a goodbye, make them suicidal thoughts. Sentences written for this test.
 */
import { testReader } from '../../support/reader';
import { testScreen } from '../../support/screen';

const reader = testReader();
const worded = (text: string) =>
  reader.readForDanger(text).situations.some((h) => (h.concept === 'suicide_direct' || h.concept === 'suicide_indirect') && !h.negated);

describe('ending it with the means beside it', () => {
  it.each([
    'Cały dzień myślę, że chcę z tym skończyć, mam tabletki od sąsiadki',
    'mam już tabletki, chyba chcę to zakończyć',
    'vreau sa termin, am pastile in geanta',
    'quiero terminar con esto, tengo pastillas guardadas',
  ])('%p is worded as a suicidal thought', (text) => {
    expect(worded(text)).toBe(true);
  });

  it.each(['chcę skończyć z tym kontraktem i wrócić do domu', 'Tengo que terminar con esto del contrato'])(
    '%p (ending a job) is not',
    (text) => {
      expect(worded(text)).toBe(false);
    },
  );

  it('gets 113 from the screen', () => {
    const screen = testScreen();
    const danger = screen.assess('Od tygodnia nie śpię. Chcę z tym skończyć, mam tabletki w torbie');
    expect(danger.level).toBe('acute');
    expect(danger.suicidal).toBe(true);
  });
});
