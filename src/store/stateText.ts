/**
 * The JSON text of a bot-state item without its eTag, handed along with the item between the
 * store and the bot state so that neither serialises the same state again: a read offers the text
 * it parsed (the bot state's change mark at load), a save offers the text it compared (what the
 * store writes). Keyed weakly by the item object itself, never by a key or an id, so a text only
 * ever describes the object it was made from. Each direction has its own map, so a text a read
 * offered can never be written, and each is taken once, right where it was made (no await between
 * offer and take), so an object changed afterwards is never written with an older text. A store
 * or a state class that does not use this module serialises, as before.
 */
const fromRead = new WeakMap<object, string>();
const forWrite = new WeakMap<object, string>();

function take(map: WeakMap<object, string>, item: object): string | undefined {
  const text = map.get(item);
  if (text !== undefined) map.delete(item);
  return text;
}

/** A store read `item` from exactly this text (the item's eTag not part of it). */
export function offerReadText(item: object, text: string): void {
  fromRead.set(item, text);
}

/** The text `item` was read from, once; undefined when the store offered none. */
export function takeReadText(item: object): string | undefined {
  return take(fromRead, item);
}

/** `text` is the exact JSON of `item` without its eTag now, about to be written. */
export function offerWriteText(item: object, text: string): void {
  forWrite.set(item, text);
}

/** The text offered for writing `item`, once; undefined when none was. */
export function takeWriteText(item: object): string | undefined {
  return take(forWrite, item);
}
