/** Decap's locale files (plain objects of strings, untyped): the English one is the list the Vietnamese is checked against. */
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const strings: Record<string, unknown>;
  export default strings;
}
declare module 'decap-cms-locales/dist/esm/vi/index.js' {
  const strings: Record<string, unknown>;
  export default strings;
}
