import { CODE_PLACEHOLDER, maskConversationCode } from '../../../src/transcripts/codeMask';

describe('the conversation code in an anonymised copy', () => {
  it('is masked however the citizen retypes it', () => {
    for (const typed of ['K7P-2QX', 'k7p-2qx', 'K7P 2QX', 'k7p2qx', 'K7P.2qx', 'K7P–2QX'])
      expect(maskConversationCode(`Mijn code is ${typed}, klopt dat?`, 'K7P-2QX')).toBe(`Mijn code is ${CODE_PLACEHOLDER}, klopt dat?`);
  });

  it('leaves a longer word or number that only contains the code alone, and text without it', () => {
    expect(maskConversationCode('XK7P-2QXY en 1K7P2QX', 'K7P-2QX')).toBe('XK7P-2QXY en 1K7P2QX');
    expect(maskConversationCode('Geen code hier.', 'K7P-2QX')).toBe('Geen code hier.');
  });
});
