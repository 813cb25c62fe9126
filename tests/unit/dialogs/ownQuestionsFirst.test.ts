/**
 * The citizen's own question is answered first, in their language, whatever form it takes: without
 * a question mark, indirect, in the middle of a story, several in one message. The recognizer is
 * a double (no form, no signals); the questions are read by the real question reader.
 */
import type { Recognition, Recognizer } from '../../../src/nlu/recognizer';
import { createTestBot, join, say } from '../../support/bot';

const story: Recognizer = {
  name: 'story-double',
  async recognize(): Promise<Recognition> {
    return {
      intent: 'describe_concern',
      form: 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.9, form: 0.9 },
      language: 'nl',
    };
  },
};

async function firstTurn(text: string, locale: 'nl' | 'en' = 'nl') {
  const { adapter } = createTestBot(story);
  adapter.locale = locale === 'nl' ? 'nl-NL' : 'en-US';
  await join(adapter);
  return say(adapter, text);
}

describe('the citizen own question first', () => {
  it('answers a question without a question mark in the middle of a long story before going on', async () => {
    const turn = await firstTurn(
      'Mijn buurvrouw werkt al maanden in een nagelsalon en komt pas na middernacht thuis. Haar baas brengt haar elke dag. ' +
        'raak ik mijn werk kwijt als ik dit meld want ik werk daar zelf ook. Ze ziet er steeds magerder uit.',
    );
    expect(turn.texts[0]).toMatch(/^Raak ik mijn werk kwijt\?/);
    expect(turn.texts.at(-1)).toMatch(/\?/);
  });

  it('answers an indirect question and a fear said in the first person', async () => {
    expect((await firstTurn('Ik vraag me af of de eigenaar te horen krijgt dat ik het was')).texts[0]).toMatch(
      /^Ja, je kunt anoniem blijven/,
    );
    expect((await firstTurn('ik ben bang dat ik terug moet naar mijn land als ik praat')).texts[0]).toMatch(/verblijfsvergunning/);
  });

  it('answers whether someone else must leave the country of that person, not of the writer', async () => {
    expect((await firstTurn('Worden die meisjes dan het land uitgezet als ik dit meld?')).texts[0]).toMatch(
      /^Moet die persoon het land uit\?/,
    );
    expect((await firstTurn('Word ik het land uitgezet als ik dit meld?')).texts[0]).toMatch(
      /^Ben je slachtoffer en heb je geen verblijfsvergunning\?/,
    );
  });

  it('answers "can you call the police for me?" with danger in the same message with 112 to call themselves', async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    const turn = await say(adapter, 'Hij heeft een mes en zegt dat hij haar vanavond vermoordt. Kunnen jullie de politie voor me bellen?');
    expect(turn.all).toMatch(/Bel dan zelf meteen 112\. Ik kan niet voor je bellen\./);
    expect(turn.all).not.toMatch(/Je hoeft niet zelf naar de politie/);
    // Asked about later: the usual answer (the police line for after), even with danger in view.
    const later = await say(adapter, 'moet ik later ook nog naar de politie?');
    expect(later.all).toMatch(/0900-8844/);
    expect(later.all).not.toMatch(/Ik kan niet voor je bellen/);
  });

  it('gives the signals once when "what should I look out for?" comes with the guidance', async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    await say(adapter, 'Ik ben mentor van een leerling. Hij heeft sinds kort twee telefoons en nieuwe dure schoenen en is vaak afwezig.');
    const turn = await say(adapter, 'Moet ik eerst met de ouders praten? En waar moet ik verder op letten?');
    expect(turn.texts.filter((t) => t.startsWith('Let op deze signalen:'))).toHaveLength(1);
    expect(turn.texts[0]).toMatch(/^Let op deze signalen:/);
  });

  it('answers every question of one message, before anything else', async () => {
    const turn = await firstTurn('Wordt dit gesprek ergens opgeslagen? En moet ik hiermee naar de politie?');
    expect(turn.texts[0]).toMatch(/^Je hoeft je naam niet te geven/);
    expect(turn.texts[1]).toMatch(/^Je hoeft niet zelf naar de politie/);
  });

  it('reads the questions of a long story in one understanding of the message (one recognizer call per turn)', async () => {
    let calls = 0;
    const counted: Recognizer = { name: 'counted-story', recognize: async (text, locale) => (calls++, story.recognize(text, locale)) };
    const { adapter } = createTestBot(counted);
    await join(adapter);
    calls = 0;
    const turn = await say(
      adapter,
      'Mijn buurjongen is 15 en brengt pakketjes rond voor oudere jongens. Wat gebeurt er als ik dit meld? En weet hij dan dat het van mij komt?',
    );
    expect(turn.texts[0]).toMatch(/^Ja, je kunt anoniem blijven|^Wat gebeurt er na een melding\?/);
    expect(turn.all).toMatch(/Wat gebeurt er na een melding\?/);
    expect(turn.all).toMatch(/anoniem blijven/);
    expect(calls).toBe(1);
  });

  it('does not answer a statement that names the police as if it asked about them', async () => {
    const turn = await firstTurn(
      'De politie is vorig jaar al eens bij dat huis geweest, maar er werken nog steeds mensen tot diep in de nacht.',
    );
    expect(turn.all).not.toMatch(/Je hoeft niet zelf naar de politie/);
  });

  it('answers in English when the citizen writes English on the Dutch page, with no Dutch line', async () => {
    const turn = await firstTurn('My cousin works at a car wash here and they keep his passport. will he be deported if I report this');
    expect(turn.texts[0]).toMatch(/^Will that person have to leave the country\?/);
    for (const text of turn.texts) expect(text).not.toMatch(/\b(?:je|jij|het|een|niet)\b/);
  });

  it('answers in Dutch when the citizen writes Dutch on the English page', async () => {
    const turn = await firstTurn('Kan ik dit doorgeven zonder dat mijn naam erbij komt? Het gaat om mijn collega.', 'en');
    expect(turn.texts[0]).toMatch(/^Ja, je kunt anoniem blijven/);
    for (const text of turn.texts) expect(text).not.toMatch(/\b(?:you|the|your)\b/i);
  });

  it('answers a second topic of a question that only its plain words show, before going on', async () => {
    const turn = await firstTurn('Wat gebeurt er met zijn gegevens als ik bel? Komen die in een systeem van de politie?');
    const lead = turn.texts.slice(0, 3).join('\n');
    expect(lead).toMatch(/Je hoeft niet zelf naar de politie/);
    expect(lead).toMatch(/Wat gebeurt er na een melding\?/);
    expect(lead).toMatch(/We wissen dit gesprek|wissen we hem/);
  });

  it('answers a short question that points back at the sentence before it ("is that true?")', async () => {
    const turn = await firstTurn('My landlord says the police will deport me if I go to them. Is that true?', 'en');
    expect(turn.texts.slice(0, 2).join('\n')).toMatch(/residence permit/);
  });

  it('answers a worry said as a condition, without a question mark', async () => {
    const turn = await firstTurn('if i go to the police they send me back to my country', 'en');
    // What is tested here is the question reading: the answer comes before anything else of ours.
    // Whether the danger screen puts a 112 line in front is the danger model's call, and on this
    // message it sits at the acute threshold (0.255 against 0.223 since tuning set J): a known
    // false alarm, recorded in the issue 10 note, not hidden by this test.
    const ours = turn.texts.filter((t) => !/\b112\b|^Do you want to talk to a counsellor after that\?/.test(t));
    expect(ours[0]).toMatch(/^Are you a victim without a residence permit\?|^You do not have to go to the police/);
    expect(ours.slice(0, 2).join('\n')).toMatch(/residence permit/);
  });

  it('answers "is dat strafbaar?" as will I be punished from a writer about themselves, not about someone else', async () => {
    const own = await firstTurn('Iemand wil mijn bankpas lenen voor 300 euro, ik hoef niks te doen zegt hij. Is dat strafbaar?');
    expect(own.texts.slice(0, 3).join('\n')).toMatch(/Word ik zelf gestraft\?/);
    const other = await firstTurn('Mijn buurman laat twee Poolse jongens in zijn schuur slapen en betaalt ze niks. Is dat strafbaar?');
    expect(other.all).not.toMatch(/Word ik zelf gestraft\?/);
  });

  it('answers a consequence for someone else about that person, and the consequence the question names', async () => {
    const other = await firstTurn('Mijn zoon van 19 moest drugs vervoeren voor een oudere jongen. Wordt hij opgepakt als ik bel?');
    expect(other.texts.slice(0, 3).join('\n')).toMatch(/Wordt die persoon gestraft\?/);
    expect(other.all).not.toMatch(/Word ik zelf gestraft\?/);
    const permit = await firstTurn('My sister work in a massage salon without papers. If we go to the police, they send us away?', 'en');
    expect(permit.texts.slice(0, 3).join('\n')).toMatch(/residence permit/);
    expect(permit.all).not.toMatch(/Will I lose my job\?/);
  });

  it('answers what the helpline will do and what would happen to the family, before going on', async () => {
    const turn = await firstTurn(
      'Kan ik zelf bij jullie melden? En wat gebeurt er dan met het gezin, ik wil niet dat ze er slechter van worden',
    );
    const lead = turn.texts.slice(0, 2).join('\n');
    expect(lead).toMatch(/Wat gebeurt er na een melding\?/);
    // Asked about the family, not the writer: what a report means for them.
    expect(lead).toMatch(/Wat betekent een melding voor die persoon\?|gestraft|kinderen/);
    expect(lead).not.toMatch(/Advies vragen heeft voor jou geen gevolgen/);
  });

  it('answers "is that a crime?" about someone else\'s deed as a question whether it is exploitation, not "will I be punished"', async () => {
    const turn = await firstTurn('My cousin has to pay back 8000 euro for the trip before she can leave the house. Is that a crime?', 'en');
    expect(turn.texts[0]).toMatch(/^I cannot say for sure whether it is human trafficking/);
    expect(turn.all).not.toMatch(/Will I be punished myself\?|Do I have to repay the debt\?/);
  });
});

describe('the own question first in a later turn of the conversation', () => {
  it('answers "en dan?" after an answer as what happens next, before the conversation goes on', async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    await say(adapter, 'Mijn buurvrouw werkt elke dag tot middernacht in een nagelsalon en haar baas houdt haar paspoort.');
    const turn = await say(adapter, 'en dan?');
    expect(turn.texts[0]).toMatch(/^Wat gebeurt er na een melding\?/);
  });

  it("answers whether the writer's family hears of it, after an answer to the bot's question, before going on", async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    await say(adapter, 'Mijn ex laat me nog steeds betalen voor een lening die hij op mijn naam heeft afgesloten.');
    const turn = await say(adapter, 'nee. mn moeder weet niks. gaan jullie haar bellen?');
    // (What happens after a report may lead: the model reads "gaan jullie…" as that too.)
    expect(turn.texts.slice(0, 2).join('\n')).toMatch(/Hoort je familie hiervan\?/);
  });

  it('answers "you not tell my boss, yes?" said with a thank-you as whether we tell anyone in their life, not as a goodbye alone (round 30)', async () => {
    const { adapter } = createTestBot(story);
    adapter.locale = 'en-US';
    await join(adapter);
    await say(adapter, 'I work in a car wash, the boss keeps half of my money and my passport.');
    const turn = await say(adapter, 'ok thanks a lot. you no tell my boss, yes? i go call tomorrow');
    expect(turn.texts[0]).toMatch(/^Do we tell anyone in your life about this/);
  });

  it("answers whether the writer may pass on another person's details, with the word privacy said beside it (round 30)", async () => {
    const turn = await firstTurn('Ik heb het telefoonnummer van die man. Mag ik dat gewoon aan jullie geven? Vanwege privacy en zo.');
    expect(turn.texts.slice(0, 2).join('\n')).toMatch(/Mag je doorgeven wat je weet, zoals een naam of een kenteken\? Ja\./);
  });

  it("answers whether the other side sees the writer's details after a report to the police with what the file keeps (round 30)", async () => {
    const turn = await firstTurn('Als ik aangifte doe, kan die man dan mijn woonadres lezen?');
    expect(turn.texts.join('\n')).toMatch(/Zien zij je naam en adres\? Doe je aangifte bij de politie/);
  });

  it('answers a duty of confidentiality as both: may I report, and advice without a name', async () => {
    const turn = await firstTurn('Ik ben fysiotherapeut. Hoe zit dat met mijn beroepsgeheim, mag ik dit zomaar delen?');
    const lead = turn.texts.slice(0, 2).join('\n');
    expect(lead).toMatch(/Mag je melden met een beroepsgeheim\? Ja\./);
    expect(lead).toMatch(/Heb je een beroepsgeheim\?/);
  });

  it('answers whether to tell the parents before going on: safety first, talk it over with Veilig Thuis', async () => {
    const turn = await firstTurn('Een jongen uit mijn team krijgt steeds geld van oudere jongens. Moet ik zijn ouders inlichten?');
    expect(turn.texts[0]).toMatch(/^Moet je anderen inlichten, zoals de ouders/);
    expect(turn.texts[0]).toMatch(/0800-2000/);
  });

  it('answers a duty of confidentiality read as a question about anonymity with the answer about that duty too', async () => {
    const turn = await firstTurn('Ik ben wijkverpleegkundige en heb een beroepsgeheim. Mag ik dan wel iets doorgeven over een cliënt?');
    expect(turn.texts.slice(0, 3).join('\n')).toMatch(/Heb je een beroepsgeheim\?/);
  });

  it('answers a fear said after a condition ("als ik…, ben ik bang dat…") beside the question of the message', async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    await say(adapter, 'Bij mijn cliënt woont een hulp uit de Filipijnen die dag en nacht werkt en geen vrije dag heeft.');
    const turn = await say(
      adapter,
      'Als ik de zoon ermee confronteer ben ik bang dat hij haar wegstuurt. Is dit nou mensenhandel of slecht werkgeverschap?',
    );
    const lead = turn.texts.slice(0, 3).join('\n');
    expect(lead).toMatch(/Of het mensenhandel is, kan ik niet zeker zeggen/);
    expect(lead).toMatch(/Advies vragen heeft voor jou geen gevolgen|Wordt die persoon|Raakt die persoon/);
  });
});
