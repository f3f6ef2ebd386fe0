// The README.md `promokit init` writes: what is in the project and how to get
// the promokit that builds it (it is not on a registry, so the project does
// not depend on it: it is installed once, from a tarball or a git URL).
export function projectReadme(promokitVersion: string): string {
  return `# Mis manuales

Training manuals written in Markdown, one folder per manual under \`manuals/\`,
built into PDFs by [promokit](#install-promokit) (made with promokit ${promokitVersion}).

## Install promokit

promokit is installed once per computer, not per project. Install it from a
release tarball or from its git repository (Node 20 or newer):

\`\`\`sh
npm install -g ./promokit-${promokitVersion}.tgz    # a tarball made with "npm pack"
\`\`\`

or, from a clone of its repository (\`npm install -g <git URL>\` cannot compile
it: npm does not install the build tools of a global git install):

\`\`\`sh
git clone <promokit's git URL> promokit
cd promokit && npm install && npm install -g .
\`\`\`

Then, in this folder:

\`\`\`sh
promokit check        # is every module complete in every language?
promokit build        # the manual PDFs, into out/
promokit slides       # slide decks and handouts
promokit config       # the settings in effect, and where each came from
\`\`\`

## What is here

- \`manuals/mi-manual/\`: a manual (\`manual.yaml\`, \`glossary.yaml\`, one folder per module in \`modules/\`)
- \`manuals/conferencia/\`: a conference (\`conference.yaml\`, \`attendees.csv\`) for \`promokit packet\`
- \`promokit.config.yaml\`: settings every command uses (paper, output folder, languages…); flags override them
- \`schema/\`: JSON Schemas your editor uses to check the YAML files as you type
`;
}

/** The settings file `promokit init` writes: the common settings, most commented out. */
export const PROJECT_CONFIG = `# yaml-language-server: $schema=schema/config.schema.json
# Settings for every promokit command run in this folder or below it.
# A flag on the command line wins over the value here.
paper: letter           # letter or a4
out: out                # output folder, relative to this file
# layout: parallel      # bilingual edition: parallel, sequential, flip or single
# languages: [es, en]   # languages to build (default: all of each manual)
# format: text          # text, json, github or junit
# jobs: 2               # pandoc-wasm threads
# booklet:              # print booklets (saddle-stitched)
#   sheet: letter       # letter, a4, tabloid or a3
#   signature: 8        # sheets folded together
# pandoc: pandoc        # a system pandoc instead of the embedded one
`;
