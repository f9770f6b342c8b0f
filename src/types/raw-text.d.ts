/** A file imported as its text (`import guide from '…/format.md?raw'`): Vite in tests, bin/build.mjs in the bundle. */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
