import { jsonNestingExceeds } from '../../../src/http/jsonBody';
import { cleanPath } from '../../../src/http/server';
import { serviceUrlAllowed } from '../../../src/channels/azure/serviceUrls';

describe('jsonNestingExceeds', () => {
  it('counts brackets outside strings only, in one pass', () => {
    expect(jsonNestingExceeds('{"a":[1,{"b":2}]}', 3)).toBe(false);
    expect(jsonNestingExceeds('{"a":[1,{"b":[2]}]}', 3)).toBe(true);
    expect(jsonNestingExceeds(JSON.stringify({ text: '[[[[[[{{{{{{' }), 2)).toBe(false);
    expect(jsonNestingExceeds(JSON.stringify({ text: 'quote \\" [[[[' }), 2)).toBe(false);
    expect(jsonNestingExceeds('['.repeat(100_000) + ']'.repeat(100_000), 32)).toBe(true);
  });
});

describe('cleanPath', () => {
  it('collapses slashes but never leaves an empty path (restify crashed on "//")', () => {
    expect(cleanPath('//')).toBe('/');
    expect(cleanPath('///')).toBe('/');
    expect(cleanPath('//nl')).toBe('/nl');
    expect(cleanPath('/staff//api///me/')).toBe('/staff/api/me');
    expect(cleanPath('//?a=//b')).toBe('/?a=//b');
    expect(cleanPath('')).toBe('/');
  });
});

describe('serviceUrlAllowed', () => {
  const hosts = ['*.botframework.com', 'smba.trafficmanager.net'];
  it('takes https URLs on the listed hosts and nothing else', () => {
    expect(serviceUrlAllowed('https://smba.trafficmanager.net/emea/', hosts, false)).toBe(true);
    expect(serviceUrlAllowed('https://webchat.botframework.com/', hosts, false)).toBe(true);
    expect(serviceUrlAllowed('https://botframework.com.evil.example/', hosts, false)).toBe(false);
    expect(serviceUrlAllowed('https://evilbotframework.com/', hosts, false)).toBe(false);
    expect(serviceUrlAllowed('http://webchat.botframework.com/', hosts, false)).toBe(false);
    expect(serviceUrlAllowed('https://user:pw@webchat.botframework.com/', hosts, false)).toBe(false);
    expect(serviceUrlAllowed('not a url', hosts, false)).toBe(false);
  });

  it('adds loopback only in emulator mode', () => {
    expect(serviceUrlAllowed('http://127.0.0.1:5000/', hosts, false)).toBe(false);
    expect(serviceUrlAllowed('http://127.0.0.1:5000/', hosts, true)).toBe(true);
    expect(serviceUrlAllowed('http://localhost:5000/', hosts, true)).toBe(true);
    expect(serviceUrlAllowed('http://10.0.0.1/', hosts, true)).toBe(false);
  });
});
