import path from 'node:path';
import { questionClauses } from '../../../src/nlu/questions/clauses';
import {
  QUESTION_MODEL_FILE,
  loadQuestionCorpus,
  loadQuestionModel,
  questionSourceHash,
  clauseOfLine,
} from '../../../src/nlu/questions/questionModel';
import { projectRoot } from '../../../src/paths';

const root = projectRoot();
const model = loadQuestionModel(path.join(root, QUESTION_MODEL_FILE));
const openings = (text: string) => questionClauses(text).map((c) => c.opening);
const asked = (text: string) => model.topicsIn(text);

describe('which clauses ask something, by their structure', () => {
  it.each([
    ['Kan ik anoniem melden', 'verb_first'],
    ['wordt zij dan uitgezet', 'verb_first'],
    ['Krijgt de eigenaar te horen wie er belde', 'verb_first'],
    ['hoe lang bewaren jullie dit', 'wh'],
    ['waarom doet de politie niks', 'wh'],
    ['ik vraag me af of mijn baas het hoort', 'indirect'],
    ['weet u of ik mijn loon nog krijg', 'indirect'],
    ['zou het kunnen dat ze wordt uitgebuit', 'indirect'],
    ['I wonder whether my visa is cancelled then', 'indirect'],
    ['can you tell me if this is saved', 'indirect'],
    ['will they send me back', 'verb_first'],
    ['does my agency hear about this', 'verb_first'],
    ['dit is toch niet normaal, toch', 'tag'],
    ['ik ben bang dat ik mijn kamer kwijtraak', 'worry'],
    ["I don't want my boss to find out", 'worry'],
    ['ik moet de schuld nog betalen?', 'mark'],
    ['waaraan zie je dat iemand wordt uitgebuit', 'wh'],
    ['waarop moet ik letten bij een nieuwe collega', 'wh'],
    ['ik wil dit melden zonder dat mijn buren het weten, kan dat', 'tag'],
    ['I want to stay anonymous, is that possible', 'verb_first'],
    ['als mentor vraag ik mij af welke signalen er zijn bij jongens', 'indirect'],
    ['ik wil wel melden maar ik vraag me af of de buren dat horen', 'indirect'],
    ['pls tell me u wont share my name', 'indirect'],
  ])('%s', (text, opening) => {
    expect(openings(text)).toEqual([opening]);
  });

  it('joins a condition to the question after it, in Dutch with "dan" and in English by inversion', () => {
    expect(questionClauses('Als ik bel, weet hij dan dat ik het was?')[0]?.words.join(' ')).toBe('als ik bel weet hij dan dat ik het was');
    expect(openings('als ik bel weten ze dan dat ik het was')).toEqual(['verb_first']);
    expect(openings('if I report will they know it was me')).toEqual(['verb_first']);
  });

  it('reads several questions in one message, also inside a long story', () => {
    const story =
      'Mijn buurjongen is 15. Sinds de zomer heeft hij dure schoenen en staat er een scooter op hem te wachten. ' +
      'Moet ik dit bij de politie melden of is dat te zwaar? En wat gebeurt er dan met hem';
    expect(openings(story)).toEqual(['verb_first', 'verb_first', 'wh']);
  });

  it.each([
    'de politie kwam vorig jaar',
    'Dan krijg ik problemen met mijn baas.',
    'Toen ging ik naar huis en belde ik mijn zus.',
    'sindsdien neemt ze niet op en krijgen mijn appjes maar één vinkje',
    'weet ik niet',
    'Bel de politie maar niet.',
    'Wat een gedoe allemaal.',
    'When I came home the door was locked and my phone was gone',
    'The police came last year but did nothing.',
    'ik werk elke dag 12 uur, rest hij houdt voor schuld',
  ])('a statement is not a question: %s', (text) => {
    expect(questionClauses(text)).toEqual([]);
  });
});

describe('what a question is about', () => {
  it.each([
    ['kan ik dit doorgeven zonder dat mijn naam erbij komt', ['anonymity']],
    ['komt mijn baas erachter dat ik het was?', ['anonymity']],
    ['will the landlord hear it came from me', ['anonymity']],
    ['hoelang wordt dit gesprek bewaard?', ['privacy']],
    ['can my husband read this chat?', ['privacy']],
    ['moet ik hiermee naar de politie', ['police']],
    ['should I report this to the police?', ['police']],
    ['wat gebeurt er nadat ik gebeld heb?', ['after_report']],
    ['what happens after I report it?', ['after_report']],
    ['is dit uitbuiting of gewoon een slechte baan?', ['is_it_trafficking']],
    ['am I overreacting?', ['is_it_trafficking']],
    ['waar moet ik op letten bij mijn leerlingen?', ['signals']],
    ['what are the warning signs?', ['signals']],
    ['word ik zelf gestraft voor wat ik moest doen', ['consequences']],
    // A fear for one's own job because of one's own report: also whether the employer will know.
    ['raak ik mijn werk kwijt als ik klaag', ['anonymity', 'consequences']],
    ['do I have to pay back the debt?', ['consequences']],
  ])('%s', (text, topics) => {
    expect(asked(text)).toEqual(topics);
  });

  it('reads the subject: who is arrested is asked about, the police named in a statement is not', () => {
    expect(asked('Als ik naar de politie ga, wordt hij dan zelf opgepakt?')).toEqual(expect.arrayContaining(['police', 'consequences']));
    expect(asked('De politie kwam vorig jaar. Hij werkt nog steeds daar.')).toEqual([]);
    expect(asked('Haar broer werkt bij de politie in Tilburg, zijn baas weet alles.')).toEqual([]);
  });

  it('gives no topic to a question about something else, or to a condition that only tells the story', () => {
    expect(asked('Als hij er is kijken ze naar de grond en praten ze niet met mij')).toEqual([]);
    expect(asked('Wat moet ik doen?')).toEqual([]);
    expect(asked('Is she still there?')).toEqual([]);
  });

  it('reads a fear said after a condition, or after a question, as what the citizen asks', () => {
    expect(asked('Als ik het meld, weet die man meteen dat ik het was.')).toEqual(['anonymity']);
    expect(asked('if I complain and they find out, I lose my room')).toEqual(['consequences']);
    expect(asked('Gaan jullie dan bij haar langs? Dan weet ze meteen dat het van mij komt.')).toEqual(
      expect.arrayContaining(['after_report', 'anonymity']),
    );
  });

  it('reads a short question that points back from the sentence before it', () => {
    expect(asked('He says if I complain I lose my room and my residence permit. Is this true?')).toEqual(['consequences']);
  });

  it('reads every question of a message', () => {
    expect(asked('Is dit chatgesprek opgeslagen? En moet ik naar de politie?')).toEqual(['privacy', 'police']);
  });
});

describe('the shipped question model', () => {
  it('matches its corpus and feature code (else: npx tsx bench/train-questions.ts)', () => {
    expect(model.sourceHash).toBe(questionSourceHash(root));
  });

  it('is trained on lines that each read as a question', () => {
    const lines = loadQuestionCorpus(root);
    expect(lines.length).toBeGreaterThan(700);
    for (const line of lines) expect(() => clauseOfLine(line)).not.toThrow();
  });
});
