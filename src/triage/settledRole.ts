/**
 * The writer's role, once the conversation has one, is a fact of the conversation: a later message
 * changes it only where it says so ("het gaat eigenlijk om mij", "it's about my sister", "ik ben haar
 * docent"). Read alone, a later message is often the writer speaking inside the story already told
 * ("ik ben zelf 19", "krijg ik problemen op mijn werk?", "ze moet met klanten mee"), and the models,
 * reading its words, took it for the writer's own story or a professional's. Pure.
 */
import { roleSaid } from '../nlu/facts/writerRole';
import type { ToldFacts } from '../understanding/understanding';
import type { TriageSummary } from './summary';

/** `plain`: the message, normalised. The facts without a role the message does not say outright. */
export function keepSettledRole(before: TriageSummary, told: Partial<ToldFacts>, plain: string): Partial<ToldFacts> {
  // Settled once a story is told with it (a form known): a first line ("ik heb een vraag over mijn
  // vriend") may still turn out to be the writer's own ("ik ben 15, hij is 20").
  if (before.role === null || before.form === 'unknown') return told;
  if (told.aboutWhom === undefined || told.aboutWhom === null || told.aboutWhom === before.role) return told;
  const said = roleSaid(plain);
  if (said === told.aboutWhom) return told;
  // A professional who tells of a person is still a professional ("hij is 15", "she is 15").
  const { aboutWhom: _aboutWhom, ...rest } = told;
  return rest;
}
