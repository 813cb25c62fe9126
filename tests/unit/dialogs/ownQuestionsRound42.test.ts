/**
 * Round 42 (ownq42): a question asked while danger is in view is answered beside the 112 (the
 * police coming for the writer, what to tell the police, calling that is not safe); a statement
 * that asks to be confirmed ("…toch niet…", "…, right") is a question; the turn where the writer
 * says the story is their own is said back and turns the role in that turn.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { asksToConfirm, withConfirmationsMarked, withoutConfirmationParticle } from '../../../src/nlu/text/confirmationSought';
import { roleSaid } from '../../../src/nlu/facts/writerRole';
import { callingUnsafe, policeForWriterAsked, whatToSayAsked } from '../../../src/triage/callingNow';
import { consequencesAsked } from '../../../src/triage/ownQuestions';
import { asksSomething, cuedTopics } from '../../../src/triage/questionCues';
import { catalog, chatOnPage, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

describe('a statement that asks to be confirmed', () => {
  it.each([
    'en mijn naam komt toch niet in een rapport',
    'dat blijft toch wel tussen ons',
    'jullie bellen toch niet mijn baas',
    'this stays between us, yes',
    'you will not tell my boss, right',
  ])('%p asks', (text) => {
    expect(asksToConfirm(text)).toBe(true);
    expect(asksSomething(text)).toBe(true);
  });

  it.each(['ik ga toch niet naar de politie', 'we doen toch niks', 'hij heeft het toch gedaan', 'ok, right', 'iemand belde toen'])(
    '%p does not',
    (text) => {
      expect(asksToConfirm(text)).toBe(false);
    },
  );

  it('is marked for the question model only where Dutch "toch" asks', () => {
    expect(withConfirmationsMarked('Het is zwaar. dat blijft toch wel tussen ons.')).toBe('Het is zwaar. dat blijft toch wel tussen ons?');
    expect(withConfirmationsMarked('my name will not be in a report, right')).toBe('my name will not be in a report, right');
  });

  it('is read past its particle by the cues', () => {
    expect(withoutConfirmationParticle('dat blijft toch wel tussen ons')).toBe('dat blijft tussen ons');
    expect(cuedTopics('dat blijft toch wel tussen ons')).toContain('privacy');
  });
});

describe('calling the police while danger is in view', () => {
  it.each(['is police coming also for me?', 'komt de politie ook voor mij?', 'pakken ze mij dan ook op?', 'word ik dan ook opgepakt?'])(
    '%p asks whether the police come for the writer',
    (text) => {
      expect(policeForWriterAsked(text)).toBe(true);
    },
  );

  it.each(['de politie kwam voor de buren', 'Kunnen jullie de politie voor me bellen?', 'can you call the police for me?'])(
    'reads no such question in %p',
    (text) => {
      expect(policeForWriterAsked(text)).toBe(false);
    },
  );

  it.each(['wat moet ik zeggen als ik de politie weer bel?', 'Ik bel 112 nu. Wat moet ik zeggen?', 'what should I tell the police?'])(
    '%p asks what to tell them',
    (text) => {
      expect(whatToSayAsked(text)).toBe(true);
    },
  );

  it('reads no such question about someone else than the police', () => {
    expect(whatToSayAsked('wat moet ik zeggen tegen mijn moeder?')).toBe(false);
  });

  it.each(['ik ben bang dat ze t horen', 'I can not call, only write here', 'ik kan niet bellen', 'I have no phone'])(
    '%p says calling is not safe',
    (text) => {
      expect(callingUnsafe(text)).toBe(true);
    },
  );

  it('reads no unsafe call in belonging ("ze horen bij de bende")', () => {
    expect(callingUnsafe('ze horen bij de bende')).toBe(false);
  });

  it('reads a stay no longer legal as the stay', () => {
    expect(consequencesAsked('I am not legal anymore?')).toContain('permit');
  });
});

describe('the writer saying the story is their own', () => {
  it.each(['het is ik. ik ben die vrouw', 'eigenlijk gaat het om mij. ik ben dat meisje', 'ok it is me. I am the helper', "that's me"])(
    '%p says so',
    (text) => {
      expect(roleSaid(text.toLowerCase())).toBe('self');
    },
  );

  it('does not read "ik ben dat zat" as the writer being the person', () => {
    expect(roleSaid('ik ben dat zat')).not.toBe('self');
  });
});

const recognizer = createLocalRecognizer({ screen: testScreen() });

const chatting = (locale: 'nl' | 'en') => chatOnPage(recognizer, locale);

const has = (turn: Turn, locale: 'nl' | 'en', key: string) => turn.texts.some((t) => t.startsWith(catalog.t(locale, key).slice(0, 40)));

describe('through the bot', () => {
  it('answers "is police coming also for me?" beside the 112 with what the police do for a victim', async () => {
    const chat = await chatting('en');
    await chat('my boss took my passport and I work in a greenhouse');
    await chat('now he locked the door and I can not leave, he is very angry');
    const asked = await chat('is police coming also for me? I am not legal anymore');
    expect(has(asked, 'en', 'ownQuestions.policeForMe')).toBe(true);
    expect(asked.texts.some((t) => /\b112\b/.test(t))).toBe(true);
  });

  it('answers calling that is not safe, and not with staying anonymous', async () => {
    const chat = await chatting('nl');
    await chat('Er zit nu een meisje opgesloten in de schuur van de buren, ik hoor haar gillen en hij heeft een mes');
    const asked = await chat('moet ik echt bellen? ik ben bang dat ze t horen');
    expect(has(asked, 'nl', 'ownQuestions.policeNowUnsafe')).toBe(true);
    expect(has(asked, 'nl', 'ownQuestions.anonymity')).toBe(false);
  });

  it('says back that the story is the writer’s own in the turn they say it', async () => {
    const chat = await chatting('nl');
    await chat('mijn vriendin moet werken in een nagelsalon en krijgt geen loon');
    await chat('de baas heeft haar paspoort');
    const turned = await chat('eigenlijk gaat het om mij. ik ben dat meisje');
    expect(has(turned, 'nl', 'triage.ownStory')).toBe(true);
  });
});
