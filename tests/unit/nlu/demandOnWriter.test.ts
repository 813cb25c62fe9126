import { demandedOfWriter } from '../../../src/nlu/facts/demandOnWriter';
import { writerHarmed } from '../../../src/nlu/facts/writerRole';

describe('a demand or threat laid on the writer (fit50)', () => {
  it.each([
    'mn vriend is 24 en hij zegt steeds dat ik moet laten zien dat ik om hem geef',
    'nu zeggen ze dat de tas kapot is en dat ik 900 moet terugbetalen',
    'zeggen ze ik moet 600 betalen voor de scooter',
    'morgen moet ik mee naar een feest in amsterdam zegt hij',
    'als ik niet kom dan zet hij die filmpjes online',
    'om 6 uur moet ik bij de bushalte zijn met het geld anders komen ze langs',
    'he says i have to pay back the ticket first',
    'my boyfriend wants me to sleep with his friends',
    'if i dont pay they will come to my school',
  ])('reads "%s" as laid on the writer', (plain) => {
    expect(demandedOfWriter(plain)).toBe(true);
    expect(writerHarmed(plain)).toBe(true);
  });

  it.each([
    'mijn zus zegt dat ik het moet melden',
    'mijn vriendin zegt dat ik me geen zorgen moet maken',
    'mijn neef zegt dat ik niks moet doen want hij moet nog 4000 terugbetalen',
    'mijn dochter zegt ik moet het toch even opschrijven',
    'my friend says i should call you',
    'de centrale zei dat ik haar naar een adres moest brengen',
    'a man came in with a girl and wanted me to put his initials on her wrist',
    'jij zei dat ik moet bellen',
    'ze moet elke dag werken van hem',
    'hij zegt dat ze moet blijven',
    "ze appte 'als ik niet kom slaat hij me'",
  ])('does not read "%s" as laid on the writer', (plain) => {
    expect(demandedOfWriter(plain)).toBe(false);
  });
});
