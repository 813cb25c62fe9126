import { SafetyScreen } from '../../src/safety/screen';

// Read and compiled once per test file (jest gives each file its own modules), not once per bot or
// server start: loading the models costs about half a second each time, which made a file that starts
// a bot per message take minutes. The screen keeps nothing between messages, so the bots and servers
// of one file cannot see each other through it.
let shared: SafetyScreen | undefined;

export function testScreen(): SafetyScreen {
  shared ??= new SafetyScreen();
  return shared;
}
