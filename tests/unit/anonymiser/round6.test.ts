import { detectConversation } from '../../../src/anonymiser';

/** Issue 13, round 6: what one message teaches the rest of its conversation, and structure for names, employers and numbers. */

function conversation(texts: string[]): [string, string][][] {
  return detectConversation(texts).map((entities, i) => entities.map((e) => [e.type, texts[i]!.slice(e.start, e.end)]));
}

describe('conversation memory', () => {
  it('takes a name that is also a word in lower case where it opens a sentence, after thanks, or with its own letters', () => {
    const [, second, third] = conversation([
      'ik ben Bas, mijn buurvrouw heet Gül en haar dochter Demi is weg',
      'dank je bas. demi post foto op tiktok',
      'gül haar telefoon is kapot, de bas van de muziek is hard',
    ]);
    expect(second).toEqual([
      ['NAAM', 'bas'],
      ['NAAM', 'demi'],
    ]);
    expect(third).toEqual([['NAAM', 'gül']]);
  });

  it('remembers a guessed name no dictionary knows, also in lower case, without letting it beat a longer span', () => {
    const [, second] = conversation(['een van die jongens, Dainius, kwam huilend bij mij', 'weet dainius dat je ons hebt benaderd?']);
    expect(second).toEqual([['NAAM', 'dainius']]);
  });

  it('finds a business of several words again in lower case, and letters glued to digits as one word', () => {
    const [, second, third] = conversation([
      'we huren mensen in via Baltic Workforce en via Jobs4U Uitzendbureau',
      'baltic workforce heeft een kantoor in Riga',
      'contactpersoon bij Jobs4U is Sandra',
    ]);
    expect(second).toContainEqual(['ORGANISATIE', 'baltic workforce']);
    expect(third).toContainEqual(['ORGANISATIE', 'Jobs4U']);
  });

  it('leaves the lower-case word alone where nothing makes it the name', () => {
    expect(conversation(['mijn zus heet Roos', 'ik kocht een rode roos voor haar'])[1]).toEqual([]);
  });
});
