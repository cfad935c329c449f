// Without look-alikes (0/O, 1/l/I) so the password survives being read out over the phone.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

const pick = (alphabet: string, random: number) => alphabet[random % alphabet.length];

/** A 12-character password meeting the rule (letters and digits), from the browser's CSPRNG. */
export const generatePassword = (): string => {
  const random = crypto.getRandomValues(new Uint32Array(12));
  const chars = Array.from(random, (r, i) => (i % 4 === 3 ? pick(DIGITS, r) : pick(LETTERS, r)));
  return chars.join('');
};
