import { emptyTriage, rememberFacts } from '../../../src/triage/summary';
import type { TriageSummary } from '../../../src/triage/summary';
import { withoutWritersOwnAge } from '../../../src/triage/writersAge';

function aboutDaughterOf15(): TriageSummary {
  return rememberFacts(emptyTriage(), { aboutWhom: 'other', relation: 'child', age: 15, minor: true });
}

describe("the writer's own age is not the age of the person the worry is about", () => {
  it("keeps the daughter's age when the writer later says how old they are", () => {
    const before = aboutDaughterOf15();
    const told = withoutWritersOwnAge(before, { aboutWhom: 'self', age: 47, minor: false }, 'ik ben 47 en ik weet niet wat ik moet doen');
    expect(told).toEqual({});
    const after = rememberFacts(before, told);
    expect(after.facts).toMatchObject({ aboutWhom: 'other', relation: 'child', age: 15, minor: true });
  });

  it('moves the age to the writer when the worry turns out to be their own', () => {
    const before = aboutDaughterOf15();
    const told = { aboutWhom: 'self' as const, age: 19, minor: false };
    expect(withoutWritersOwnAge(before, told, 'eigenlijk gaat het over mij, ik ben 19')).toEqual(told);
  });

  it("keeps another person's age said beside the writer's own", () => {
    const before = aboutDaughterOf15();
    const told = { aboutWhom: 'other' as const, age: 14, minor: true };
    expect(withoutWritersOwnAge(before, told, 'ik ben 45 en haar zusje is 14')).toEqual(told);
  });

  it('keeps an age under 18 (the help for a minor is the safe side) and reads a relation named alone as no worry about someone else', () => {
    const told = { aboutWhom: 'self' as const, age: 16, minor: true };
    expect(withoutWritersOwnAge(aboutDaughterOf15(), told, 'ik ben 16')).toEqual(told);
    const motherNamed = rememberFacts(emptyTriage(), { relation: 'parent' });
    const adult = { aboutWhom: 'self' as const, age: 19, minor: false };
    expect(withoutWritersOwnAge(motherNamed, adult, 'ik ben 19')).toEqual(adult);
  });

  it("keeps the writer's age when the conversation is about the writer", () => {
    const told = { aboutWhom: 'self' as const, age: 19, minor: false };
    expect(withoutWritersOwnAge(rememberFacts(emptyTriage(), { aboutWhom: 'self' }), told, 'ik ben 19')).toEqual(told);
  });
});
