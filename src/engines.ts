// Which heavy engines this process has loaded, itself or in a child process
// (pandoc-wasm, Typst): `build
// --json` reports them in its stats, so that a test can see that a build
// with nothing to do loaded none (src/cache/build-record.ts).
const loaded = new Set<string>();

/** Notes that `name` was loaded. */
export function engineLoaded(name: 'pandoc-wasm' | 'typst'): void {
  loaded.add(name);
}

/** The engines loaded so far, sorted. */
export function loadedEngines(): string[] {
  return [...loaded].sort();
}
