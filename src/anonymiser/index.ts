/** Dutch (and English) PII detection and pseudonymisation for supervisor-facing transcripts. */
export { detectConversation, detectPii } from './detect';
export { ANONYMISER_VERSION, PLACEHOLDER } from './version';
export { Pseudonymiser, type AnonymisedEntity, type AnonymisedText } from './pseudonymiser';
export { PII_TYPES, type PiiEntity, type PiiType } from './types';
