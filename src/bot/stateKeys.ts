/**
 * The properties of a conversation's bot state. One list, so that the error handler can reset the
 * dialog without touching what the conversation must keep (danger in view, language, triage).
 */
export const SESSION_STATE = 'session';
export const DIALOG_STATE = 'dialogState';
export const TRIAGE_STATE = 'triage';
