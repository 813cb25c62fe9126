import { withAgeTheFactsMissed } from '../../../src/triage/toldAge';

describe('ages told in passing that the fact reader leaves open', () => {
  it('reads the answer to "how old", the writer\'s own age and "N years"', () => {
    expect(withAgeTheFactsMissed({}, 'ik vroeg hoe oud hij was en hij zei 16, heel zachtjes')).toEqual({ age: 16, minor: true });
    expect(withAgeTheFactsMissed({}, 'een andere medewerker zei toen ik vroeg hoe oud ze is: 16')).toEqual({ age: 16, minor: true });
    expect(withAgeTheFactsMissed({ aboutWhom: 'self' }, 'Goedemiddag. ik ben een man van 58 uit heerenveen')).toEqual({
      aboutWhom: 'self',
      age: 58,
      minor: false,
    });
    expect(withAgeTheFactsMissed({}, 'hi. i am from eritrea, 19 years. i have status since 1 year')).toEqual({ age: 19, minor: false });
  });

  it('does not take a time for an age', () => {
    expect(withAgeTheFactsMissed({}, 'ik werk hier al 2 jaar')).toEqual({});
    expect(withAgeTheFactsMissed({}, 'I worked 5 years in Poland')).toEqual({});
    expect(withAgeTheFactsMissed({}, 'it started 3 years ago')).toEqual({});
  });

  it('takes a guess that the person looks a child as under 18, without an age', () => {
    expect(
      withAgeTheFactsMissed({ aboutWhom: 'other', minor: false }, 'man van rond de 40 met een meisje, zij zag eruit als 14 15 max'),
    ).toEqual({
      aboutWhom: 'other',
      minor: true,
    });
  });

  it('leaves an age the facts already have', () => {
    expect(withAgeTheFactsMissed({ age: 15, minor: true }, 'hij zei 16 jaar')).toEqual({ age: 15, minor: true });
  });
});
