import { escapeLike, fieldsForbiddenToBoard, isValidIsic } from './association-rules';

describe('ISIC codes of sector categories', () => {
  it('accepts a class, a group, a division and a section letter', () => {
    for (const code of ['0125', '139', '07', 'C']) expect(isValidIsic(code)).toBe(true);
  });
  it('refuses text, five digits, a lower-case letter and division 00', () => {
    for (const code of ['pistachio', '01251', 'c', '1', '00', 'Z']) expect(isValidIsic(code)).toBe(false);
  });
});

describe('what a board may edit', () => {
  it('names every field other than contact and culture profile', () => {
    expect(fieldsForbiddenToBoard(['contact', 'version'])).toEqual([]);
    expect(fieldsForbiddenToBoard(['contact', 'nameFa', 'status'])).toEqual(['nameFa', 'status']);
  });
});

describe('search text', () => {
  it('keeps % and _ typed by a user literal', () => {
    expect(escapeLike('50%_off')).toBe('50\\%\\_off');
  });
});
