import { dangerInPassing } from '../../../src/safety/inPassing';
import { lookAt } from '../../../src/understanding/firstLook';
import { testScreen } from '../../support/screen';

const screen = testScreen();

describe('danger said in passing inside a long story', () => {
  it('makes the message unsure (the bot asks, with 112) when one part of it reads acute on its own', () => {
    const story =
      'Ik maak me zorgen over mijn buurvrouw. Ze werkt al maanden in een nagelsalon en verdient bijna niks. ' +
      'Haar baas houdt haar paspoort en ze woont boven de zaak met vier andere vrouwen. ' +
      'Ze heeft me net een berichtje gestuurd dat ze is opgesloten en niet weg kan. ' +
      'Verder weet ik niet veel over haar contract en ik wil vooral advies over wat ik kan doen. ' +
      'Ze heeft ook twee kinderen in Vietnam en ik ken haar al jaren van de buurt, ze is altijd vriendelijk.';
    const danger = lookAt(screen, story, 'nl').look.danger;
    expect(danger.level).not.toBe('none');
    // Unsure through the window over its parts, or (safety17) because someone shut in is named with
    // no distance, which the screen never leaves silent whatever the score.
    if (danger.level === 'unsure') expect(danger.reasons.some((r) => r === 'window.acute' || r === 'screen.never_silent')).toBe(true);
  });

  it('cuts the parts from the reading of the whole message, with the same result as reading it anew', () => {
    const story =
      'We werken in de kas bij Venlo en het is zwaar werk. De baas is streng en het loon is laag. ' +
      'Mijn collega zegt dat hij net zijn telefoon heeft afgepakt en hem heeft opgesloten in de container. ' +
      'Verder gaat het wel, we hebben een kamer met zijn vieren en er is een keuken. ' +
      'Ik wil eigenlijk alleen weten wat mijn rechten zijn als uitzendkracht in Nederland.';
    expect(dangerInPassing(screen, story, screen.look(story).read)).toBe(dangerInPassing(screen, story));
  });

  it('leaves a short message to the reading of the whole', () => {
    expect(lookAt(screen, 'Mijn buurvrouw werkt in een nagelsalon. Ze verdient weinig.', 'nl').look.danger.reasons).not.toContain(
      'window.acute',
    );
  });
});
