// crxjs turns `import path from './script.ts?iife'` into the built file's path.
declare module '*?iife' {
  const path: string;
  export default path;
}
