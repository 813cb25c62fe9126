import { foundOf } from './helpers';

describe('kin and respect words said with a name', () => {
  it.each([
    ['ze noemen haar mama Grace Okafor, alle meiden betalen haar', 'mama Grace Okafor'],
    ['the boss lady call auntie Mei', 'auntie Mei'],
    ['oom Đỗ Văn Hải tel +44 7700 918 224', 'oom Đỗ Văn Hải'],
    ['patronum Mehmet abi pasaportumu aldı', 'Mehmet abi'],
  ])('go under the name\'s placeholder in "%s"', (text, name) => {
    expect(foundOf('NAAM', text)).toContain(name);
  });

  it('stay outside it after a possessive: the reader needs the relation', () => {
    const names = foundOf('NAAM', 'mijn tante Gerda Jansen woont in Zwolle');
    expect(names).toContain('Gerda Jansen');
    expect(names.some((n) => n.includes('tante'))).toBe(false);
  });
});
