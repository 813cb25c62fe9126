/**
 * What the understander (understander.ts warmUp) and a reading thread (readingWorker.ts) read before
 * they take citizens' messages, so V8 has compiled the screen's and the models' regular expressions
 * and their hot code by then.
 */

/** Plain messages of the kinds a chat starts with, in the page's languages, and a long one. */
export const WARM_UP_TEXTS: readonly string[] = [
  'Ik maak me zorgen om iemand die voor een uitzendbureau werkt en haar paspoort moest afgeven.',
  'My neighbour works every day until late and is not allowed to leave the house. What can I do?',
  'ja',
  Array.from(
    { length: 20 },
    (_, i) =>
      `Zij werkt al ${i + 2} maanden in een restaurant in de stad, krijgt bijna geen loon en moet een schuld voor de reis terugbetalen. `,
  ).join(''),
];
