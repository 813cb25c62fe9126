import { addWorkFacts, tellsOfWork, workFactsIn, type WorkTold } from '../../../src/triage/workStory';

const over = (...messages: string[]): WorkTold | undefined => messages.reduce<WorkTold | undefined>(addWorkFacts, undefined);

describe('work told in plain words', () => {
  it('reads the facts of work a story tells, in Dutch and broken English', () => {
    expect(workFactsIn('Elke dag om 5 uur haalt een wit busje de jongens op bij het huis.').facts).toEqual(['transport']);
    expect(workFactsIn('my friend pick strawberry, he get 200 euro in month and the boss take the rest').facts).toEqual(
      expect.arrayContaining(['workplace', 'pay', 'employer']),
    );
    expect(workFactsIn('Ze slapen met zn zessen in een schuur achter de boerderij.').facts).toEqual(
      expect.arrayContaining(['housing', 'workplace']),
    );
  });

  it('makes a story one about work when two kinds of facts are told, also spread over messages', () => {
    expect(tellsOfWork(over('Naast ons wonen sinds maart wel tien mannen in een huis.'))).toBe(false);
    expect(
      tellsOfWork(over('Naast ons wonen sinds maart wel tien mannen in een huis.', 'Ze worden voor zonsopgang met een bus opgehaald.')),
    ).toBe(true);
  });

  it('does not read the writer worrying about their own boss in a question as the story', () => {
    expect(workFactsIn('Ik werk in een hotel. Hoort mijn baas dan dat ik het was?').facts).toEqual([]);
  });

  it('leaves a story of sex work to its form', () => {
    expect(
      tellsOfWork(over('Ze werkt elke dag 12 uur en de baas houdt haar loon in.', 'Ze moet ook met klanten mee naar boven voor seks.')),
    ).toBe(false);
  });

  it('does not take "bezorgd" (worried) for delivery work', () => {
    expect(workFactsIn('Ik ben heel bezorgd om mijn zus.').facts).toEqual([]);
  });
});
