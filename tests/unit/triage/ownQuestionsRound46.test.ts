/**
 * Round 46 (ownq46): questions of a later turn said in the shape of the clause rather than its
 * words: the separable "er … achter komen" (anonymity), the person told about knowing that the
 * writer told, a worry opened by "maar als …", what this chat does with what the writer types here
 * (privacy), passed on to an authority or deleted (privacy), who the writer is coming out
 * (anonymity), an update or the procedure after a report (after_report), the case held up against a name or a suspicion (is it trafficking), being left in
 * trouble in the idiom (consequences), and someone feared to tell a person's parents (privacy).
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { askedCueTopics, statedWorries } from '../../../src/triage/questionCues';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import { answerStarts, chatOnPage, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

describe('finding out that the writer told, the verb split over the clause', () => {
  it.each([
    'En komt die man er dan achter dat ik het gemeld heb?',
    'Komen ze er ooit achter wie het gemeld heeft?',
    'Wat als hij er achter komt dat wij hem verraden hebben?',
  ])('%p asks to stay unknown', (text) => {
    expect(askedCueTopics(text)).toContain('anonymity');
  });

  it.each(['Hoe kom ik er achter of ze echt gedwongen wordt?', 'Komen jullie er wel achter waar ze wonen?'])('%p does not', (text) => {
    expect(askedCueTopics(text)).not.toContain('anonymity');
  });
});

describe('a worry opened by a linking word and a condition', () => {
  it('"maar als ik 112 bel dan weet ze dat ik het heb verteld" is a worry to answer, without a question mark', () => {
    const text = 'maar als ik 112 bel dan weet ze dat ik het heb verteld en dan is ze boos op mij';
    expect(statedWorries(text)).toContain('anonymity');
    expect(questionsToAnswer({ questions: [] }, text, 'other')).toContain('anonymity');
  });

  it('"he will know I reported him" beside a question', () => {
    expect(statedWorries('If I call, he will know I reported him. What then?', true)).toContain('anonymity');
  });

  it('a story line opened by "maar als" with no worry in it asks nothing', () => {
    expect(questionsToAnswer({ questions: [] }, 'maar als hij thuiskomt is het altijd stil in huis', 'other')).toEqual([]);
  });
});

describe('what this chat does with what the writer types', () => {
  it.each(['Wat doen jullie trouwens met wat ik hier allemaal typ?', 'What do you do with what I write here?'])(
    '%p asks about privacy, not what follows a report',
    (text) => {
      expect(askedCueTopics(text)).toContain('privacy');
      expect(askedCueTopics(text)).not.toContain('after_report');
    },
  );

  it('what the helpline does with the case is still after a report', () => {
    expect(askedCueTopics('Wat doen jullie dan met mijn melding?')).toContain('after_report');
  });
});

describe('the case held up against a name or a suspicion', () => {
  it.each(['is dat wat jullie een loverboy noemen??', 'Is this what I think it is?', 'Is dit wat ze grooming noemen?'])(
    '%p asks whether it is trafficking',
    (text) => {
      expect(askedCueTopics(text)).toContain('is_it_trafficking');
    },
  );

  it('a question about what a word means is not that', () => {
    expect(askedCueTopics('Wat noemen jullie een melding?')).not.toContain('is_it_trafficking');
  });
});

describe('what was told passed on, or deleted', () => {
  it.each([
    'geven jullie dit gesprek door aan de politie?',
    'Wordt dit doorgegeven aan de politie?',
    'Gaat wat ik vertel naar de IND of de gemeente?',
    'do you tell immigration what i write here?',
    'ik heb per ongeluk haar adres getypt. kunnen jullie dat weghalen?',
  ])('%p asks about privacy', (text) => {
    expect(askedCueTopics(text)).toContain('privacy');
  });

  it.each(['Kan de politie haar daar weghalen?', 'Geven jullie mij het nummer van de politie?'])('%p does not', (text) => {
    expect(askedCueTopics(text)).not.toContain('privacy');
  });
});

describe('who the writer is coming out', () => {
  it.each([
    'stel dat ik iets meld, komen ze dan bij mij aan de deur vragen wie ik ben?',
    'I would like to report but would the info be linked to me in any way?',
    'Wordt de melder ooit bekend gemaakt in een rechtszaak?',
    'Wat als ze mijn stem herkennen als ik bel?',
  ])('%p asks to stay unknown', (text) => {
    expect(askedCueTopics(text)).toContain('anonymity');
  });
});

describe('hearing back after a report', () => {
  it.each(['will i get an update?', 'Wat is daarna de procedure?'])('%p asks what follows a report', (text) => {
    expect(askedCueTopics(text)).toContain('after_report');
  });
});

describe('the name weighed against a lesser reading in a question of how to tell', () => {
  it.each([
    'hoe herken je nou of het mensenhandel is of gewoon illegale onderhuur?',
    'Waar ligt eigenlijk de grens tussen slechte huisvesting en uitbuiting?',
    'What is the difference between a bad job and exploitation?',
  ])('%p asks whether the case is it, beside the signs', (text) => {
    expect(askedCueTopics(text)).toContain('is_it_trafficking');
  });

  it('how to recognise it, with nothing weighed against it, stays the signs', () => {
    expect(askedCueTopics('Hoe herken ik of het uitbuiting is?')).toEqual(['signals']);
  });
});

describe('being left in trouble, in the idiom', () => {
  it.each(['als ik naar de politie ga ben ik toch zelf ook de sjaak?', 'Is hij dan de pineut als ik het meld?'])(
    '%p asks what telling costs',
    (text) => {
      expect(askedCueTopics(text)).toContain('consequences');
    },
  );
});

describe('someone feared to tell the family', () => {
  it('"she is scared they will tell her parents" beside a question is answered as privacy', () => {
    const text = 'if I tell the police, will she be in trouble herself? she is scared they will tell her parents';
    expect(statedWorries(text, true)).toContain('privacy');
    expect(questionsToAnswer({ questions: ['police', 'consequences'] }, text, 'other')).toContain('privacy');
  });

  it('a story of parents being told, not feared, is not', () => {
    expect(statedWorries('The school told her parents last week. What happens now?', true)).not.toContain('privacy');
  });
});

describe('through the bot, in a later turn', () => {
  const recognizer = createLocalRecognizer({ screen: testScreen() });
  const answers = (turn: Turn, locale: 'nl' | 'en', keys: string[]) =>
    keys.some((key) => turn.texts.some((t) => answerStarts(locale, key).some((start) => t.startsWith(start))));

  it('answers staying unknown first when the second question of a later turn asks it in the split verb', async () => {
    const chat = await chatOnPage(recognizer, 'nl');
    await chat('Ik verhuur een kamer aan een man en hij laat er steeds andere vrouwen slapen die voor hem moeten werken.');
    const turn = await chat(
      'Krijg ik zelf problemen omdat ik de kamer zwart verhuur? En komt die man er dan achter dat ik het gemeld heb?',
    );
    expect(answers(turn, 'nl', ['ownQuestions.anonymity', 'ownQuestionsAgain.anonymity'])).toBe(true);
  });

  it('answers what this chat keeps when asked late in the conversation', async () => {
    const chat = await chatOnPage(recognizer, 'nl');
    await chat('Bij ons in de straat wonen tien Poolse mannen in één huis en ze worden elke ochtend om vijf uur opgehaald.');
    await chat('Ze lijken heel moe en mogen niet met de buren praten.');
    const turn = await chat('Oké, dan doe ik het misschien anoniem. Wat doen jullie trouwens met wat ik hier allemaal typ?');
    expect(answers(turn, 'nl', ['ownQuestions.privacy.general', 'interrupt.privacy'])).toBe(true);
  });
});
