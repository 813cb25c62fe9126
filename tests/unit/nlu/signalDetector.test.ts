import { tokenize } from '../../../src/safety/normalise';
import { SignalDetector } from '../../../src/nlu/local/signalDetector';

const detector = new SignalDetector();
const analyse = (text: string) => {
  const signals = detector.detect(tokenize(text));
  return { signals };
};

describe('SignalDetector', () => {
  it.each([
    [
      'de arbeiders in de champignonkwekerij maken dagen van 15 uur en de baas houdt hun paspoorten',
      'labour_exploitation',
      ['documents_withheld', 'excessive_hours'],
    ],
    [
      'ze slapen in een container op het terrein van de fabriek en de huur gaat van hun loon af',
      'labour_exploitation',
      ['housing_tied_to_work', 'underpaid'],
    ],
    ['the cleaners owe the agency 3000 euros and get no days off', 'labour_exploitation', ['debt_bondage', 'excessive_hours']],
    ['haar vriendje dwingt haar om met klanten naar bed te gaan', 'sexual_exploitation', ['controlling_partner']],
    [
      'een meisje van 14 wordt via tiktok benaderd door een oudere man',
      'sexual_exploitation',
      ['minor_involved', 'recruited_online', 'controlling_partner'],
    ],
    ['she has to bring him 400 euros every night', 'sexual_exploitation', ['earnings_quota']],
    ['mijn neef van 16 moet drugs verkopen voor een bende', 'criminal_exploitation', ['minor_involved', 'drug_running']],
    ['they opened a bank account in his name and use his bank card', 'criminal_exploitation', ['bank_account_misuse', 'contracts_in_name']],
    ['hij moet voor die groep jongens inbreken en stelen', 'criminal_exploitation', ['forced_theft']],
    ['they want my brother to sell his kidney to pay the debt', 'organ_removal', ['debt_bondage', 'organ_sale_pressure']],
  ] as const)('reads %p (%s)', (text, _form, signals) => {
    const result = analyse(text);
    for (const s of signals) expect(result.signals).toContain(s);
  });

  it('finds nothing where nothing is told', () => {
    expect(analyse('ik maak me zorgen om een kennis').signals).toEqual([]);
    expect(analyse('hallo').signals).toEqual([]);
  });

  it('tolerates typos and missing diacritics', () => {
    expect(analyse('de baas heeft zijn paspoortt ingenomen').signals).toContain('documents_withheld');
    expect(analyse('ze krijgen een hongerloon en werken 7 dagen per week').signals).toEqual(
      expect.arrayContaining(['underpaid', 'excessive_hours']),
    );
  });

  it('respects negation', () => {
    expect(analyse('hij heeft geen schuld bij ze').signals).not.toContain('debt_bondage');
  });

  it('returns signals in the stable order of SIGNALS', () => {
    const { signals } = analyse('ze heeft een schuld en haar paspoort is afgepakt');
    expect(signals).toEqual(['documents_withheld', 'debt_bondage']);
  });
});
