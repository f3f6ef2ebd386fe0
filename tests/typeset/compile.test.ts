import { describe, expect, it } from 'vitest';
import { compileTypst, TypstCompileError } from '../../src/typeset/compile.js';
import { FONT_FAMILIES, fontFiles } from '../../src/typeset/fonts.js';

const files = (main: string): Map<string, string> => new Map([['/main.typ', main]]);

describe('typst compiler', () => {
  it('finds every font in node_modules', () => {
    const found = fontFiles();
    expect(new Set(found.map((f) => f.family))).toEqual(new Set(FONT_FAMILIES));
    expect(found).toHaveLength(9); // four styles of Atkinson and of Noto Sans, Noto Sans Math regular
  });

  it('compiles with the packaged fonts, byte-identically', () => {
    const main = '#set text(font: ("Atkinson Hyperlegible", "Noto Sans"), fallback: false)\nHola *mundo* _ñandú_.';
    const a = compileTypst({ files: files(main), mainPath: '/main.typ', timestamp: 1_700_000_000 });
    const b = compileTypst({ files: files(main), mainPath: '/main.typ', timestamp: 1_700_000_000 });
    expect(a.pages).toBe(1);
    expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(b.pdf))).toBe(0);
  });

  it('treats an unknown font family as an error, not a silent fallback', () => {
    try {
      compileTypst({ files: files('#set text(font: "No Such Font")\nHola'), mainPath: '/main.typ', timestamp: 0 });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(TypstCompileError);
      expect((err as TypstCompileError).diagnostics[0]?.message).toMatch(/unknown font family: no such font/);
    }
  });

  it('reports errors with the virtual file and line', () => {
    const input = { files: new Map([['/main.typ', '#include "/m/a.typ"'], ['/m/a.typ', 'uno\ndos\n#let x = (\n']]), mainPath: '/main.typ', timestamp: 0 };
    try {
      compileTypst(input);
      expect.unreachable();
    } catch (err) {
      const d = (err as TypstCompileError).diagnostics[0]!;
      expect(d).toMatchObject({ path: '/m/a.typ', line: 3, severity: 'error' });
    }
  });
});
