// SPDX-License-Identifier: EUPL-1.2
// helder gives UTF-8 byte offsets; the page's text is JavaScript (UTF-16) text. One pass over the
// text gives, for every byte offset where a character starts, its UTF-16 index.
export function utf16Index(text) {
  const index = new Uint32Array(text.length * 3 + 1);
  let byte = 0;
  for (let i = 0; i < text.length; i++) {
    index[byte] = i;
    const c = text.charCodeAt(i);
    if (c < 0x80) byte += 1;
    else if (c < 0x800) byte += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      byte += 4;
      i += 1;
    } else byte += 3;  // a lone surrogate becomes U+FFFD, three bytes, as TextEncoder writes it
  }
  index[byte] = text.length;
  return index.subarray(0, byte + 1);
}
