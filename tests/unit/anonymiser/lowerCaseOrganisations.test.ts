import { findLowerCaseOrganisations } from '../../../src/anonymiser/detectors/lowerCaseOrganisations';
import { found } from './helpers';

/** A small seeded generator (a linear congruential one): the same variants on every run. */
function seeded(seed: number): (n: number) => number {
  let x = seed;
  return (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
}

/** The letters of `span` in `text` all lie under some placeholder of any type (a half-masked name still leaks). */
function covered(text: string, span: string): boolean {
  const at = text.indexOf(span);
  if (at < 0) throw new Error(`"${span}" not in "${text}"`);
  const masked = found(text).map(([, s]) => [text.indexOf(s), text.indexOf(s) + s.length] as const);
  for (let i = at; i < at + span.length; i++) {
    if (/[\p{L}\p{N}]/u.test(text[i]!) && !masked.some(([a, b]) => a <= i && i < b)) return false;
  }
  return true;
}

/** The organisations the detector proposes for `text`, as written. */
function proposed(text: string): string[] {
  return findLowerCaseOrganisations(text).map((c) => text.slice(c.start, c.end));
}

describe('a business named in lower case after a bare kind word at a preposition', () => {
  const next = seeded(37);
  const kinds = ['kwekerij', 'bakkerij', 'restaurant', 'kapsalon', 'snackbar', 'camping', 'schoonmaakbedrijf', 'boomkwekerij'];
  const names = ['van der pol', 'van eijkelenburg', 'de gouden ster', "'t vosje", 'blauwvink', 'marvelo'];
  const frames: [string, string][] = [
    ['ik werk bij', 'in zevenhuizen, de baas houdt mijn loon in'],
    ['hij moet elke dag naar', 'en krijgt niks betaald'],
    ['mijn zus werkt voor', ', ze slaapt daar ook'],
    ['we slapen in een loods achter', 'want er is geen huis'],
  ];
  it.each(frames)('finds "<kind> <name>" after "%s"', (before, after) => {
    for (let n = 0; n < 6; n++) {
      const kind = kinds[next(kinds.length)]!;
      const name = names[next(names.length)]!;
      const text = `${before} ${kind} ${name} ${after}`.replace(' ,', ',');
      expect([text, covered(text, `${kind} ${name}`)]).toEqual([text, true]);
    }
  });

  it('leaves the kind word alone after an article, a possessive or an adjective, or with nothing after it', () => {
    for (const text of [
      'ik werk bij de bakkerij in zevenhuizen',
      'ik werk in mijn restaurant elke avond',
      'ze werkt in een grote kwekerij met veel mensen',
      'ik werk in hotel en ik slaap daar',
      'ik werk in fabriek, baas pakt mijn paspoort',
      'hij slaapt op camping sinds maart',
      'ik heb in restaurant gewerkt',
      'ik werk bij kwekerij van de baas',
      'pracuje u agencji ktora zabiera pieniadze',
    ])
      expect(proposed(text)).toEqual([]);
  });

  it('keeps fixed phrases with a bare kind word: school, office, practice', () => {
    expect(proposed('ze moet na school naar huis')).toEqual([]);
    expect(proposed('hij zit op kantoor de hele dag')).toEqual([]);
    expect(proposed('in praktijk werkt dat anders')).toEqual([]);
  });
});

describe('a business named in lower case by a closing kind word or legal form', () => {
  it.each([
    ['hij werkt via noordkaap personeelsdiensten sinds januari', 'noordkaap personeelsdiensten'],
    ['ik werk voor swift logistics in venlo', 'swift logistics'],
    ['we komen via blauwe reiger staffing noord', 'blauwe reiger staffing noord'],
    ['ze werkt bij zeeland logistiek en slaapt in een caravan', 'zeeland logistiek'],
    ['het contract is van marendo bemiddeling b.v., kvk onbekend', 'marendo bemiddeling b.v.'],
  ])('finds it in "%s"', (text, business) => {
    expect(covered(text, business)).toBe(true);
  });

  it('leaves a noun phrase of the sentence alone', () => {
    for (const text of [
      'my son works in cannabis farms near the border',
      'he was used for drug transport to Belgium',
      'hoe herken je uitbuiting bij huishoudelijk personeel',
      'she goes to a cleaning company every day',
    ])
      expect(proposed(text)).toEqual([]);
  });

  it.each([
    ['mijn broer werkt voor tarvek montagebau gmbh in kleve', 'tarvek montagebau gmbh'],
    ['zatrudnia nas agencja pracy morwa sp. z o.o. z opola', 'morwa sp. z o.o.'],
    ['lucrez la danubia tranzit s.r.l. de doi ani', 'danubia tranzit s.r.l.'],
  ])('finds the words before a lower-case legal form in "%s"', (text, business) => {
    expect(covered(text, business)).toBe(true);
  });

  it('stops before a naming verb', () => {
    expect(proposed('het bedrijf heet korvan bouw bv')).toEqual(['korvan bouw bv']);
  });
});

describe('a school in lower case after a preposition and an article', () => {
  it.each([
    ['ze zit op het van lodenstein college in amersfoort', 'van lodenstein college'],
    ['mijn zoon zit op het rijnmondlyceum', 'rijnmondlyceum'],
    ['hij zit bij mij op het vlietcollege west', 'vlietcollege west'],
  ])('finds it in "%s"', (text, school) => {
    expect(covered(text, school)).toBe(true);
  });

  it('leaves any school of a kind alone', () => {
    expect(proposed('ze zit op het christelijk college in de stad')).toEqual([]);
    expect(proposed('he is at the college every day')).toEqual([]);
  });
});

describe('a chain, bank or telephone company in lower case', () => {
  it.each([
    ['ik werk bij de kruidvat in het centrum', 'kruidvat'],
    ['ze hebben een rekening bij bunq geopend', 'bunq'],
    ['hij stuurt het geld via western union naar lagos', 'western union'],
    ['er staan abonnementen op mijn naam bij odido', 'odido'],
  ])('finds it in "%s"', (text, chain) => {
    expect(proposed(text)).toContain(chain);
  });

  it('leaves a chain that is a dictionary word and a chain without article or preposition alone', () => {
    expect(proposed('ik werk bij de action in venlo')).toEqual([]);
    expect(proposed('een pakketje van postnl is zoek')).toEqual([]);
    expect(proposed('kruidvat heeft korting')).toEqual([]);
  });
});
