import { emptyTriage, rememberFacts, triageForStatistics, triageSummarySchema } from '../../../src/triage/summary';

describe('conversation memory', () => {
  it('keeps every told fact, the latest told value wins, and an untold one never erases', () => {
    let summary = rememberFacts(emptyTriage(), { aboutWhom: 'other', relation: 'child' });
    summary = rememberFacts(summary, { age: 15, minor: true });
    summary = rememberFacts(summary, { municipality: 'Westland', region: 'Haaglanden', relation: null, age: undefined });
    expect(summary.facts).toEqual({
      aboutWhom: 'other',
      relation: 'child',
      minor: true,
      minorGuessed: false,
      age: 15,
      municipality: 'Westland',
      region: 'Haaglanden',
    });
    summary = rememberFacts(summary, { age: 16, minor: true });
    expect(summary.facts.age).toBe(16);
  });

  it('keeps a told age over a later reading of under or over 18 without an age', () => {
    let summary = rememberFacts(emptyTriage(), { aboutWhom: 'self', age: 38, minor: false });
    summary = rememberFacts(summary, { minor: true });
    expect(summary.facts).toMatchObject({ age: 38, minor: false });
    expect(summary.minorInvolved).toBe(false);
    summary = rememberFacts(summary, { age: 16, minor: true });
    expect(summary.facts).toMatchObject({ age: 16, minor: true });
  });

  it('fills in the triage answers the facts settle', () => {
    const summary = rememberFacts(emptyTriage(), { minor: true, documentsHeld: true, municipality: 'Middelburg' });
    expect(summary).toMatchObject({ minorInvolved: true, documentsHeld: true, region: 'zeeland', role: null });
    expect(summary.signals).toContain('minor_involved');
    expect(rememberFacts(emptyTriage(), { relation: 'neighbour' }).role).toBe('other');
  });

  it('keeps an explicit choice of role over a later reading', () => {
    const summary = rememberFacts({ ...emptyTriage(), role: 'professional' }, { aboutWhom: 'other' });
    expect(summary.role).toBe('professional');
    expect(summary.facts.aboutWhom).toBe('other');
  });

  it('lets a role read from an earlier message follow what a later message shows of the writer', () => {
    let summary = rememberFacts(emptyTriage(), { aboutWhom: 'other', relation: 'pupil' });
    expect(summary.role).toBe('other');
    summary = rememberFacts(summary, { aboutWhom: 'professional' });
    expect(summary.role).toBe('professional');
    // Still a professional when the next message only reads as about someone else.
    summary = rememberFacts(summary, { aboutWhom: 'other' });
    expect(summary.role).toBe('professional');
    // "It is about me, actually."
    expect(rememberFacts(rememberFacts(emptyTriage(), { aboutWhom: 'other' }), { aboutWhom: 'self' }).role).toBe('self');
  });

  it('does not change a read role for a relation named in passing', () => {
    const summary = rememberFacts(rememberFacts(emptyTriage(), { aboutWhom: 'self' }), { relation: 'sibling' });
    expect(summary.role).toBe('self');
  });

  it('keeps only the municipality, never the place as the citizen wrote it', () => {
    const summary = rememberFacts(emptyTriage(), { place: 'bij de kassen in Honselersdijk', municipality: 'Westland' });
    expect(JSON.stringify(summary)).not.toContain('Honselersdijk');
  });

  it('reads a summary stored before facts were kept as "nothing told" (additive shape)', () => {
    const { facts: _facts, ...old } = emptyTriage();
    expect(triageSummarySchema.parse(old).facts).toEqual({
      aboutWhom: null,
      relation: null,
      minor: null,
      minorGuessed: null,
      age: null,
      municipality: null,
      region: null,
    });
  });

  it('reads facts stored before the guess was kept apart with the guess unknown (additive shape)', () => {
    const { minorGuessed: _guessed, ...facts } = rememberFacts(emptyTriage(), { minor: true }).facts;
    expect(triageSummarySchema.parse({ ...emptyTriage(), facts }).facts.minorGuessed).toBeNull();
  });

  it('keeps a guessed minor apart from a told one; what was told wins over a later guess (fit30)', () => {
    let summary = rememberFacts(emptyTriage(), { aboutWhom: 'other', minor: true, minorGuessed: true });
    expect(summary.facts).toMatchObject({ minor: true, minorGuessed: true });
    expect(summary.minorInvolved).toBe(true);
    // Told later: no longer a guess, whichever way.
    expect(rememberFacts(summary, { age: 19, minor: false }).facts).toMatchObject({ minor: false, minorGuessed: false, age: 19 });
    expect(rememberFacts(summary, { minor: true, minorGuessed: false }).facts).toMatchObject({ minor: true, minorGuessed: false });
    // A message that tells nothing of age leaves the guess as it was.
    expect(rememberFacts(summary, { municipality: 'Roermond' }).facts.minorGuessed).toBe(true);
    // An adult reading without an age after the guess (someone else in the story): the guess stays.
    expect(rememberFacts(summary, { minor: false }).facts).toMatchObject({ minor: true, minorGuessed: true });
    // An adult told, then a guess of a look: the told adult stays.
    summary = rememberFacts(emptyTriage(), { aboutWhom: 'other', minor: false });
    expect(rememberFacts(summary, { minor: true, minorGuessed: true }).facts).toMatchObject({ minor: false, minorGuessed: false });
  });

  it('leaves the municipality and the exact age out of the copy kept for statistics', () => {
    const summary = rememberFacts(emptyTriage(), { age: 15, minor: true, municipality: 'Westland', region: 'Haaglanden' });
    expect(triageForStatistics(summary)?.facts).toEqual({
      aboutWhom: null,
      relation: null,
      minor: true,
      minorGuessed: false,
      region: 'Haaglanden',
    });
    expect(triageForStatistics(null)).toBeNull();
  });
});
