import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds the naive react-leaflet baseline for `npm run bench` (bench/browserBench.mjs).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', rollupOptions: { input: { naive: 'naive.html' } } },
});
