import { referralsFor, referralsForUnread } from '../../../src/triage/nextSteps';
import { regionOf } from '../../../src/triage/regions';
import { emptyTriage } from '../../../src/triage/summary';

describe('regionOf', () => {
  it('finds the Zeeland municipalities in free text, however written', () => {
    expect(regionOf('Middelburg')).toBe('zeeland');
    expect(regionOf('het is in noord beveland')).toBe('zeeland');
    expect(regionOf('Schouwen-Duiveland!')).toBe('zeeland');
    expect(regionOf('ZEELAND')).toBe('zeeland');
  });

  it('leaves Tholen (Brabant approach) and other places without a regional route', () => {
    expect(regionOf('Tholen')).toBeNull();
    expect(regionOf('Utrecht')).toBeNull();
    expect(regionOf('Goesting')).toBeNull();
  });

  it('still routes every place the former hand list knew', () => {
    const former = [
      'zeeland',
      'borsele',
      'goes',
      'hulst',
      'kapelle',
      'middelburg',
      'noord-beveland',
      'reimerswaal',
      'schouwen-duiveland',
      'sluis',
    ];
    const formerTowns = [
      'terneuzen',
      'veere',
      'vlissingen',
      'zierikzee',
      'yerseke',
      'axel',
      'oostburg',
      'kruiningen',
      'domburg',
      'westkapelle',
    ];
    for (const place of [...former, ...formerTowns, 'arnemuiden', 'sas van gent', 'kamperland'])
      expect([place, regionOf(place)]).toEqual([place, 'zeeland']);
  });

  it('routes villages and neighbourhoods by their municipality, and Tholen’s villages with Tholen', () => {
    expect(regionOf('we wonen in Kamperland')).toBe('zeeland');
    expect(regionOf('oost souburg')).toBe('zeeland');
    expect(regionOf('bij Kruiningen')).toBe('zeeland');
    expect(regionOf('Sint-Maartensdijk')).toBeNull();
    expect(regionOf('Tholen, in Zeeland')).toBeNull();
    expect(regionOf('ergens in zeeland')).toBe('zeeland');
    expect(regionOf('Naaldwijk')).toBeNull();
  });
});

describe('referralsFor', () => {
  const base = { ...emptyTriage() };
  it('puts 112 first when there is acute danger and adds 113 for suicidal thoughts', () => {
    expect(referralsFor({ ...base, acute: true, suicidal: true }).slice(0, 3)).toEqual(['emergency', 'suicide', 'veilig_thuis']);
  });
  it('adds the labour routes for labour exploitation, victim support for victims, and the Zeeland coordinator by region', () => {
    expect(referralsFor({ ...base, form: 'labour_exploitation', role: 'other', region: null })).toEqual([
      'labour_inspectorate',
      'veilig_thuis',
      'fairwork',
      'police',
      'anonymous_tip',
      'comensha',
    ]);
    expect(referralsFor({ ...base, role: 'self', region: 'zeeland' })).toEqual([
      'veilig_thuis',
      'police',
      'anonymous_tip',
      'comensha',
      'victim_support',
      'zeeland_coordinator',
    ]);
  });
  it('names the labour routes for a story with two signals of work even when another form was read', () => {
    const work = { ...base, form: 'sexual_exploitation' as const, role: 'self' as const };
    expect(referralsFor({ ...work, signals: ['excessive_hours', 'underpaid'] })).toEqual(
      expect.arrayContaining(['labour_inspectorate', 'fairwork']),
    );
    expect(referralsFor({ ...work, signals: ['excessive_hours'] })).not.toContain('labour_inspectorate');
  });
  it('sends a minor to Veilig Thuis, the police and school, not to the adult workers routes first', () => {
    const minor = { ...base, form: 'labour_exploitation' as const, role: 'other' as const, facts: { ...base.facts, minor: true } };
    expect(referralsFor(minor)).toEqual(['veilig_thuis', 'labour_inspectorate', 'police', 'anonymous_tip', 'school']);
    const pupil = { ...base, form: 'criminal_exploitation' as const, role: 'professional' as const, facts: { ...base.facts, minor: true } };
    expect(referralsFor(pupil)).toEqual(['veilig_thuis', 'police', 'anonymous_tip', 'youth_care', 'comensha']);
  });

  // Round 38: the word signal `minor_involved` ("2 kids", "take care of the children") points, it does not tell.
  it('takes no minor from the word signal alone where the facts are kept: the routes fit both until the age is told', () => {
    const nanny = { ...base, form: 'labour_exploitation' as const, role: 'self' as const, minorInvolved: true };
    expect(referralsFor(nanny)).toEqual([
      'labour_inspectorate',
      'veilig_thuis',
      'fairwork',
      'police',
      'anonymous_tip',
      'comensha',
      'victim_support',
    ]);
    expect(referralsFor({ ...nanny, facts: { ...base.facts, minor: true } })).toContain('school');
    // A summary without facts (older records) still reads the signal.
    const { facts: _facts, ...withoutFacts } = nanny;
    expect(referralsFor(withoutFacts)).toContain('school');
  });
  it("names the school's care for a pupil or classmate of any age (an MBO student of 18 too), not for another adult", () => {
    const student = { ...base, form: 'criminal_exploitation' as const, role: 'professional' as const };
    expect(referralsFor({ ...student, facts: { ...base.facts, minor: false, relation: 'pupil' as const } })).toContain('youth_care');
    const friend = { ...base, form: 'sexual_exploitation' as const, role: 'other' as const };
    expect(referralsFor({ ...friend, facts: { ...base.facts, minor: null, relation: 'classmate' as const } })).toContain('school');
    expect(referralsFor({ ...friend, facts: { ...base.facts, minor: false, relation: 'sibling' as const } })).not.toContain('school');
  });
  it("names no child's school route for the pupil of a language school or a university, unless a minor is told (round 38)", () => {
    const teacher = { ...base, form: 'labour_exploitation' as const, role: 'professional' as const, adultsSchool: true };
    expect(referralsFor({ ...teacher, facts: { ...base.facts, relation: 'pupil' as const } })).not.toContain('youth_care');
    expect(referralsFor({ ...teacher, facts: { ...base.facts, relation: 'pupil' as const, minor: true } })).toContain('youth_care');
  });
  it('offers CoMensha when trafficking is suspected for anyone not known to be a minor, whoever writes', () => {
    const adult = { ...base, form: 'sexual_exploitation' as const, role: 'other' as const };
    expect(referralsFor({ ...adult, facts: { ...base.facts, minor: false, relation: 'sibling' as const } })).toContain('comensha');
    // A customer or a passer-by saw it: the victim still needs the route.
    expect(referralsFor({ ...adult, facts: { ...base.facts, minor: false, relation: 'stranger' as const } })).toContain('comensha');
    expect(referralsFor({ ...adult, facts: { ...base.facts, minor: null, relation: 'sibling' as const } })).toContain('comensha');
    expect(referralsFor({ ...adult, facts: { ...base.facts, minor: true, relation: 'sibling' as const } })).not.toContain('comensha');
  });

  it('offers CoMensha before the form is clear only for a known adult who is not a stranger', () => {
    const unclear = { ...base, role: 'other' as const };
    expect(referralsFor({ ...unclear, facts: { ...base.facts, minor: false, relation: 'friend' as const } })).toContain('comensha');
    expect(referralsFor({ ...unclear, facts: { ...base.facts, minor: false, relation: 'stranger' as const } })).not.toContain('comensha');
    expect(referralsFor({ ...unclear, facts: { ...base.facts, minor: null, relation: 'friend' as const } })).not.toContain('comensha');
  });

  it('offers CoMensha to a professional, also about a minor', () => {
    expect(referralsFor({ ...base, form: 'sexual_exploitation', role: 'professional', minorInvolved: true })).toContain('comensha');
  });
});

describe('referralsForUnread (a story in a language the bot cannot read)', () => {
  const base = { ...emptyTriage() };
  it('names 112 and 113 first, and the routes of work and of victims, since the form is not known', () => {
    expect(referralsForUnread(base)).toEqual([
      'emergency',
      'suicide',
      'labour_inspectorate',
      'veilig_thuis',
      'fairwork',
      'police',
      'anonymous_tip',
      'comensha',
    ]);
  });
  it('keeps what was understood: a writer telling about themselves also gets victim support', () => {
    expect(referralsForUnread({ ...base, role: 'self' })).toContain('victim_support');
  });
  it("names a minor's routes (school) beside the labour and victims' routes, never instead: a fact read from unread words may be wrong", () => {
    const minor = referralsForUnread({ ...base, facts: { ...base.facts, minor: true } });
    expect(minor).toEqual(['emergency', 'suicide', 'labour_inspectorate', 'veilig_thuis', 'police', 'anonymous_tip', 'school', 'comensha']);
  });
});
