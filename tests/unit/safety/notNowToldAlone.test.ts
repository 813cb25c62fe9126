/**
 * "No, not now" in the citizen's own words, read alone (round 24, answer24): the bot says 112 on a
 * message read alone, before it knows what it asked, so a denial of danger now that names no danger
 * beside it is no 112. Sentences written for this test.
 */
import { deniesDangerNow } from '../../../src/safety/dangerAnswer';
import { screenText } from '../../../src/understanding/firstLook';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const denies = (text: string) => deniesDangerNow(text, screen.look(text));

describe('a denial of danger now, read alone', () => {
  it.each([
    'Nee, hij is er nu niet. Hij komt meestal in het weekend.',
    'nee, vandaag is het rustig. morgen ga ik weer langs',
    'No, not tonight, they come back on Saturday',
    'nee niet nu, ze zit gewoon thuis',
  ])('%p names no danger beside the "no"', (text) => {
    expect(denies(text)).toBe(true);
  });

  it.each([
    'nee nu niet, maar hij staat buiten met een mes',
    'nee niet nu, morgen brengen ze haar weg naar duitsland, ze is 15',
    'no not now but he locked her in the room',
  ])('%p: a danger named beside the "no" keeps the reading', (text) => {
    expect(denies(text)).toBe(false);
  });

  it('is only a "no" with "not now": a plain story with "nu" is not lowered', () => {
    expect(denies('ze zijn er nu, ze staan voor de deur')).toBe(false);
    expect(denies('nee')).toBe(false);
  });

  it('never lowers suicidal thoughts', () => {
    const text = 'nee nu niet, maar ik wil gewoon niet meer leven';
    expect(screen.look(text).danger.suicidal).toBe(true);
    expect(denies(text)).toBe(false);
  });

  it.each([
    ['Nee, vandaag is het rustig, ik ben net bij haar weg. Overmorgen ga ik weer.', 'acute'],
    ['no, not tonight. the men usually come on friday', 'unsure'],
  ])('%p: the first look says no danger where the model alone read danger (%s when written)', (text) => {
    // What the model alone reads (acute or unsure) moves with each retraining ("Nee, vandaag is het
    // rustig…" scored 0.187 under `acute` 0.201 in round 39); the rule under test lowers either.
    expect(screen.look(text).danger.level).not.toBe('none');
    const first = screenText(screen, text).danger;
    expect(first.level).toBe('none');
    expect(first.reasons).toContain('answer.not_now_told');
  });
});
