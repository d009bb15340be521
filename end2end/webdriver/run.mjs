// The core journeys over WebDriver in the browsers Playwright can't drive from Debian:
//   firefox  Debian's firefox-esr through geckodriver (from the Rust package registry);
//   webkit   WebKitGTK, Safari's engine: Debian's webkit2gtk-driver (WebKitWebDriver driving
//            MiniBrowser in automation mode) under Xvfb; the runner starts `xvfb-run` itself
//            when there is no display.
// selenium-webdriver from npm; nothing is downloaded. Serves the release build itself with
// scripts/serve.py, prints one line per journey and a summary, and exits non-zero if any
// journey fails.
//
// Usage: node webdriver/run.mjs [firefox|webkit]   (default firefox)
// Env: WEBDRIVER_DIST (default ../dist), WEBDRIVER_PORT (firefox 4305, webkit 4306),
//      FIREFOX_BIN (/usr/bin/firefox-esr), GECKODRIVER (found on PATH),
//      WEBKIT_DRIVER (/usr/bin/WebKitWebDriver), MINIBROWSER (/usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder, By, until, Key } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import remote from 'selenium-webdriver/remote/index.js';
import LogInspector from 'selenium-webdriver/bidi/logInspector.js';

const BROWSERS = ['firefox', 'webkit'];
const browser = process.argv[2] ?? 'firefox';
if (!BROWSERS.includes(browser)) {
  console.log(`usage: node webdriver/run.mjs [${BROWSERS.join('|')}]`);
  process.exit(2);
}

// WebKitGTK needs a display: without one, run this script again under a virtual X server.
if (browser === 'webkit' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  const xvfb = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  if (xvfb.error) console.log(`webkit: 0 passed, setup failed: xvfb-run: ${xvfb.error.message} (scripts/setup.sh installs xvfb)`);
  process.exit(xvfb.status ?? 1);
}

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const dist = resolve(here, '..', process.env.WEBDRIVER_DIST ?? '../dist');
const port = Number(process.env.WEBDRIVER_PORT ?? (browser === 'firefox' ? 4305 : 4306));
const base = `http://127.0.0.1:${port}/`;
const firefoxBin = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const webkitDriver = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const WAIT = 15_000;

const data = JSON.parse(readFileSync(join(root, 'data', 'trailmap.json'), 'utf8'));
const i18n = readFileSync(join(root, 'src', 'i18n.rs'), 'utf8');
/** An English UI string from src/i18n.rs. */
function en(key) {
  const m = i18n.match(new RegExp(`^\\s*${key} => "(?:[^"\\\\]|\\\\.)*", "((?:[^"\\\\]|\\\\.)*)";`, 'm'));
  if (!m) throw new Error(`no UI string ${key}`);
  return m[1];
}
const project = data.projects.find((p) => p.stage === data.stages[0].id);
const compareIds = data.comparisons[0].projects.slice(0, 2);
const compareNames = compareIds.map((id) => data.projects.find((p) => p.id === id).name);

function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, cmd);
    if (existsSync(p)) return p;
  }
  return null;
}

async function waitForServer(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  // Debian installs it under the multiarch library folder (x86_64-linux-gnu, aarch64-linux-gnu …).
  for (const arch of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    const p = join('/usr/lib', arch, 'webkit2gtk-4.1', 'MiniBrowser');
    if (existsSync(p)) return p;
  }
  return null;
}

/** scripts/serve.py on dist/; stop() and start() again for the offline journey. */
function server() {
  let child = null;
  return {
    async start() {
      child = spawn('python3', [join(root, 'scripts', 'serve.py'), '--dir', dist, '--port', String(port)], { stdio: 'ignore' });
      await waitForServer(base, Date.now() + 20_000);
    },
    async stop() {
      if (!child) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill();
      await done;
      child = null;
    },
  };
}

// Installed in the page after each load where the driver has no log events: uncaught errors,
// rejected promises and console.error calls from then on.
const WATCH_ERRORS = `
  if (!window.__wdProblems) {
    window.__wdProblems = [];
    addEventListener('error', (e) => window.__wdProblems.push('exception: ' + e.message));
    addEventListener('unhandledrejection', (e) => window.__wdProblems.push('rejection: ' + e.reason));
    const error = console.error.bind(console);
    console.error = (...args) => { window.__wdProblems.push('console: ' + args.join(' ')); error(...args); };
  }`;

/** A WebDriver session for `browser`, with a function to quit it and everything it started. */
async function startBrowser() {
  if (browser === 'firefox') {
    const gecko = process.env.GECKODRIVER ?? which('geckodriver');
    assert(gecko, 'geckodriver not found (scripts/setup.sh installs it)');
    assert(existsSync(firefoxBin), `${firefoxBin} not found`);
    const options = new firefox.Options()
      .setBinary(firefoxBin)
      .addArguments('-headless')
      .setPreference('intl.accept_languages', 'en-US')
      .setPreference('app.update.enabled', false)
      .setPreference('browser.shell.checkDefaultBrowser', false)
      .setPreference('datareporting.policy.dataSubmissionEnabled', false)
      .setPreference('toolkit.telemetry.enabled', false)
      .setPreference('network.captive-portal-service.enabled', false)
      .setPreference('browser.safebrowsing.malware.enabled', false)
      .setPreference('browser.safebrowsing.phishing.enabled', false)
      .enableBidi();
    const driver = await new Builder()
      .forBrowser('firefox')
      .setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(gecko))
      .build();
    return { driver, quit: () => driver.quit() };
  }
  assert(existsSync(webkitDriver), `${webkitDriver} not found (Debian webkit2gtk-driver; scripts/setup.sh installs it)`);
  const binary = miniBrowser();
  assert(binary, 'MiniBrowser not found (Debian libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver)');
  const service = new remote.DriverService.Builder(webkitDriver).setHostname('127.0.0.1').build();
  const url = await service.start(20_000);
  try {
    // MiniBrowser takes --automation (WebDriver mode), not --headless: Xvfb is the display.
    const driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      })
      .build();
    return { driver, quit: () => driver.quit().finally(() => service.kill()) };
  } catch (e) {
    await service.kill();
    throw e;
  }
}

async function main() {
  assert(existsSync(join(dist, 'index.html')), `no build in ${dist}`);
  const http = server();
  const results = [];
  let session;
  try {
    await http.start();
    session = await startBrowser();
    const { driver } = session;
    await driver.manage().setTimeouts({ pageLoad: 30_000, script: 10_000 });

    // Every script error or console error fails the run. Firefox reports them over WebDriver
    // BiDi from the first byte; WebKitWebDriver 2.50 has no BiDi log events, so in WebKit the
    // page collects them itself once loaded (WATCH_ERRORS), and a panic while loading still
    // shows the panic page, which every journey checks for.
    const problems = [];
    if (browser === 'firefox') {
      const inspector = await LogInspector(driver);
      await inspector.onJavascriptException((e) => problems.push(`exception: ${e.text}`));
      await inspector.onConsoleEntry((e) => {
        if (e.level === 'error') problems.push(`console: ${e.text}`);
      });
    } else {
      console.log(`  note  ${browser}: no BiDi log events in WebKitWebDriver: errors are collected in the page from the end of each load on`);
    }

    // The build's prerendered page shows first; the app replaces it when it mounts.
    const appReady = async () => {
      await driver.wait(
        async () => (await driver.findElements(By.css('[data-prerendered]'))).length === 0,
        WAIT,
        'the app did not replace the prerendered page',
      );
      await driver.wait(until.elementLocated(By.css('#main h1')), WAIT);
    };
    const open = async (path) => {
      problems.push(...(await pageProblems().catch(() => [])));
      await driver.get(base + path);
      await appReady();
      if (browser !== 'firefox') await driver.executeScript(WATCH_ERRORS);
    };
    // Without BiDi: the errors the page collected since it loaded (or since the last read),
    // read before leaving a page and after each journey.
    const pageProblems = async () =>
      browser === 'firefox'
        ? []
        : (await driver.executeScript('const p = window.__wdProblems || []; if (window.__wdProblems) window.__wdProblems = []; return p;'))
            .map((p) => `page: ${p}`);
    const text = async (css) => (await driver.findElement(By.css(css)).getText()).trim();

    const journeys = [
      ['trail renders all stages', async () => {
        await open('');
        const h1 = await text('#main h1');
        assert(h1 === en('TrailTitle'), `h1 is "${h1}"`);
        const stages = await driver.findElements(By.css('li[data-stage]'));
        assert(stages.length === data.stages.length, `${stages.length} stages, want ${data.stages.length}`);
        const cards = await driver.findElements(By.css('article.tm-card'));
        assert(cards.length === data.projects.length, `${cards.length} cards, want ${data.projects.length}`);
        const lang = await driver.findElement(By.css('html')).getAttribute('lang');
        assert(lang === 'en', `html lang is ${lang}`);
      }],
      ['search filters', async () => {
        await open('');
        const status = await driver.findElement(By.css('.tm-result-count'));
        const before = await status.getText();
        const box = await driver.findElement(By.css('input[type="search"]'));
        await box.sendKeys(project.name);
        await driver.wait(async () => (await status.getText()) !== before, WAIT, 'count did not change');
        const n = Number((await status.getText()).split(' ')[0]);
        assert(n > 0 && n < data.projects.length, `count after search: ${n}`);
        const url = await driver.getCurrentUrl();
        assert(new URL(url).searchParams.get('q') === project.name, `URL ${url}`);
        const cards = await driver.findElements(By.css('article.tm-card'));
        let shown = 0;
        for (const c of cards) if (await c.isDisplayed()) shown++;
        assert(shown === n, `${shown} cards shown, count says ${n}`);
        await driver.findElement(By.css(`article[data-project="${project.id}"]`));
        await box.sendKeys(Key.ESCAPE);
        await driver.wait(async () => (await status.getText()) === before, WAIT, 'Esc did not clear the search');
      }],
      ['open a project', async () => {
        await open('');
        const link = await driver.findElement(By.css(`article[data-project="${project.id}"] h3 a`));
        await link.click();
        await driver.wait(until.urlContains(`/project/${project.id}`), WAIT);
        await driver.wait(async () => (await text('#main h1')) === project.name, WAIT, 'project h1');
        const focused = await driver.executeScript('return document.activeElement && document.activeElement.tagName');
        assert(focused === 'H1', `focus after navigation is on ${focused}`);
        const title = await driver.getTitle();
        assert(title.startsWith(project.name), `title "${title}"`);
      }],
      ['bookmark persists across reload', async () => {
        await open(`project/${project.id}`);
        const add = await driver.findElement(By.css(`button[aria-label="${en('AddBookmark')}: ${project.name}"]`));
        await add.click();
        const selector = By.css(`button[aria-label="${en('RemoveBookmark')}: ${project.name}"][aria-pressed="true"]`);
        await driver.wait(until.elementLocated(selector), WAIT);
        await driver.navigate().refresh();
        await appReady();
        await driver.wait(until.elementLocated(selector), WAIT, 'bookmark lost on reload');
        await open('saved');
        await driver.wait(until.elementLocated(By.css(`li[data-project="${project.id}"]`)), WAIT, 'not on /saved');
      }],
      ['compare page renders', async () => {
        await open(`compare?ids=${compareIds.join(',')}`);
        const heads = await driver.findElements(By.css('table thead th[data-project]'));
        const names = [];
        for (const h of heads) names.push((await h.findElement(By.css('a')).getText()).trim());
        assert(JSON.stringify(names) === JSON.stringify(compareNames), `columns ${names.join(', ')}`);
        const rows = await driver.findElements(By.css('table tbody tr'));
        assert(rows.length > 0, 'no comparison rows');
      }],
      ['keyboard shortcuts: ? opens help, Esc closes it', async () => {
        await open('');
        await driver.findElement(By.css('body')).sendKeys('?');
        const dialog = await driver.findElement(By.css('dialog#tm-shortcuts'));
        await driver.wait(() => dialog.getAttribute('open').then((v) => v !== null), WAIT, 'dialog did not open');
        await driver.actions().sendKeys(Key.ESCAPE).perform();
        await driver.wait(() => dialog.getAttribute('open').then((v) => v === null), WAIT, 'dialog did not close');
      }],
      ['Korean via lang=ko', async () => {
        await open('?lang=ko');
        const lang = await driver.findElement(By.css('html')).getAttribute('lang');
        assert(lang === 'ko', `html lang is ${lang}`);
        const h1 = await text('#main h1');
        assert(/[가-힣]/.test(h1), `h1 "${h1}" is not Korean`);
      }],
      // Last: it stops the server, so the app comes from the service worker's cache.
      ['offline after the first visit (service worker)', async () => {
        await open('');
        const controlled = () => driver.executeScript('return !!(navigator.serviceWorker && navigator.serviceWorker.controller)');
        await driver.wait(controlled, WAIT, 'the service worker did not take control');
        await http.stop();
        await open(`project/${project.id}`);
        await driver.wait(async () => (await text('#main h1')) === project.name, WAIT, 'project page offline');
        await open('');
        const cards = await driver.findElements(By.css('article.tm-card'));
        assert(cards.length === data.projects.length, `${cards.length} cards offline, want ${data.projects.length}`);
      }],
    ];

    for (const [name, run] of journeys) {
      const start = problems.length;
      try {
        await run();
        const panic = await driver.findElements(By.css('.tm-panic'));
        assert(panic.length === 0, 'the panic page is showing');
        problems.push(...(await pageProblems()));
        assert(problems.length === start, problems.slice(start).join('; '));
        results.push({ name, ok: true });
        console.log(`  ok    ${name}`);
      } catch (e) {
        results.push({ name, ok: false });
        console.log(`  FAIL  ${name}: ${e.message.split('\n')[0]}`);
      }
    }
  } finally {
    if (session) await session.quit().catch(() => {});
    await http.stop();
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${browser}: ${results.length - failed} passed, ${failed} failed (${results.length} journeys)`);
  return failed === 0 && results.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.log(`${browser}: 0 passed, setup failed: ${e.message}`);
    process.exit(1);
  },
);
