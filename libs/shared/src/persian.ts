/**
 * Folds the letter forms people type for the same Persian word into one: Arabic yeh/kaf to
 * Persian, zero-width non-joiners and diacritics removed, Persian/Arabic digits to ASCII,
 * white space collapsed, Latin lower-cased. Search compares folded text on both sides.
 */
export function normalizePersian(text: string): string {
  return text
    .replace(/[\u064A\u0649]/g, '\u06CC') // ي ى → ی
    .replace(/\u0643/g, '\u06A9') // ك → ک
    .replace(/[\u0623\u0625\u0671]/g, '\u0627') // أ إ ٱ → ا
    .replace(/\u0629/g, '\u0647') // ة → ه
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // harakat, superscript alef, tatweel
    .replace(/\u200C|\u200D|\u200E|\u200F|\u00AD/g, '') // ZWNJ, ZWJ, marks, soft hyphen
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
