/**
 * "No one is in danger now" said in passing inside a longer message (src/safety/safeInPassing.ts,
 * round 38), and how `saysNoDangerNow` takes it: for a message read unsure or calm, never for one
 * read acute or never silent. Sentences written for this test.
 */
import { saysSafeNowInPassing } from '../../../src/safety/safeInPassing';
import { saysNoDangerNow } from '../../../src/triage/dangerQuestion';

describe('safe now, said in passing', () => {
  it.each([
    'Hij zegt dat ze weten waar zijn moeder woont. Niet dat hij nu gevaar loopt hoor, hij zit naast me.',
    'de baas is weggereden. we zijn nu ok, morgen gaan we gewoon weer werken',
    'ze moet volgende maand weg en ze is bang. maar op dit moment is het rustig, ze zijn het weekend weg',
    'Ze is erg moe maar niet in direct gevaar, ik wil weten wat ik kan doen',
    'hij loopt op dit moment geen gevaar, hij is bij zijn oom',
    'Er is geen acuut gevaar. Mag ik iets vragen over melden?',
    'the man drove off. we are ok now. tomorrow we work as usual',
    'she is scared of next month. but right now everything is fine, they are away',
    "It's not that she is in danger, I just want advice",
    'There is no immediate danger, I am asking for a friend',
    'Nobody is in danger now, it happened last year',
  ])('%p', (text) => expect(saysSafeNowInPassing(text)).toBe(true));
});

describe('not safe now', () => {
  it.each([
    // A contrast after it: the danger may be what follows.
    'we zijn nu ok maar hij zegt dat hij vanavond terugkomt met zijn broers',
    'we are fine for now but he said he will come back tonight',
    // A question, a negated safety, unsafe said in so many words.
    'Is ze nu veilig? Ik weet het niet',
    'Gaat het nu goed met haar?',
    'we are not ok now, he is outside',
    'het is nu niet veilig voor haar',
    'ze is nu niet veilig',
    // Where someone is tells nothing of danger.
    'ja hij is nu thuis. hij durft niet naar buiten',
    'Ze is nu boven op haar kamer',
  ])('%p', (text) => expect(saysSafeNowInPassing(text)).toBe(false));
});

describe('saysNoDangerNow with a safe-now in passing', () => {
  const SAFE = 'de baas is weggereden. we zijn nu ok, morgen gaan we gewoon weer werken';
  it('counts for a message read unsure or calm', () => {
    expect(saysNoDangerNow(SAFE, { level: 'unsure', reasons: ['model.unsure', 'distance.now'] })).toBe(true);
    expect(saysNoDangerNow(SAFE, { level: 'none', reasons: [] })).toBe(true);
  });
  it('does not count for a message read acute, or with someone held or hurt in a sentence of its own', () => {
    expect(saysNoDangerNow(SAFE, { level: 'acute', reasons: ['model.acute'] })).toBe(false);
    expect(saysNoDangerNow(SAFE, { level: 'unsure', reasons: ['screen.never_silent', 'model.unsure'] })).toBe(false);
  });
});
