/**
 * Own questions in words the question model was not trained on, read by the plain cues
 * (src/triage/questionCues.ts) as the dialog answers them (questionsToAnswer): what the police or
 * an inspection do after a report, a second question in the same message, a fear said of the
 * person, "klopt dat?" about what exploiters are said to do, being traced, someone to go along.
 * The model's reading is left empty here, so each answer comes from the cues alone.
 */
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import type { QuestionTopic } from '../../../src/understanding/understanding';

const answered = (text: string, role: 'self' | 'other' | null = 'other', read: QuestionTopic[] = []) =>
  questionsToAnswer({ questions: read }, text, role);

describe('own questions beside the story, in other words', () => {
  it('answers what happens after a report when the police are asked to come to the door or to question someone', () => {
    expect(answered('Als ik het doorgeef, staat de politie dan morgen bij die garage aan de deur?', 'other', ['police'])).toEqual(
      expect.arrayContaining(['police', 'after_report']),
    );
    expect(answered('And if I do report it, will the police question him first?', 'other', ['police'])).toEqual(
      expect.arrayContaining(['police', 'after_report']),
    );
  });

  it('answers what those told will do then, and "what do I do after this?"', () => {
    expect(answered('Oké. En wat doet de inspectie dan, bellen ze eerst?')).toContain('after_report');
    expect(answered('ik vertel het aan de vertrouwenspersoon. doet die dan ook iets?')).toContain('after_report');
    expect(answered('Ze hebben het adres nu. Wat moet ik daarna doen?')).toContain('after_report');
  });

  it('answers both questions of one message: the police and being seen as the offender', () => {
    expect(answered('Moet hij naar de politie? Of wordt hij daar als dader behandeld?', 'other', ['police'])).toEqual(
      expect.arrayContaining(['police', 'consequences']),
    );
    expect(answered('Wat gebeurt er als ik bel? Nemen ze hem dan mee?', 'other', ['after_report'])).toEqual(
      expect.arrayContaining(['after_report', 'consequences']),
    );
  });

  it('reads a fear said of the person as asked', () => {
    expect(answered('Ze is bang dat ze wordt opgepakt omdat ze zonder papieren werkt. Wat kan ze doen?')).toContain('consequences');
  });

  it('answers "klopt dat?" about what exploiters are said to do with the signals', () => {
    expect(answered('Ik las dat loverboys meisjes eerst dure cadeaus geven en dan iets terug willen. Klopt dat?')).toContain('signals');
    expect(answered('Is die naam in haar nek echt een teken van uitbuiting?', 'other', ['signals'])).toEqual(
      expect.arrayContaining(['signals', 'is_it_trafficking']),
    );
  });

  it('reads doubt said after "maar" as the question whether it is exploitation', () => {
    expect(answered('Ik heb een bakkerij in Zwolle. Ik wil iets vertellen maar weet niet of het uitbuiting is.')).toContain(
      'is_it_trafficking',
    );
  });

  it('answers being traced, the family called, reading a phone, and someone to go along', () => {
    expect(answered('Kan ik het doorgeven zonder dat het terug te leiden is naar mijn bedrijf?')).toContain('anonymity');
    expect(answered('bellen jullie dan mijn ouders? dat wil ik echt niet', 'self')).toContain('privacy');
    expect(answered('Mocht ik zijn berichten eigenlijk wel lezen? Het voelt niet goed.')).toContain('privacy');
    expect(answered('I will go to the station tomorrow. Can somebody come with me?')).toContain('counsellor');
  });

  it('answers a livelihood feared for beside the question of anonymity', () => {
    expect(answered('Als ze horen dat ik dit heb gemeld kan ik mijn zaak wel vergeten. Blijf ik anoniem?', 'other', ['anonymity'])).toEqual(
      expect.arrayContaining(['anonymity', 'consequences']),
    );
  });
});
