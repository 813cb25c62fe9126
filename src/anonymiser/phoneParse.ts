/**
 * libphonenumber's reading of a phone number, remembered for the run: the phone detector reads each
 * number it judges, and the pseudonymiser reads it again for its comparison key, which costs as much
 * as the rest of the number's detection.
 */
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import { RunMemo, activeMemo } from './runMemo';

function parse(cleaned: string): PhoneNumber | null {
  return parsePhoneNumberFromString(cleaned, 'NL') ?? null;
}

/** The number read as Dutch or international, or undefined when libphonenumber reads none. */
export function parsePhone(cleaned: string): PhoneNumber | undefined {
  const memo = activeMemo();
  return (memo === undefined ? parse(cleaned) : RunMemo.recall(memo.phones, cleaned, parse)) ?? undefined;
}
