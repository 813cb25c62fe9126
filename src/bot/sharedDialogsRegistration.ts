import * as registrationModule from 'botbuilder-dialogs/lib/dialogsComponentRegistration';

type Registration = registrationModule.DialogsComponentRegistration;
type RegistrationClass = typeof registrationModule.DialogsComponentRegistration;

const SHARED = Symbol.for('helpline.sharedDialogsRegistration');

/**
 * botbuilder-dialogs' `DialogStateManager` constructor (two to three per dialog turn: one per
 * dialog context) runs `ComponentRegistration.add(new DialogsComponentRegistration())`: each time a
 * new service collection with the dialogs' memory-scope and path-resolver factories (closures and
 * arrays), put in a registry keyed by the class's name, where it replaces the one before it. The
 * registry is read only when a turn has no memory configuration yet (our first dialog turn: see
 * `keptDialogMemory`), and the registrations hold nothing of a turn. Under load that was ~3 % of a
 * turn's sampled allocation and ~0.5 % of the event loop (ADR 0002, round 28).
 *
 * This makes `new DialogsComponentRegistration()` give one registration made once, through the
 * module's own export (the compiled constructor reads it from there at each call). The registry then
 * keeps that same object under the same name: what the first turn's configuration is built from
 * does not change. A botbuilder-dialogs whose export is not a writable class is left as it is.
 * Returns whether the registration is shared.
 */
export function shareDialogsRegistration(): boolean {
  const exported = registrationModule as unknown as Record<string, unknown>;
  const current = exported.DialogsComponentRegistration as (RegistrationClass & { [SHARED]?: true }) | undefined;
  if (typeof current !== 'function') return false;
  if (current[SHARED]) return true;
  const descriptor = Object.getOwnPropertyDescriptor(exported, 'DialogsComponentRegistration');
  if (!descriptor?.writable) return false;
  const original = current;
  let shared: Registration | undefined;
  // A plain function: called with `new`, the object it returns is the result.
  function DialogsComponentRegistration(): Registration {
    return (shared ??= new original());
  }
  DialogsComponentRegistration.prototype = original.prototype;
  Object.defineProperty(DialogsComponentRegistration, SHARED, { value: true });
  exported.DialogsComponentRegistration = DialogsComponentRegistration;
  return true;
}
