// Types of the parts of pandoc-wasm (which ships none) that promokit uses.
declare module 'pandoc-wasm' {
  export interface ConvertResult {
    stdout: string;
    stderr: string;
    warnings: unknown[];
    files: Record<string, string | Blob>;
    mediaFiles: Record<string, Blob>;
  }
  export function convert(
    options: Record<string, unknown>,
    stdin: string | null,
    files: Record<string, string | Blob>,
  ): Promise<ConvertResult>;
  export function query(options: Record<string, unknown>): unknown;
}
