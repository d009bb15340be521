import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';

// Tests run against the release build served as static files (what users get), in Debian's
// Chromium: no browser is ever downloaded. E2E_PORT / E2E_BASE choose port and sub-path.
const port = Number(process.env.E2E_PORT ?? 4173);
const base = process.env.E2E_BASE ?? '/';
const dist = process.env.E2E_DIST ?? '../dist';
// E2E_SUB_DIST (a `--public-url /trailmap/` build) adds a project that runs the offline,
// update and install specs with the app under that sub-path, on port E2E_PORT + 1.
const subDist = process.env.E2E_SUB_DIST;
const subBase = process.env.E2E_SUB_BASE ?? '/trailmap/';
const subPort = port + 1;
const serve = (dir: string, p: number, b: string) => ({
  command: `python3 ../scripts/serve.py --dir ${dir} --port ${p} --base ${b}`,
  url: `http://127.0.0.1:${p}${b}`,
  reuseExistingServer: false,
  timeout: 30_000,
});

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    locale: 'en-US',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  // metadata tells specs that start their own server (server stopped, new deploy) what to serve.
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      metadata: { dist: path.resolve(__dirname, dist), base },
    },
    ...(subDist
      ? [
          {
            name: 'chromium-subpath',
            testMatch: /(offline|update|install)\.spec\.ts$/,
            use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${subPort}${subBase}` },
            metadata: { dist: path.resolve(__dirname, subDist), base: subBase },
          },
        ]
      : []),
  ],
  webServer: [serve(dist, port, base), ...(subDist ? [serve(subDist, subPort, subBase)] : [])],
});
