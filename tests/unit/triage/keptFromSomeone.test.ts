/**
 * Round 40 (ownq40): a step the writer wants kept from someone, read from the clause's shape
 * ("zonder dat <iemand> het weet", "without <someone> finding out", "zonder dat het naar <iemand>
 * gaat") whoever that someone is, asks what the helpline tells (privacy) where nothing else read
 * staying unknown; "het land uit moeten" names the stay as a consequence.
 */
import { consequencesAsked } from '../../../src/triage/ownQuestions';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import { keptFromSomeone, keptFromThePersonReportedFor } from '../../../src/triage/toldToOthers';

describe('a step kept from someone', () => {
  it.each([
    'hi can I ask something here without my teacher finding out',
    'yo kan ik hier ff iets vragen zonder dat t naar me ouders gaat',
    'mag ik hier iets vertellen zonder dat mijn huisgenoot er achter komt?',
    'can I report it without it getting back to my landlady?',
  ])('%p asks privacy', (text) => {
    expect(keptFromSomeone(text)).toBe(true);
    expect(questionsToAnswer({ questions: [] }, text, null)).toContain('privacy');
  });

  it('keeps a topic already read for staying unknown, and adds none beside it', () => {
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'kan ik melden zonder dat mijn vrouw er iets van merkt?', null)).toEqual([
      'anonymity',
    ]);
  });

  it.each(['ze werkt daar zonder dat ze betaald wordt.', 'hij nam haar telefoon zonder dat ze het wist, en toen ging hij weg.'])(
    '%p, told and not asked, is no question',
    (text) => {
      expect(keptFromSomeone(text)).toBe(false);
    },
  );

  it('tells apart the person reported for', () => {
    expect(keptFromThePersonReportedFor('Mag ik voor haar melden zonder dat zij het weet?')).toBe(true);
    expect(keptFromThePersonReportedFor('can I talk here without my coach finding out?')).toBe(false);
  });
});

describe('having to leave the country', () => {
  it.each(['Is het zo dat zij dan het land uit moet als het bekend wordt?', 'Will she have to leave the country if I report it?'])(
    '%p names the stay',
    (text) => {
      expect(consequencesAsked(text)).toContain('permit');
    },
  );
});
