// Types for importing Readability's own file rather than the package index (article.ts).
// The file is CommonJS (`module.exports = Readability`), hence a default export.
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
