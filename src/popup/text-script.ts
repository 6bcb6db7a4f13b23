// The text side's script, built by crxjs as one self-contained IIFE file (no
// loader, no web_accessible_resources); the import gives its path in the build.
import textSideScript from '../content/text.ts?iife';

export const TEXT_SIDE_SCRIPT: string = textSideScript;
