import { MessageReader } from '../../src/nlu/model/reader';

// One reader per jest module registry (a test file, or a whole directory's group): building one
// compiles every lexicon's matchers, 0.2–0.8 s each time, and some files built one per test (round
// 41). What a reader gives is a function of the text alone (its memo, and the language guess kept
// with each reading since round 50, answer what detectLanguageDetail answers), so the tests sharing it
// cannot see each other through it.
let shared: MessageReader | undefined;

export function testReader(): MessageReader {
  shared ??= new MessageReader();
  return shared;
}
