/** `npm run eval:nlu` leaves the blind sets out unless asked (bench/support/blindOption.ts). */
import { blindWanted } from '../../../bench/support/blindOption';

describe('blind sets in an eval run', () => {
  it('are left out by default and with --no-blind', () => {
    expect(blindWanted([])).toBe(false);
    expect(blindWanted(['--set', 'tests/eval/nlu-dev-ac.jsonl', '--lines', '1-100'])).toBe(false);
    expect(blindWanted(['--no-blind'])).toBe(false);
    expect(blindWanted(['--json', '--verbose'])).toBe(false);
  });

  it('are scored with --blind, unless --no-blind is also given', () => {
    expect(blindWanted(['--blind'])).toBe(true);
    expect(blindWanted(['--json', '--blind'])).toBe(true);
    expect(blindWanted(['--blind', '--no-blind'])).toBe(false);
  });
});
