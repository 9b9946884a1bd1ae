/** Letters and digits that cannot be misread when the password is read out or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random temporary password in four groups of four (about 92 bits), e.g. `Kp7w-3xRt-...`: strong for
 * the server's policy, and the person changes it at the next sign-in anyway.
 */
export function temporaryPassword(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    while (group.length < 4) {
      const [byte = 0] = random(new Uint8Array(1));
      // Rejection sampling: only bytes below the largest multiple of the alphabet's size, so no letter is likelier.
      if (byte < 256 - (256 % ALPHABET.length)) group += ALPHABET[byte % ALPHABET.length];
    }
    groups.push(group);
  }
  return groups.join('-');
}
