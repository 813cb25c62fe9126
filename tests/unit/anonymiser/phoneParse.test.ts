/**
 * libphonenumber (a tenth of the anonymiser's start) is loaded when the first number is read, not
 * when the anonymiser is loaded; the numbers it reads are read as before.
 */
describe('libphonenumber in the anonymiser', () => {
  it('is loaded by the first number read, not by loading the modules', () => {
    let loaded = false;
    jest.isolateModules(() => {
      jest.doMock('libphonenumber-js/max', () => {
        loaded = true;
        return jest.requireActual('libphonenumber-js/max');
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { parsePhone } = require('../../../src/anonymiser/phoneParse') as typeof import('../../../src/anonymiser/phoneParse');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../../src/anonymiser');
      expect(loaded).toBe(false);
      expect(parsePhone('06 1234 5678')?.number).toBe('+31612345678');
      expect(loaded).toBe(true);
      expect(parsePhone('+48 512 345 678')?.country).toBe('PL');
      expect(parsePhone('geen nummer')).toBeUndefined();
    });
    jest.dontMock('libphonenumber-js/max');
  });
});
