import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-dev-shm-usage'] });
const p = await b.newPage();
p.on('console', m => console.log('console', m.type(), m.text()));
await p.goto(process.argv[2]);
await p.locator('#main h1').first().waitFor();
console.log(await p.evaluate(() => Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href')).slice(0, 40).join(' ')));
await b.close();
