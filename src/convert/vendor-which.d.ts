// Types of the part of `which` (which ships none) that promokit uses.
declare module 'which' {
  interface WhichOptions {
    /** Folders to search, separated as in PATH; default process.env.PATH. */
    path?: string;
    nothrow?: boolean;
  }
  const which: {
    /** The first executable `cmd` on the path, or null (nothrow). A `cmd` with a slash is only checked, not searched. */
    sync(cmd: string, options: WhichOptions & { nothrow: true }): string | null;
  };
  export default which;
}
