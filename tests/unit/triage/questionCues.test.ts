import { asksSomething, cuedTopics } from '../../../src/triage/questionCues';
import { topicsToAnswer } from '../../../src/triage/ownQuestions';

describe('questions read from their words', () => {
  it('reads a question the topic model may miss, in Dutch and English', () => {
    expect(cuedTopics('Als ik iets meld, hoort de eigenaar dan dat het van mij komt?')).toContain('anonymity');
    expect(cuedTopics('Mag ik overleggen zonder zijn naam te noemen, vanwege mijn beroepsgeheim?')).toContain('privacy');
    expect(cuedTopics('Overdrijf ik als ik me zorgen maak?')).toContain('is_it_trafficking');
    expect(cuedTopics('Will she be sent home if someone checks on them?')).toEqual(
      expect.arrayContaining(['consequences', 'after_report']),
    );
    expect(cuedTopics('Can I speak with someone who understands Hindi?')).toContain('counsellor');
  });

  it('reads nothing from a message that asks nothing', () => {
    expect(asksSomething('Mijn buurman werkt elke dag in de kassen en zijn baas houdt zijn paspoort')).toBe(false);
    expect(cuedTopics('Ze is bang voor de politie en haar verblijfsvergunning')).toEqual([]);
  });

  it('takes the police as a topic only when going to them is asked about', () => {
    expect(cuedTopics('Moet ik naar de politie gaan?')).toContain('police');
    expect(cuedTopics("Is this trafficking? I don't want to waste police time")).not.toContain('police');
  });
});

describe('answer order', () => {
  it('puts what the words plainly ask before a guess of the model when there are more topics than answers', () => {
    expect(topicsToAnswer(['anonymity', 'consequences', 'police'], 'Will I have to stay for the police?', ['police'])).toEqual([
      'police',
      'anonymity',
    ]);
  });
});
