/**
 * Walking a string by code point from any offset, as `for…of` would read it (a lone
 * surrogate is a code point of its own), without reading the string from its start.
 */

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Where the code point starting at `offset` ends. */
export function nextCodePoint(text: string, offset: number): number {
  return isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1)) ? offset + 2 : offset + 1;
}

/** Where the code point ending at `offset` starts. */
export function previousCodePoint(text: string, offset: number): number {
  return offset >= 2 && isLowSurrogate(text.charCodeAt(offset - 1)) && isHighSurrogate(text.charCodeAt(offset - 2))
    ? offset - 2
    : offset - 1;
}

/** `offset`, moved past the rest of a code point it falls inside. */
export function codePointBoundary(text: string, offset: number): number {
  const inside =
    offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1));
  return inside ? offset + 1 : offset;
}

/** The code point starting at `offset`, as a string; "" past the end. */
export function codePointAt(text: string, offset: number): string {
  return offset >= 0 && offset < text.length ? text.slice(offset, nextCodePoint(text, offset)) : "";
}
