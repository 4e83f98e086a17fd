/**
 * Where the text starts after its leading ASCII spaces (space, tab, line breaks): the quick
 * refusals of the ledger's label rules look at the two characters from there.
 * @example afterAsciiSpaces("  Total") //=> 2
 */
export function afterAsciiSpaces(text: string): number {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) i++;
    else break;
  }
  return i;
}
