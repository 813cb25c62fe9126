/** Dutch (and English) PII detection and pseudonymisation for supervisor-facing transcripts. */
export { detectConversation, detectPii } from './detect';
export { Pseudonymiser, type AnonymisedEntity, type AnonymisedText } from './pseudonymiser';
export { PII_TYPES, type PiiEntity, type PiiType } from './types';
