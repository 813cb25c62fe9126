import { keepSettledRole } from '../../../src/triage/settledRole';
import { emptyTriage, rememberFacts } from '../../../src/triage/summary';
import { normaliseText } from '../../../src/safety/normalise';

/** A conversation whose writer's role is known and whose story is told (a form read). */
const settled = (role: 'self' | 'other' | 'professional') => ({
  ...rememberFacts(emptyTriage(), { aboutWhom: role }),
  form: 'labour_exploitation' as const,
});
const keep = (before: ReturnType<typeof settled>, told: Parameters<typeof keepSettledRole>[1], text: string) =>
  keepSettledRole(before, told, normaliseText(text));

describe('a settled role', () => {
  it.each([
    ['other', 'professional', 'ze zegt dat ze met klanten mee moet naar een hotel'],
    ['other', 'self', 'ik ben zelf pas 19, moet ik dit aan haar moeder vertellen?'],
    ['professional', 'self', 'will I get in trouble at my work if I call?'],
    ['self', 'other', 'my colleague says nothing can be done'],
  ] as const)('of %p is not changed to %p by %p, which only speaks inside the story', (role, read, text) => {
    const told = keep(settled(role), { aboutWhom: read, age: 19 }, text);
    expect(told).toEqual({ age: 19 });
  });

  it.each([
    ['other', 'self', 'sorry, eigenlijk gaat het om mij'],
    ['other', 'self', "honestly it's about me"],
    ['self', 'other', 'het gaat over mijn nichtje, niet over mij'],
    ['other', 'professional', 'ik ben haar mentor op school'],
    ['other', 'professional', "I'm her teacher, by the way"],
  ] as const)('of %p changes to %p where the message says so: %p', (role, read, text) => {
    expect(keep(settled(role), { aboutWhom: read }, text)).toEqual({ aboutWhom: read });
  });

  it("is not settled before a story is told: a first question may turn out to be the writer's own", () => {
    const asked = rememberFacts(emptyTriage(), { aboutWhom: 'other', relation: 'partner' });
    expect(keepSettledRole(asked, { aboutWhom: 'self' }, 'ik ben 15 en hij is 21')).toEqual({ aboutWhom: 'self' });
  });
});
