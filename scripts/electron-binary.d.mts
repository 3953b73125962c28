// Types of scripts/electron-binary.mjs (used from TypeScript by the Electron end-to-end spec).
/** Path of an Electron binary that is already there, without triggering a download. */
export function installedElectron(): string | null;
/** ELECTRON_EXEC_PATH, an installed binary, or what require('electron') yields; otherwise why not. */
export function findElectron(): { exe: string; error?: undefined } | { exe?: undefined; error: string };
