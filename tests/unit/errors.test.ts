import { AppError, safeErrorDetails } from '../../src/errors';

it('describes an error for logs without its message, which may quote user input', () => {
  const details = safeErrorDetails(new SyntaxError('Unexpected token in "mijn buurman Jan"'));
  expect(details?.name).toBe('SyntaxError');
  expect(JSON.stringify(details)).not.toContain('Jan');
  const wrapped = safeErrorDetails(new AppError('Internal', undefined, { cause: new TypeError('Piet 0612345678') }));
  expect(wrapped?.name).toBe('TypeError');
  expect(JSON.stringify(wrapped)).not.toContain('Piet');
  expect(safeErrorDetails('not an error')).toBeUndefined();
});
