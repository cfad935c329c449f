import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

// Only React and the router share a chunk of their own: they are on every page and change
// rarely. antd, its icons, ECharts and the rest are split by the pages that import them, so the
// log-in page loads the few antd components it uses and never the charts.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
];

/**
 * Writes a brotli (quality 11) and a gzip (level 9) copy beside every text file of the build,
 * which the server sends as they are (@fastify/static preCompressed) instead of compressing each
 * response.
 */
const precompress = (): Plugin => ({
  name: 'zhenxing-precompress',
  apply: 'build',
  writeBundle(options, bundle) {
    const dir = options.dir ?? outDir;
    for (const name of Object.keys(bundle)) {
      if (!/\.(js|css|html|svg|json)$/.test(name)) continue;
      const file = path.join(dir, name);
      const data = fs.readFileSync(file);
      if (data.length < 1024) continue;
      fs.writeFileSync(
        `${file}.br`,
        brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
      fs.writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    }
  },
});

export default defineConfig({
  root: webRoot,
  plugins: [react(), precompress()],
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
});
