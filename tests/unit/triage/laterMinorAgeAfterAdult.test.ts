import { emptyTriage, rememberFacts } from '../../../src/triage/summary';
import { factsInStory } from '../../../src/triage/factsInStory';

/** A parent's story of a daughter told to be 21. */
const daughterOf21 = () => rememberFacts(emptyTriage(), { aboutWhom: 'other', relation: 'child', age: 21, minor: false });

describe('a later age under 18 in the story of an adult (fit50)', () => {
  it('said of a group or in general does not replace the adult age told', () => {
    const before = daughterOf21();
    const told = factsInStory(before, { age: 13, minor: true }, 'ik dacht dat zoiets alleen meisjes van 13 overkwam');
    expect(told).toEqual({});
    expect(rememberFacts(before, told).facts).toMatchObject({ age: 21, minor: false });
  });

  it('said of the person, of one more person of the story or of the writer still counts', () => {
    expect(factsInStory(daughterOf21(), { age: 17, minor: true }, 'sorry, ik vergiste me, ze is 17')).toEqual({ age: 17, minor: true });
    expect(factsInStory(daughterOf21(), { age: 14, minor: true }, 'haar vriend heeft ook een zusje van 14 bij zich')).toEqual({
      age: 14,
      minor: true,
    });
    expect(factsInStory(daughterOf21(), { age: 15, minor: true }, 'eigenlijk gaat het om mij, ik ben 15')).toMatchObject({ age: 15 });
  });

  it('before any adult age was told, a group of minors is told as before', () => {
    const before = rememberFacts(emptyTriage(), { aboutWhom: 'other' });
    expect(factsInStory(before, { age: 15, minor: true }, 'er werken jongens van 15 in die wasstraat')).toEqual({ age: 15, minor: true });
  });
});
