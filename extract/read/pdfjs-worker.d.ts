// pdfjs-dist ships no types for its worker entry nor for its minified builds; the minified main
// build is the same module as pdf.mjs, and of the worker only its presence matters here.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
