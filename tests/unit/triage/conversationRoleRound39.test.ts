/**
 * Round 39 (roleq39), the writer's role over the conversation: a bystander's role guessed and never
 * borne out in words is turned by the writer's own story told in words; someone of the writer's
 * life named inside the writer's own story, with only their age, where they are or what they know,
 * does not turn it to theirs.
 */
import type { RoleReading } from '../../../src/triage/conversationRole';
import type { Role } from '../../../src/triage/summary';
import { play, reading } from '../../support/roleTally';

describe('a bystander’s role only guessed', () => {
  it('turns to the writer’s own once their story is told in words', () => {
    const roles = play([
      [reading('nu staan er rare bedragen op rekeningen van mensen die ik niet ken', { told: { aboutWhom: 'other' } }), 'other'],
      [
        reading('die gast wil nu dat ik nog een rekening open. hij zegt dat ik hem geld schuldig ben', { told: { aboutWhom: 'self' } }),
        'other',
      ],
    ]);
    expect(roles).toEqual(['other', 'self']);
  });

  it('stays where a bystander was borne out in words (a relation named)', () => {
    const roles = play([
      [
        reading('mijn zus werkt in een nagelsalon en de baas houdt haar paspoort', { told: { aboutWhom: 'other', relation: 'sibling' } }),
        'other',
      ],
      [reading('hij zegt dat ik hem geld schuldig ben als ik iets zeg', { told: { aboutWhom: 'self' } }), 'other'],
    ]);
    expect(roles).toEqual(['other', 'other']);
  });
});

describe('someone of the writer’s life inside the writer’s own story', () => {
  it('one line of the writer’s work is no story of their own: a story of another after it turns the conversation', () => {
    const roles = play([
      [reading('Ik werk zelf bij de politie maar dit is privé', { told: { aboutWhom: 'self' }, story: false }), 'self'],
      [
        reading('Door de keukendeur zag ik een jongen afwassen, ik schat hem 14', { told: { aboutWhom: 'other', relation: 'stranger' } }),
        'other',
      ],
    ]);
    expect(roles[1]).toBe('other');
  });

  const own: [RoleReading, Role | null][] = [
    [reading('ik ben 19 en ik moet voor een gast pakketten rondbrengen', { told: { aboutWhom: 'self' } }), 'self'],
    [reading('gisteren zeiden ze dat ik hem 800 euro schuldig ben, anders komen ze langs', { told: { aboutWhom: 'self' } }), 'self'],
  ];

  it.each([
    'oke ik bel 112. mn zusje is 12, ze is thuis bij mn moeder',
    'mn moeder weet van niks en mn zusje is 6',
    'my daughter is in Poland, 8 years old',
  ])('%p does not turn it', (text) => {
    const roles = play([...own, [reading(text, { told: { aboutWhom: 'other', relation: 'sibling' } }), 'other']]);
    expect(roles).toEqual(['self', 'self', 'self']);
  });

  it.each([
    'mijn zusje moet nu ook voor hem werken',
    'ik maak me zorgen om mijn zusje, ze wordt ook bedreigd',
    'het gaat eigenlijk over mijn zus',
  ])('%p, a telling of them, is read as theirs', (text) => {
    const roles = play([...own, [reading(text, { told: { aboutWhom: 'other', relation: 'sibling' } }), 'other']]);
    expect(roles[2]).not.toBe('self');
  });
});
