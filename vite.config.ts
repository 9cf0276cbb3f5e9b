import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

// The web app lives in web/; the server serves the build from dist/web with an SPA fallback.
// The server's CSP forbids inline scripts and styles, so nothing here may inline them.
export default defineConfig({
  root: "web",
  plugins: [solid()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    // Never inline assets as data: URLs into JS/CSS (keeps CSS in its own file, fine under CSP).
    assetsInlineLimit: 0,
    cssCodeSplit: false,
  },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8787",
    },
  },
});
