/**
 * Round 39 (roleq39): a person the writer says the worry is not about ("it's not about my family or
 * anything", "het gaat niet om mijn zus maar om mij") tells no bystander's story; the models, reading
 * the relation word, took such a line for one.
 */
import { roleSaid, worryAboutAnother } from '../../../src/nlu/facts/writerRole';
import { factsOfMessage as facts } from '../../support/facts';
import { normaliseText } from '../../../src/safety/normalise';

const other = { aboutWhom: { aboutWhom: 'other' as const, score: 0.9 } };

describe('a person the worry is said not to be about', () => {
  it.each([
    "hey. not sure this is the right place because it's not about my family or anything",
    'hoi, het gaat niet over mijn familie of zo',
  ])('%p reads no role and no relation', (text) => {
    const read = facts(text, { ...other, relation: { relation: 'parent', score: 0.9 } });
    expect(read.aboutWhom).toBeUndefined();
    expect(read.relation).toBeUndefined();
    expect(roleSaid(normaliseText(text))).toBeNull();
    expect(worryAboutAnother(normaliseText(text))).toBe(false);
  });

  it('"… maar om mij" is the writer’s own', () => {
    const read = facts('het gaat niet om mijn zus maar om mij', { ...other, relation: { relation: 'sibling', score: 0.9 } });
    expect(read.aboutWhom).toBe('self');
    expect(read.relation).toBeUndefined();
  });

  it('"… but about her friend" is someone else’s still, whose relation is not the denied one', () => {
    const read = facts('het gaat niet om mijn zus maar om haar vriendin', { ...other, relation: { relation: 'sibling', score: 0.9 } });
    expect(read.aboutWhom).toBe('other');
    expect(read.relation).toBeUndefined();
  });

  it('a relation said without a denial stays', () => {
    expect(roleSaid(normaliseText("it's about my sister"))).toBe('other');
    expect(roleSaid(normaliseText('het gaat eigenlijk over mijn zus'))).toBe('other');
    const read = facts('het gaat niet om mij maar om mijn zus', { ...other, relation: { relation: 'sibling', score: 0.9 } });
    expect(read.aboutWhom).toBe('other');
    expect(read.relation).toBe('sibling');
  });
});

// Round 40 (ownq40): the person the writer wants their step kept from is not the one the worry is
// about either; a person named beside it still is.
describe('a person the writer keeps their step from', () => {
  it.each(['yo kan ik hier ff iets vragen zonder dat t naar me ouders gaat', 'can I talk here without my parents finding out?'])(
    '%p reads no role and no relation',
    (text) => {
      const read = facts(text, { ...other, relation: { relation: 'parent', score: 0.9 } });
      expect(read.aboutWhom).toBeUndefined();
      expect(read.relation).toBeUndefined();
    },
  );

  it('keeps the person the worry is about, named beside it', () => {
    const read = facts('Mijn zus werkt voor niks in een salon. Kan ik melden zonder dat mijn ouders het weten?', {
      ...other,
      relation: { relation: 'sibling', score: 0.9 },
    });
    expect(read.aboutWhom).toBe('other');
    expect(read.relation).toBe('sibling');
  });
});
