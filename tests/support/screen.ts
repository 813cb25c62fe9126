import { loadModelBundle, type ModelBundle } from '../../src/nlu/model/bundle';
import { SafetyScreen } from '../../src/safety/screen';
import { testReader } from './reader';

// Read and compiled once per jest module registry (a test file, or a whole directory's group), not
// once per bot or server start: loading the models costs about half a second each time, which made a
// file that starts a bot per message take minutes. The screen keeps nothing between messages, so the
// bots and servers of one file cannot see each other through it. Its reader is the shared one
// (reader.ts), its bundle the shipped one of testBundle.
let shared: SafetyScreen | undefined;
let sharedBundle: ModelBundle | undefined;

/** The shipped model bundle, compiled once (round 41): the tests read it and never change it. */
export function testBundle(): ModelBundle {
  sharedBundle ??= loadModelBundle();
  return sharedBundle;
}

export function testScreen(): SafetyScreen {
  shared ??= new SafetyScreen(testBundle(), testReader());
  return shared;
}

/**
 * The two halves of a suicide-wording test: each of `suicidal` gets 113 at once (suicidal and
 * acute), each of `notSuicidal` gets no 113.
 */
export function describeSuicideWording(screen: SafetyScreen, suicidal: readonly string[], notSuicidal: readonly string[]): void {
  describe('suicidal thoughts get 113 at once', () => {
    it.each(suicidal)('%p', (text) => {
      const danger = screen.assess(text);
      expect(danger.suicidal).toBe(true);
      expect(danger.level).toBe('acute');
    });
  });
  describe('the same words without a wish to die get no 113', () => {
    it.each(notSuicidal)('%p', (text) => {
      expect(screen.assess(text).suicidal).toBe(false);
    });
  });
}
