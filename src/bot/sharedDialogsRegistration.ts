import * as registrationModule from 'botbuilder-dialogs/lib/dialogsComponentRegistration';

type Registration = registrationModule.DialogsComponentRegistration;
type RegistrationClass = typeof registrationModule.DialogsComponentRegistration;

const SHARED = Symbol.for('helpline.sharedDialogsRegistration');

/**
 * botbuilder-dialogs' `DialogStateManager` constructor (one per dialog context: two a turn here)
 * runs `ComponentRegistration.add(new DialogsComponentRegistration())`: each time a
 * new service collection with the dialogs' memory-scope and path-resolver factories (closures and
 * arrays), put in a registry keyed by the class's name, where it replaces the one before it. The
 * registry is read only when a turn has no memory configuration yet (our first dialog turn: see
 * `keptDialogMemory`), and the registrations hold nothing of a turn. About 1.6 KB each (~1 % of a
 * turn's allocation) and ~0.5 % of the event loop under load (ADR 0002, round 28).
 *
 * This makes `new DialogsComponentRegistration()` give one registration made once, through the
 * module's own export (the compiled constructor reads it from there at each call). The registry then
 * keeps that same object under the same name: what the first turn's configuration is built from
 * does not change. A botbuilder-dialogs whose export is not a writable class is left as it is:
 * so under tsx (benches and the CLI run from src), whose import is a copy with getters, nothing is
 * shared; the built server and jest get the module's own exports. Returns whether it is shared.
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
