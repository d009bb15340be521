// The core journeys in Firefox (Debian's firefox-esr) over WebDriver: geckodriver from the
// Rust package registry, selenium-webdriver from npm; nothing is downloaded. Serves the
// release build itself, prints one summary line, and exits non-zero if any journey fails.
//
// Env: FIREFOX_DIST (default ../dist), FIREFOX_PORT (4305), FIREFOX_BIN (/usr/bin/firefox-esr),
// GECKODRIVER (found on PATH).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder, By, until, Key } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import LogInspector from 'selenium-webdriver/bidi/logInspector.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const dist = resolve(here, '..', process.env.FIREFOX_DIST ?? '../dist');
const port = Number(process.env.FIREFOX_PORT ?? 4305);
const base = `http://127.0.0.1:${port}/`;
const firefoxBin = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
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

async function main() {
  const gecko = process.env.GECKODRIVER ?? which('geckodriver');
  assert(gecko, 'geckodriver not found (scripts/setup.sh installs it)');
  assert(existsSync(firefoxBin), `${firefoxBin} not found`);
  assert(existsSync(join(dist, 'index.html')), `no build in ${dist}`);

  const server = spawn('python3', [join(root, 'scripts', 'serve.py'), '--dir', dist, '--port', String(port)], {
    stdio: 'ignore',
  });
  const results = [];
  let driver;
  try {
    await waitForServer(base, Date.now() + 20_000);
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
    driver = await new Builder()
      .forBrowser('firefox')
      .setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(gecko))
      .build();
    await driver.manage().setTimeouts({ pageLoad: 30_000, script: 10_000 });

    // Every script error or console error fails the run.
    const problems = [];
    const inspector = await LogInspector(driver);
    await inspector.onJavascriptException((e) => problems.push(`exception: ${e.text}`));
    await inspector.onConsoleEntry((e) => {
      if (e.level === 'error') problems.push(`console: ${e.text}`);
    });

    const open = async (path) => {
      await driver.get(base + path);
      await driver.wait(until.elementLocated(By.css('#main h1')), WAIT);
    };
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
        await driver.wait(until.elementLocated(By.css('#main h1')), WAIT);
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
    ];

    for (const [name, run] of journeys) {
      const start = problems.length;
      try {
        await run();
        const panic = await driver.findElements(By.css('.tm-panic'));
        assert(panic.length === 0, 'the panic page is showing');
        assert(problems.length === start, problems.slice(start).join('; '));
        results.push({ name, ok: true });
        console.log(`  ok    ${name}`);
      } catch (e) {
        results.push({ name, ok: false });
        console.log(`  FAIL  ${name}: ${e.message.split('\n')[0]}`);
      }
    }
  } finally {
    if (driver) await driver.quit().catch(() => {});
    server.kill();
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`firefox: ${results.length - failed} passed, ${failed} failed (${results.length} journeys)`);
  return failed === 0 && results.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.log(`firefox: 0 passed, setup failed: ${e.message}`);
    process.exit(1);
  },
);
