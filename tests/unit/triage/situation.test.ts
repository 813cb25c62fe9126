import { lostContactAfterCall, tellsOfGroup } from '../../../src/triage/situation';

describe('a story about a group', () => {
  it('reads a plural person noun after a count, a quantifier, an article or "there are" as a group', () => {
    for (const text of [
      'Bij ons in de straat wonen zeker 12 Poolse arbeiders in één huis',
      'binnen zaten vier jonge vrouwen op matrassen',
      'elke ochtend komt er een busje dat mannen ophaalt',
      'there are workers sleeping in the barn',
      'the girls never leave the house alone',
    ])
      expect(tellsOfGroup(text)).toBe(true);
  });

  it('does not read one person, or the writer’s own family, as a group', () => {
    for (const text of [
      'Mijn buurman werkt 14 uur per dag',
      'een meisje van 15 wordt elke dag opgehaald',
      'Mijn kinderen zijn veilig',
      'my sister works there',
    ])
      expect(tellsOfGroup(text)).toBe(false);
  });
});

describe('someone who asked for help and cannot be reached', () => {
  it('needs both the call for help and the lost contact, in Dutch or English', () => {
    expect(lostContactAfterCall('my friend abroad sent me a message asking for help and now I cannot reach her')).toBe(true);
    expect(lostContactAfterCall('Mijn nicht in Polen appte me "help me" en nu neemt ze niet meer op')).toBe(true);
    expect(lostContactAfterCall('she asked for help last week, since then her phone is off')).toBe(true);
    expect(lostContactAfterCall('ik kan mijn zus niet bereiken')).toBe(false);
    expect(lostContactAfterCall('she asked me for help with her contract')).toBe(false);
  });
});
