// Types of the parts of pandoc-wrapper (which ships none) that promokit uses.
declare module 'pandoc-wrapper' {
  interface RunResult {
    stdout: string;
    stderr: string;
    exitCode: number | undefined;
    /** Set when the process could not run or failed (execa). */
    shortMessage?: string;
  }
  class PandocJS {
    /** The binary comes from PANDOC_BINARY_PATH (default /usr/bin/pandoc); throws if it does not exist. */
    constructor(options?: { runAsAsync?: boolean });
    binaryPath: string;
    /** execa(binaryPath, args, options) */
    run(args: string[], options?: { input?: string; reject?: boolean; timeout?: number; env?: Record<string, string> }): Promise<RunResult>;
  }
  export = PandocJS;
}
