import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiProxy = { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } };

export default defineConfig({
  // Anchored to this folder so `vite build` behaves the same whether run from the repo root or here.
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The largest chunk is ECharts (about 565 kB minified, 190 kB gzipped), fetched only by the monitoring
    // page; the default 500 kB warning would fire on every build for it.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries every page needs at boot get stable chunks of their own, so deploying app code leaves
        // these big files cached. The rest of antd is left to automatic splitting, so each lazily loaded page
        // pulls only the components it renders (the login page never downloads the Table).
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 3,
            },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 2 },
            // Only the monitoring page imports ECharts; its own chunk stays cached across app deploys.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 2 },
            {
              name: 'antd-core',
              test: /node_modules[\\/](@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)|@rc-component[\\/](util|motion|portal|notification|dialog|resize-observer)|antd[\\/]es[\\/](_util|config-provider|theme|locale|style|app|message|notification|modal|version|spin)|dayjs|stylis|@emotion)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
});
