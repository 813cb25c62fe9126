/**
 * The gazetteer's names as a trie of words: a name of several words ("bergen op zoom") is a path of
 * one node per word, so a scan of a message walks from a word to the next by one look-up of that
 * word, and learns where to stop from the node itself. The scan this replaces joined the words into
 * a new string at every step and asked a set of every name's leading words ("bergen", "bergen op")
 * whether to read on.
 */
import { KeySieve } from './keySieve';

export interface TrieNode<V> {
  /** What the words up to here name, if anything. */
  readonly value: V | undefined;
  /** The words that may follow, each with its node. */
  readonly next: ReadonlyMap<string, TrieNode<V>> | undefined;
}

interface MutableNode<V> {
  value: V | undefined;
  next: Map<string, MutableNode<V>> | undefined;
}

export class KeyTrie<V> {
  private readonly root = new Map<string, MutableNode<V>>();
  /**
   * The first words, in a sieve that answers most words of a message (no name opens with them)
   * without a look-up in the large map of them (keySieve.ts). Built on the first walk.
   */
  private sieve: KeySieve | undefined;

  /** Files `value` under a key of words joined by single spaces ("bergen op zoom"); a later value for the same key replaces it. */
  add(key: string, value: V): void {
    this.sieve = undefined;
    const words = key.split(' ');
    let node = nodeIn(this.root, words[0]!);
    for (let i = 1; i < words.length; i++) node = nodeIn((node.next ??= new Map()), words[i]!);
    node.value = value;
  }

  /** The node of a name's first word, or undefined when no name opens with it. */
  first(word: string): TrieNode<V> | undefined {
    this.sieve ??= new KeySieve(this.root.keys());
    return this.sieve.mayHold(word) ? this.root.get(word) : undefined;
  }
}

function nodeIn<V>(level: Map<string, MutableNode<V>>, word: string): MutableNode<V> {
  let node = level.get(word);
  if (node === undefined) {
    node = { value: undefined, next: undefined };
    level.set(word, node);
  }
  return node;
}
