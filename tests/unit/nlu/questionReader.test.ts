import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { clauseFeatures } from '../../../src/nlu/questions/clauseFeatures';
import { questionClauses } from '../../../src/nlu/questions/clauses';
import { loadDialogQuestionTurns } from '../../../src/nlu/questions/dialogQuestions';
import {
  QUESTION_MODEL_FILE,
  loadQuestionCorpus,
  loadQuestionMessages,
  loadQuestionModel,
  labelMessages,
  parseQuestionFile,
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
    ['mijn man mag het niet weten dat ik dit doe', 'worry'],
    ['die gasten mogen echt niet weten dat het van mij komt', 'worry'],
    ['nobody at the farm can know that I talked to you', 'worry'],
    ['bel me aub', 'worry'],
    ['Ik wil graag met een echt mens praten, niet met een computer.', 'worry'],
    ['ik bang dat ik moet terug als ik zeg wat er gebeurt', 'worry'],
    ['Wanneer moet ik 112 bellen', 'wh'],
    ['dit is toch gewoon uitbuiting', 'tag'],
    ['ik heb liever een echt mens aan de lijn', 'worry'],
    ['when are you open', 'wh'],
    ['Wij weten niet of dit nou wel of niet kan.', 'indirect'],
    ['I still wonder whether what happened counts', 'indirect'],
  ])('%s', (text, opening) => {
    expect(openings(text)).toEqual([opening]);
  });

  it('joins a condition to the question after it, in Dutch with "dan" and in English by inversion', () => {
    expect(questionClauses('Als ik bel, weet hij dan dat ik het was?')[0]?.words.join(' ')).toBe('als ik bel weet hij dan dat ik het was');
    expect(openings('als ik bel weten ze dan dat ik het was')).toEqual(['verb_first']);
    expect(openings('if I report will they know it was me')).toEqual(['verb_first']);
  });

  it('reads an indirect frame with a word inside it, a question relayed for someone else, and not knowing whether (round 47)', () => {
    expect(openings('ik vraag me eigenlijk af of mijn buurvrouw dit hoort')).toEqual(['indirect']);
    expect(openings('ik vroeg me ook af of ik zelf ergens voor opdraai')).toEqual(['indirect']);
    expect(openings('mijn collega vraagt of hij zijn loon nog krijgt')).toEqual(['indirect']);
    expect(openings('she asks if she can keep her room')).toEqual(['indirect']);
    expect(openings('ik wil iets doorgeven maar weet niet of het uitbuiting is')).toEqual(['indirect']);
    expect(openings('ik heb een klant die iets vertelde en ik twijfel of het hieronder valt')).toEqual(['indirect']);
    // Someone who asked in the story is the story, not a question now.
    expect(openings('mijn moeder vroeg wat er aan de hand was en ik zei niks')).toEqual([]);
    expect(openings('hij vroeg of hij de wc mocht gebruiken')).toEqual([]);
  });

  it('reads an English indirect frame with a word of politeness inside it', () => {
    expect(openings('I would really like to know who sees what I type here')).toEqual(['indirect']);
    expect(openings('i just want to know if my name stays out of it')).toEqual(['indirect']);
  });

  it('reads a question word that opens the main clause after the writer\'s condition as asking, also without "?"', () => {
    expect(openings('my visa is from my boss, if i talk what happen with my visa')).toEqual(['wh']);
    expect(questionClauses('if i talk what happen with my visa')[0]?.condition).toBe(3);
    // After a verb of telling the question word opens its object: a statement, or a fear at most.
    expect(openings('if i tell them what he did they kill me')).not.toContain('wh');
    // A condition the writer is not in tells how things go.
    expect(openings('if she leaves what happens to her children')).toEqual([]);
  });

  it('reads a fear or a condition with its consequence after "maar" as a clause of its own', () => {
    expect(openings('ik wil helpen maar ze mag nooit weten dat ik het heb verteld')).toEqual(['worry']);
    expect(openings('ik wil wel iets doen maar als ze erachter komen dat ik het was ben ik mn baan kwijt')).toEqual(['worry']);
  });

  it('reads an English auxiliary before its subject after "but" as asking, also without "?" (round 30)', () => {
    expect(openings('sorry maybe dumb question but is it exploitation when she came here by herself')).toEqual(['verb_first']);
    expect(openings('I know it is late but can someone call me back')).toEqual(['verb_first']);
    // A statement after "but", and Dutch after "maar" or "en" (which keep a statement's inversion), ask nothing.
    expect(openings('I called them but they did not answer')).toEqual([]);
    expect(openings('sindsdien neemt ze niet op maar is het rustig in huis')).toEqual([]);
  });

  it('reads a condition of the writer that trails off as the fear it leaves unsaid', () => {
    expect(openings('het punt is, iedereen kent hier iedereen. als het uitkomt dat ik het was…')).toEqual(['worry']);
    expect(openings('if the neighbours find out it was me...')).toEqual(['worry']);
    // Trailing off in the story, without the writer in it, is not a fear of theirs.
    expect(openings('als ze laat thuiskomt…')).toEqual([]);
  });

  it('keeps a condition that ends a fear with its consequence after the comma', () => {
    const [clause] = questionClauses('I am scared that if I report, I lose my status or I must pay back the money');
    expect(clause?.opening).toBe('worry');
    expect(clause?.words).toEqual(expect.arrayContaining(['lose', 'status']));
  });

  it('reads the points of an abbreviation as no sentence end', () => {
    expect(
      questionClauses('Mag ik overleggen zonder zijn naam te noemen, i.v.m. mijn beroepsgeheim?').map((c) => c.words.join(' ')),
    ).toEqual(['mag ik overleggen zonder zijn naam te noemen ivm mijn beroepsgeheim']);
  });

  it('keeps "en" with a verb and "dat" in the clause before it, and reads a wish without its "ik"', () => {
    expect(questionClauses('Hij is doodsbang voor politie en denkt dat hij dan terug moet.')[0]?.words).toContain('terug');
    expect(openings('wil niet dat ie een strafblad krijgt')).toEqual(['worry']);
  });

  it('keeps an indirect question together across commas, also without "?"', () => {
    const clauses = questionClauses('Ik wil weten of jullie, na mijn melding, zelf contact opnemen met de politie.');
    expect(clauses.map((c) => c.opening)).toEqual(['indirect']);
    expect(clauses[0]?.words).toContain('politie');
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
    'Hallo?',
    'ok?',
    // A condition or a time that only tells how things go there, without the writer in it.
    'If she comes home late, he shouts at her',
    'Als het regent, werken ze gewoon door in de kas',
    'als ze ziek zijn, krijgen ze geen loon',
    // A reason or a time is no condition: nothing after it is feared.
    'when I came home, the door was locked',
    'because I came alone, nobody paid for my trip',
    'omdat ik alleen kwam, heeft niemand mij geholpen',
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
    expect(asked('if I complain and they find out, I lose my room')).toContain('consequences');
    expect(asked('Gaan jullie dan bij haar langs? Dan weet ze meteen dat het van mij komt.')).toEqual(
      expect.arrayContaining(['after_report', 'anonymity']),
    );
  });

  it('asks about the police as well when the condition in front is going to them', () => {
    expect(asked('if I tell police about him, I get in trouble too?')).toEqual(expect.arrayContaining(['police', 'consequences']));
    expect(asked('Als ik praat met politie, moet ik dan terug naar mijn land?')).toEqual(
      expect.arrayContaining(['police', 'consequences']),
    );
    // A condition without the police adds nothing.
    expect(asked('Als ik het meld, raak ik dan mijn baan kwijt?')).not.toContain('police');
  });

  it('reads a short question that points back from the sentence before it', () => {
    expect(asked('He says if I complain I lose my room and my residence permit. Is this true?')).toEqual(['consequences']);
  });

  it('reads every question of a message', () => {
    expect(asked('Is dit chatgesprek opgeslagen? En moet ik naar de politie?')).toEqual(['privacy', 'police']);
  });
});

describe('what a question is about does not hang on who it is about', () => {
  it('reads a neighbour, a sister or a colleague as a person, and a nationality as an origin', () => {
    const features = (text: string) => clauseFeatures(questionClauses(text)[0]!).filter((f) => !f.startsWith('t:') && !f.startsWith('ot:'));
    expect(features('moet ik bewijs hebben voordat ik iets meld over mijn buurman')).toEqual(
      features('moet ik bewijs hebben voordat ik iets meld over mijn zus'),
    );
    expect(features('worden de Poolse jongens dan uitgezet')).toEqual(features('worden de Roemeense jongens dan uitgezet'));
  });
});

describe('whole messages as training material', () => {
  it('reads topics apart by commas or spaces', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'questions-')), 'w.txt');
    fs.writeFileSync(file, '# a comment\nanonymity,police | Kan ik anoniem bellen?\nprivacy after_report | Wat bewaren jullie?\n- | Hoi\n');
    expect(parseQuestionFile(file).map((l) => l.topics)).toEqual([['anonymity', 'police'], ['privacy', 'after_report'], []]);
  });

  it('gives a topic of the message to the clause that asks it, trains a message without topics as no topic, and lists a message it cannot read', () => {
    const labelled = labelMessages(
      [
        { topics: ['privacy'], text: 'Mijn zus werkt daar. Wordt dit gesprek ergens opgeslagen?', where: 'm:1' },
        { topics: [], text: 'Ik heb een vraag over mijn huurtoeslag. Hoe vraag ik die aan?', where: 'm:2' },
        { topics: ['anonymity'], text: 'Mijn buurman houdt mannen in zijn schuur.', where: 'm:3' },
      ],
      model,
    );
    expect(labelled.unread).toEqual(['m:3']);
    const byText = new Map(labelled.clauses.map((c) => [c.clause.words.join(' '), c.topics]));
    expect(byText.get('wordt dit gesprek ergens opgeslagen')).toEqual(['privacy']);
    expect(labelled.clauses.filter((c) => c.topics.length === 0).length).toBeGreaterThanOrEqual(1);
    for (const c of labelled.clauses.filter((x) => x.topics.length === 0)) expect(c.clause.words).not.toContain('opgeslagen');
  });

  it('leaves out a clause of a message with topics that gets none of them', () => {
    const labelled = labelMessages(
      [{ topics: ['privacy'], text: 'Is dit gesprek veilig opgeslagen? Hoe laat is het eigenlijk?', where: 'm:1' }],
      model,
    );
    expect(labelled.clauses.map((c) => c.topics)).toEqual([['privacy']]);
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

  it('is trained on whole messages by separate writers as well', () => {
    expect(loadQuestionMessages(root).length).toBeGreaterThanOrEqual(260);
  });

  it('learns the dialog tuning turns, never the held-out conversations 16-30 of the newer sets (round 47)', () => {
    const turns = loadDialogQuestionTurns(root);
    expect(turns.filter((t) => t.topics.length > 0).length).toBeGreaterThan(1500);
    // Where a turn comes from ("dialogs-dev-z.jsonl:12#3", file line and turn) as the conversation's number in its set.
    const files = new Map<string, string[]>();
    const conversation = (where: string) => {
      const [, file, line] = /^(.+):(\d+)#/.exec(where)!;
      if (!files.has(file!)) files.set(file!, fs.readFileSync(path.join(root, 'tests', 'eval', file!), 'utf8').split('\n'));
      return files
        .get(file!)!
        .slice(0, Number(line))
        .filter((l) => l.trim() !== '' && !l.trim().startsWith('//')).length;
    };
    const newer = turns.filter((x) => /^dialogs-dev-(?:z|a[a-z])\.jsonl:/.test(x.where));
    expect(newer.length).toBeGreaterThan(500);
    expect(Math.max(...newer.map((t) => conversation(t.where)))).toBe(15);
    // The older sets are tuning lines whole.
    expect(turns.some((t) => t.where.startsWith('dialogs-dev-b.jsonl:') && conversation(t.where) > 20)).toBe(true);
    // Two words or fewer ("en ik?") take their topic from the turn before: not a message to learn alone.
    for (const t of turns) expect(t.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0).toBeGreaterThan(2);
  });
});

describe('shapes of round 6 (alternatives asked indirectly, "is this allowed", who reported it, who sees this chat)', () => {
  it('reads them in wordings that are not in the corpus', () => {
    expect(asked('ik vraag me af of dit nou uitbuiting is of dat ik overdrijf')).toContain('is_it_trafficking');
    expect(asked('is dit wat jullie mensenhandel noemen?')).toContain('is_it_trafficking');
    expect(asked('is this even allowed here?')).toContain('is_it_trafficking');
    expect(asked('komt mijn naam ergens in een dossier?')).toContain('anonymity');
    expect(asked('would they tell my boss who reported it?')).toContain('anonymity');
    expect(asked('will my father see this chat?')).toContain('privacy');
    expect(asked('is there a number where I can speak to someone?')).toContain('counsellor');
  });
});
