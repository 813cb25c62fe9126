/**
 * Help on its way or there, told by the citizen (src/safety/helpComing.ts, round 39), in Dutch and
 * English; not a call weighed, planned, not made, or a question. Sentences written for this test.
 */
import { tellsHelpComing } from '../../../src/safety/helpComing';

describe('tellsHelpComing', () => {
  it.each([
    'gebeld, ze komen eraan',
    'De politie is er nu, ik sta buiten',
    'ambulance komt eraan, hij ligt op de bank',
    'agenten zijn er heen. ik wacht hier',
    'politie is onderweg. moet ik blijven?',
    'ok the police are on their way',
    'ambulance is coming, thank you',
    'the police came and they talked to her',
  ])('hears help coming in "%s"', (text) => {
    expect(tellsHelpComing(text)).toBe(true);
  });

  it.each([
    'ok ik bel nu de politie',
    'moet ik de politie bellen?',
    'als de politie komt, wat gebeurt er dan',
    'komt de politie hier?',
    'if the police come, will they arrest me',
    'ik heb de politie nog niet gebeld',
    'the police are not coming, they said it is not urgent',
    'ze komen eraan, de mannen van de baas',
    'ambulance is gebeld',
  ])('does not in "%s"', (text) => {
    expect(tellsHelpComing(text)).toBe(false);
  });
});
