/**
 * Where the bot may send its replies. The serviceUrl arrives in the request body, so without this
 * check a request would make the server call any address it names (server-side request forgery).
 */
const LOOPBACK = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/;

/** True for an https URL whose host matches one of `hosts` (exact or `*.domain`), or a loopback URL in emulator mode. */
export function serviceUrlAllowed(serviceUrl: string, hosts: readonly string[], emulatorMode: boolean): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase();
  // The Emulator listens on this machine; emulator mode is only possible on a loopback bind.
  if (emulatorMode && LOOPBACK.test(host) && (url.protocol === 'http:' || url.protocol === 'https:')) return true;
  if (url.protocol !== 'https:') return false;
  return hosts.some((pattern) =>
    pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern,
  );
}
