// Types of scripts/build-cli.mjs (used from TypeScript by bench/cli.ts).
export const CLI_OUT_DIR: string;
/** Builds out/cli/parallax.mjs (the CLI) and out/cli/analysis-worker.mjs; resolves to the output folder. */
export function buildCli(opts?: { outDir?: string; quiet?: boolean }): Promise<string>;
