import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';

describe('the own questions the dialog answers', () => {
  it('answers the cost named beside "will they know it was me?" as a second question', () => {
    for (const text of [
      'Hoort mijn werkgever dat ik het was? Ik heb dat contract nodig voor mijn verblijf',
      'will the boss find out it was me? i cannot lose my job, i send money home',
      'Weet de eigenaar dan dat ik het heb gemeld? Dan vlieg ik er zelf ook uit, dat is mijn brood',
    ])
      // (In either order: a cost the question itself names goes first.)
      expect([...questionsToAnswer({ questions: ['anonymity'] }, text, 'self')].sort()).toEqual(['anonymity', 'consequences']);
    // Nothing it would cost named: anonymity alone.
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'Weet de buurman dan dat ik het was?', 'other')).toEqual(['anonymity']);
  });

  it("reads someone in the writer's life coming to know of it as anonymity, also asked inside a story (round 28)", () => {
    // The question model reads nothing in such a sentence after a story; the intent of the whole
    // message is the story's. The cost told beside it is answered too.
    const text = "tbh I'm worried about my job too, we're not supposed to get involved with passengers. Will my employer hear about this?";
    expect([...questionsToAnswer({ questions: [] }, text, 'other')].sort()).toEqual(['anonymity', 'consequences']);
    for (const asked of ['Komt mijn werkgever hierachter?', 'Hoort de eigenaar hiervan?', 'Will the agency know about it?'])
      expect(questionsToAnswer({ questions: [] }, asked, 'other')).toContain('anonymity');
    // The own family is the privacy answer for family; whether the police hear of it is not anonymity.
    expect(questionsToAnswer({ questions: [] }, 'Will my parents hear about this?', 'self')).not.toContain('anonymity');
    expect(questionsToAnswer({ questions: [] }, 'Will the police hear about this?', 'other')).not.toContain('anonymity');
    // A statement is not a question.
    expect(questionsToAnswer({ questions: [] }, 'My boss knows about it.', 'self')).not.toContain('anonymity');
  });

  it('reads chat spelling "nie" as "niet": the own family hearing of it is a privacy worry however it is typed', () => {
    for (const text of ['ik wil nie dat mn ouders dit te weten komen', 'ik wil niet dat mijn ouders dit te weten komen'])
      expect(questionsToAnswer({ questions: ['anonymity'] }, text, 'self')).toEqual(['anonymity', 'privacy']);
  });

  it("keeps the model's topics first and fills up with the cues of the sentences that ask", () => {
    const text = 'Wat gebeurt er als ik bel? Komt het dan in een systeem van de politie?';
    expect(questionsToAnswer({ questions: ['after_report'] }, text, null)).toEqual(['after_report', 'privacy', 'police']);
  });

  it("adds the plain cues of the whole message to the model's topics in a message mixed with another language", () => {
    expect(questionsToAnswer({ questions: ['privacy'], mixedWith: 'pl' }, 'czy szef się dowie? is it anonymous?', null)).toEqual([
      'anonymity',
      'privacy',
    ]);
  });

  it('answers "is dat strafbaar?" as a consequence only when the writer may be telling about themselves', () => {
    const text = 'Ik heb mijn rekening uitgeleend. Is dat strafbaar?';
    expect(questionsToAnswer({ questions: ['is_it_trafficking'] }, text, null)).toContain('consequences');
    expect(questionsToAnswer({ questions: ['is_it_trafficking'] }, text, 'other')).not.toContain('consequences');
  });

  it("answers a professional's duty of confidentiality as privacy and consequences, without pushing out a question read from the words", () => {
    const text = 'Mag ik dit met mijn beroepsgeheim wel delen?';
    expect(questionsToAnswer({ questions: ['privacy'] }, text, 'professional')).toEqual(['privacy', 'consequences']);
    expect(questionsToAnswer({ questions: ['consequences'] }, text, 'professional')).toEqual(['consequences', 'privacy']);
    const full = 'Welke signalen nog meer? Mag ik dit met mijn beroepsgeheim melden? Kan hij anoniem bellen? Kan ik iemand spreken?';
    const topics = questionsToAnswer({ questions: ['signals', 'privacy', 'anonymity', 'counsellor'] }, full, 'professional');
    expect(topics).toEqual(expect.arrayContaining(['signals', 'privacy', 'anonymity', 'counsellor']));
    expect(topics).toHaveLength(4);
  });

  it('answers a duty of confidentiality with both its halves also when the model read another topic from it', () => {
    // Words of our own, not of a set: a youth worker asking about their duty to keep silent. Both
    // halves (what stays with us, may I report without consent: convo20) as when the model reads one.
    const text = 'Als jongerenwerker heb ik geheimhoudingsplicht. Kan ik dan toch iets doorgeven?';
    expect(questionsToAnswer({ questions: ['anonymity'] }, text, 'professional')).toEqual(['anonymity', 'consequences', 'privacy']);
    expect(questionsToAnswer({ questions: [] }, 'Ik heb beroepsgeheim.', 'professional')).toEqual([]);
  });

  it('answers whether a report can still be made, and what the police do after one, as what happens after a report', () => {
    for (const text of [
      'Ik werk er al maanden niet meer. Kan ik het dan nog melden?',
      'Heeft het nog zin om het nu pas te melden?',
      'Could I still report this once I am back in Spain?',
      'Wat doen jullie als ik dit meld?',
      'Wat doet de politie als ik aangifte doe?',
    ])
      expect(questionsToAnswer({ questions: [] }, text, null)).toContain('after_report');
  });

  it('answers whether to tell the parents or the employer as privacy', () => {
    for (const text of ['Moet ik zijn moeder inlichten?', 'Should we tell her employer about this?'])
      expect(questionsToAnswer({ questions: [] }, text, 'other')).toEqual(['privacy']);
  });

  it('answers no topic the model read from a doubt about the place alone, but a question asked beside it', () => {
    expect(questionsToAnswer({ questions: ['privacy'] }, 'Ben ik hier aan het juiste adres?', null)).toEqual([]);
    expect(questionsToAnswer({ questions: ['consequences'] }, 'Am I in the right place?', null)).toEqual([]);
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'ik weet niet of ik hier goed zit. kan ik anoniem blijven?', null)).toEqual([
      'anonymity',
    ]);
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'ik weet niet of ik hier goed zit, kan ik anoniem blijven?', null)).toEqual([
      'anonymity',
    ]);
  });
});

describe('the own questions the dialog answers, round 11', () => {
  it('answers "is dat strafbaar?" as a consequence when the writer says the deed is theirs, whoever the story is about', () => {
    const text = 'Is dat strafbaar? Ik heb alleen mijn rekening uitgeleend.';
    expect(questionsToAnswer({ questions: ['is_it_trafficking'] }, text, 'other')).toEqual(['is_it_trafficking', 'consequences']);
    expect(questionsToAnswer({ questions: ['is_it_trafficking'] }, 'Is dat strafbaar? Ik denk het wel.', 'other')).toEqual([
      'is_it_trafficking',
    ]);
  });
});

describe('asking about 112', () => {
  it('is a police question, and what the model read beside it from that sentence alone is not asked', () => {
    expect(questionsToAnswer({ questions: ['is_it_trafficking'] }, 'Should I really call 112 or is that too much?', 'other')).toEqual([
      'police',
    ]);
    expect(questionsToAnswer({ questions: [] }, 'moet ik 112 bellen?', 'other')).toEqual(['police']);
    // A number that only contains 112 is not it.
    expect(questionsToAnswer({ questions: [] }, 'is 0800-1120 gratis?', 'other')).not.toContain('police');
  });
});

describe('a question about the police with a consequence named', () => {
  it('answers what the step would cost beside the police: a stay, the job, a punishment', () => {
    for (const text of [
      'If I call police they will ask for my papers. I have no papers. They will deport me?',
      'als ik het tegen de politie zeg, gaat hij dan naar de jeugdgevangenis?',
      'Moet ik de politie bellen? Ik ben bang dat ik dan mijn baan kwijt ben',
    ])
      expect(questionsToAnswer({ questions: ['police'] }, text, 'other')).toEqual(expect.arrayContaining(['police', 'consequences']));
  });

  it('answers the police alone when nothing it would cost is named', () => {
    expect(questionsToAnswer({ questions: ['police'] }, 'Moet ik de politie bellen of eerst met haar praten?', 'other')).toEqual([
      'police',
    ]);
    expect(
      questionsToAnswer({ questions: ['after_report'] }, 'Wat gebeurt er na een melding? Komt er iemand kijken?', 'other'),
    ).not.toContain('consequences');
    // Where the words of this chat go is not what a step would cost, whatever office is named.
    expect(
      questionsToAnswer({ questions: ['after_report', 'privacy'] }, 'what happens with this chat, does it go to the IND?', 'self'),
    ).not.toContain('consequences');
  });
});

describe('a cost of telling in words the named consequences do not list (round 26)', () => {
  it('answers telling making it worse for someone, beside a question about the police', () => {
    for (const text of [
      'moet ik de politie bellen? ik wil niet dat het dan erger wordt voor mijn zus',
      'Should I call the police? I am scared it only gets worse for him',
    ])
      expect(questionsToAnswer({ questions: ['police'] }, text, 'other')).toEqual(expect.arrayContaining(['police', 'consequences']));
  });

  it('answers a person made the offender by telling ("dan is hij de crimineel"), not who did it in the story', () => {
    expect(
      questionsToAnswer({ questions: ['police'] }, 'ik wil niet naar de politie, want dan is zij de verdachte. klopt dat?', 'other'),
    ).toEqual(expect.arrayContaining(['police', 'consequences']));
    expect(questionsToAnswer({ questions: [] }, 'hij is de dader denk ik. wat moet ik doen?', 'other')).not.toContain('consequences');
  });

  it('answers any possession of the writer lost beside the question, but not a state of mind', () => {
    expect(
      questionsToAnswer({ questions: ['police'] }, 'If I go to the police, do they tell my agency? Then I lose my stand', 'self'),
    ).toEqual(expect.arrayContaining(['police', 'consequences']));
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'weet de baas dat ik het was? dan verlies ik mijn slaapplek', 'self')).toEqual(
      expect.arrayContaining(['anonymity', 'consequences']),
    );
    expect(questionsToAnswer({ questions: [] }, 'I am losing my mind, what should I do?', 'self')).not.toContain('consequences');
  });

  it('answers being thrown out of wherever one sleeps as a cost, beside being found out', () => {
    expect(
      questionsToAnswer({ questions: [] }, 'if the inspection comes, the boss knows it was us and kicks us out of the caravan?', 'self'),
    ).toEqual(expect.arrayContaining(['anonymity', 'consequences']));
  });
});

describe('someone coming to a person once the writer tells (round 26)', () => {
  it('is what happens after a report, whoever is told and whoever comes', () => {
    for (const text of [
      'Als ik de inspectie inlicht, komen ze dan volgende week bij haar op de zaak?',
      'if i report this will they come to my house?',
      'als wij het melden staan ze dan bij ons aan de deur?',
    ])
      expect(questionsToAnswer({ questions: [] }, text, 'other')).toContain('after_report');
    // A coming told without the writer telling anyone is not it.
    expect(questionsToAnswer({ questions: [] }, 'komen ze vaak bij haar langs?', 'other')).not.toContain('after_report');
  });
});
