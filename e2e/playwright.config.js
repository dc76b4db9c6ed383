// Playwright runs the end-to-end tests against the release build, served under a sub-path by
// `serve.mjs` (which sends the deploy headers of the site's `_headers` file, as a host would),
// in Debian's Chromium.
// `cargo xtask test` builds the site and sets the variables below.
import { defineConfig } from '@playwright/test';

const siteRoot = process.env.E2E_SITE_ROOT ?? '../target/e2e-site';
const publicUrl = process.env.E2E_PUBLIC_URL ?? '/explorer/';
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT ?? '../target/e2e-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${publicUrl}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'off',
  },
  webServer: {
    command: `node serve.mjs "${siteRoot}" ${port}`,
    url: `http://127.0.0.1:${port}${publicUrl}`,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
