/**
 * Being held told in the English progressive ("he is locking her in"), round 48 (calm48): the
 * reader named no situation in it, so a confinement told of now rested on the model's score alone.
 */
import { testReader } from '../../support/reader';

const reader = testReader();
const situations = (text: string) =>
  reader
    .readForDanger(text)
    .situations.filter((h) => !h.negated)
    .map((h) => h.concept);

describe('held, told in the English progressive', () => {
  it.each(['he is locking her in', 'they are locking us up in the room at night', 'he keeps shutting her in the basement'])(
    '%p is confined',
    (text) => {
      expect(situations(text)).toContain('confined');
    },
  );

  it.each(['he is locking the door of the shop', 'he keeps shutting her up when she talks'])('%p is not', (text) => {
    expect(situations(text)).not.toContain('confined');
  });

  it('a negated progressive is taken back', () => {
    expect(
      reader
        .readForDanger('he is not locking her in')
        .situations.filter((h) => h.concept === 'confined')
        .every((h) => h.negated),
    ).toBe(true);
  });
});
