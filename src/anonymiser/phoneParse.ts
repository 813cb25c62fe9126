/**
 * libphonenumber's reading of a phone number, remembered for the run: the phone detector reads each
 * number it judges, and the pseudonymiser reads it again for its comparison key, which costs as much
 * as the rest of the number's detection.
 */
import type { PhoneNumber } from 'libphonenumber-js/max';
import { RunMemo, activeMemo } from './runMemo';

type ParseNumber = typeof import('libphonenumber-js/max').parsePhoneNumberFromString;

let parseNumber: ParseNumber | undefined;

function parse(cleaned: string): PhoneNumber | null {
  // Loaded when the first number is read, not at start: its metadata took about 65 ms of CPU, a
  // tenth of the anonymiser's start, and most messages (and many transcripts) hold no number.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parseNumber ??= (require('libphonenumber-js/max') as typeof import('libphonenumber-js/max')).parsePhoneNumberFromString;
  return parseNumber(cleaned, 'NL') ?? null;
}

/** The number read as Dutch or international, or undefined when libphonenumber reads none. */
export function parsePhone(cleaned: string): PhoneNumber | undefined {
  const memo = activeMemo();
  return (memo === undefined ? parse(cleaned) : RunMemo.recall(memo.phones, cleaned, parse)) ?? undefined;
}
