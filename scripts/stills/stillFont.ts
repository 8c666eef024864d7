import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The stills' typeface: DejaVu Sans from the `dejavu-fonts-ttf` npm package (Bitstream Vera
 * licence, free to embed), so a fresh `npm ci` draws the same pictures on any machine. It covers
 * the Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І). Registered under a family name of its own, so a font
 * installed on the machine can never stand in for it. Noto Sans from @fontsource was tried too:
 * @napi-rs/canvas reads its woff2, but fontsource splits it into per-script files (latin, cyrillic,
 * cyrillic-ext) and a canvas font picks one file per family, so mixed text fell back to a serif.
 */
export const stillFont = {
  family: 'Qantar DejaVu Sans',
  /** Regular and bold (weight 600 is drawn bold: the nearest face). */
  files: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(fontDir(), file)),
} as const;

function fontDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/** The drawing's `fontFamily`: only the shipped face. */
export const stillFontFamily = `"${stillFont.family}"`;
