/**
 * Size limits for imported files. A source file may be at most 32 MiB (so a 20 MB text file,
 * the largest the benchmark imports, fits with room to spare). A DOCX is a ZIP archive: each
 * part may unpack to at most 100 MiB and all parts together to 200 MiB, checked from the ZIP
 * directory before anything is inflated, so a ZIP bomb is refused without using the memory.
 */
export const MAX_SOURCE_BYTES = 32 * 1024 * 1024;
export const MAX_DOCX_PART_BYTES = 100 * 1024 * 1024;
export const MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** Warnings beyond this many are counted but not listed: a wrongly decoded file would have thousands. */
export const MAX_WARNINGS = 200;

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
