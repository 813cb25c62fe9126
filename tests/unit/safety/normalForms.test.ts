/**
 * The normal forms of one message's reading (safety/normalise.ts `withNormalForms`): each text is
 * normalised once while a reading lasts, to the same form as outside one, and nothing is
 * remembered after it (a citizen's words do not outlive the reading).
 */
import { normaliseText, plainWords, withNormalForms } from '../../../src/safety/normalise';

const TEXT = 'Mijn nicht moet haar paspoort afgeven aan haar baas en krijgt geen loon.';
const OTHER = 'Ze zegt: „Ik mag níet weg” — dziękuję';

/** How often `String.prototype.normalize` (the first step of a normal form) runs during `work`. */
function normalisations(work: () => void): number {
  const spy = jest.spyOn(String.prototype, 'normalize');
  try {
    work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('withNormalForms', () => {
  it('gives the normal form made outside a reading', () => {
    const outside = [TEXT, OTHER, ''].map((t) => [normaliseText(t), plainWords(t)]);
    const inside = withNormalForms(() => [TEXT, OTHER, ''].map((t) => [normaliseText(t), plainWords(t), normaliseText(t), plainWords(t)]));
    expect(inside).toEqual(outside.map(([n, p]) => [n, p, n, p]));
  });

  it('normalises each text once while a reading lasts, and returns what the work returns', () => {
    let result = '';
    const count = normalisations(() => {
      result = withNormalForms(() => {
        normaliseText(TEXT);
        plainWords(TEXT);
        normaliseText(OTHER);
        return normaliseText(TEXT);
      });
    });
    expect(count).toBe(2);
    expect(result).toBe(normaliseText(TEXT));
  });

  it('serves a reading inside a reading with the outer one', () => {
    const count = normalisations(() =>
      withNormalForms(() => {
        normaliseText(TEXT);
        withNormalForms(() => normaliseText(TEXT));
        normaliseText(TEXT);
      }),
    );
    expect(count).toBe(1);
  });

  it('remembers nothing after the reading, nor outside one', () => {
    withNormalForms(() => normaliseText(TEXT));
    expect(normalisations(() => normaliseText(TEXT))).toBe(1);
    expect(normalisations(() => (normaliseText(TEXT), normaliseText(TEXT)))).toBe(2);
    expect(normalisations(() => withNormalForms(() => normaliseText(TEXT)))).toBe(1);
  });

  it('drops its memo when the work throws', () => {
    expect(() =>
      withNormalForms(() => {
        normaliseText(TEXT);
        throw new Error('reader failed');
      }),
    ).toThrow('reader failed');
    expect(normalisations(() => normaliseText(TEXT))).toBe(1);
  });
});
