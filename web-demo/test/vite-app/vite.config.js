// SPDX-License-Identifier: EUPL-1.2
// helder loads its module and dictionary through new URL('./…', import.meta.url): the dev server
// must serve the package from its own folder, not pre-bundle it elsewhere (a production build
// needs nothing here).
import { defineConfig } from 'vite';

export default defineConfig({
  optimizeDeps: { exclude: ['@helder/helder'] },
});
