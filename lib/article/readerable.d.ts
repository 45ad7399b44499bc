/** Types for the one file of @mozilla/readability that detection imports (see detect.ts). */
declare module '@mozilla/readability/Readability-readerable.js' {
  const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable;
  export default isProbablyReaderable;
}
