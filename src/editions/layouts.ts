// The bilingual arrangements of `build --layout`: a light module, so the CLI
// can list them without loading the build stage.
export type Layout = 'parallel' | 'sequential' | 'flip' | 'single';
export const LAYOUTS: readonly Layout[] = ['parallel', 'sequential', 'flip', 'single'];
