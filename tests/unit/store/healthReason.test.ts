/** /healthz is public: a store's reason there names no host, user or path; the log keeps the detail. */
import { publicStoreReason, storeErrorForLog } from '../../../src/store/healthReason';

const pgAuth = Object.assign(new Error('password authentication failed for user "helpline"'), { code: '28P01' });
const dns = Object.assign(new Error('getaddrinfo ENOTFOUND db.internal'), { code: 'ENOTFOUND' });
const sqlite = Object.assign(new Error('unable to open database file /srv/helpline/data/helpline.db'), { code: 'SQLITE_CANTOPEN' });

it('gives fixed words and the driver code, never the driver message', () => {
  expect(publicStoreReason('database did not answer', pgAuth)).toBe('database did not answer (28P01)');
  expect(publicStoreReason('database did not answer', dns)).toBe('database did not answer (ENOTFOUND)');
  expect(publicStoreReason('could not be opened', sqlite)).toBe('could not be opened (SQLITE_CANTOPEN)');
});

it('leaves out a code that is not a plain code, and copes with anything thrown', () => {
  expect(publicStoreReason('could not be opened', { code: 'user "x" at db.internal' })).toBe('could not be opened');
  expect(publicStoreReason('could not be opened', 'a string')).toBe('could not be opened');
  expect(publicStoreReason('could not be opened', null)).toBe('could not be opened');
});

it('keeps the driver message for the log, without file paths', () => {
  expect(storeErrorForLog(pgAuth)).toBe('28P01: password authentication failed for user "helpline"');
  expect(storeErrorForLog(sqlite)).toBe('SQLITE_CANTOPEN: unable to open database file <path>');
  expect(storeErrorForLog('x'.repeat(500))).toHaveLength(300);
});
